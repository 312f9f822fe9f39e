// parseRopeConfig on configs as models publish them (transformers 5.x rules): family defaults by
// model_type, precedence between the top level and the rope block, per-layer-type RoPEs, LongRoPE,
// Llama 4, and the model-specific keys transformers knows. Frequencies themselves are checked against
// the Python reference in transformersReference.test.ts; these tests pin the reading and the words.
import { describe, expect, test } from 'vitest';
import { ropeInvFreq } from './invFreq';
import { parseRopeConfig, ropeConfigFromObject, ROPE_PRESETS } from './config';

const parse = (json: unknown) => parseRopeConfig(JSON.stringify(json));
const preset = (name: string) => ROPE_PRESETS.find((p) => p.name === name)!.config;
const text = (warnings: string[]) => warnings.join('\n');

describe('keys a config leaves out come from its own family', () => {
  test("Gemma 3 4B's sparse text_config: Gemma3TextConfig's head_dim 256 (not 2560/8), bases and lengths, two RoPEs", () => {
    const parsed = ropeConfigFromObject(preset('Gemma 3 4B'));
    expect(parsed.modelType).toBe('gemma3_text');
    expect(parsed.config).toEqual({ head_dim: 256, rope_theta: 1e6, rope_scaling: { rope_type: 'linear', factor: 8, original_max_position_embeddings: 16384 } });
    expect([parsed.trainLength, parsed.targetLength]).toEqual([16384, 131072]);
    expect(parsed.layers).toEqual([
      { layerType: 'full_attention', config: parsed.config, count: 5 },
      { layerType: 'sliding_attention', config: { head_dim: 256, rope_theta: 10000 }, window: 1024, count: 29 },
    ]);
    expect(parsed.warnings[0]).toBe('Read the language model settings from text_config (this is a multimodal config).');
    expect(parsed.warnings[1]).toBe("model_type 'gemma3_text': the keys this config leaves out take transformers' Gemma3TextConfig defaults, not another family's: head_dim 256 (not hidden_size / num_attention_heads = 2560/8 = 320), max_position_embeddings 131,072, rope_theta 1,000,000 for the global layers, rope_local_base_freq 10,000 for the sliding-window layers.");
  });

  test('a text_config without its own model_type takes the text type of its wrapper (gemma3 → gemma3_text)', () => {
    const config = preset('Gemma 3 4B') as { text_config: Record<string, unknown> };
    const { model_type: _dropped, ...inner } = config.text_config;
    expect(ropeConfigFromObject({ model_type: 'gemma3', text_config: inner }).config.head_dim).toBe(256);
  });

  test('the same model written by transformers 5 (nested rope_parameters, layer_types) reads the same', () => {
    const layerTypes = Array.from({ length: 34 }, (_, i) => ((i + 1) % 6 === 0 ? 'full_attention' : 'sliding_attention'));
    const v5 = parse({
      model_type: 'gemma3_text', head_dim: 256, hidden_size: 2560, num_attention_heads: 8, max_position_embeddings: 131072,
      sliding_window: 1024, layer_types: layerTypes,
      rope_parameters: { full_attention: { factor: 8.0, rope_theta: 1e6, rope_type: 'linear' }, sliding_attention: { rope_theta: 10000.0, rope_type: 'default' } },
    });
    const sparse = ropeConfigFromObject(preset('Gemma 3 4B'));
    expect(v5.config).toEqual(sparse.config);
    expect(v5.layers).toEqual(sparse.layers);
  });

  test('rope_local_base_freq names the sliding base; rope_scaling goes to the global layers only', () => {
    const parsed = parse({ model_type: 'gemma3_text', head_dim: 128, max_position_embeddings: 32768, rope_theta: 5e5, rope_local_base_freq: 2e4, rope_scaling: { rope_type: 'linear', factor: 2 } });
    expect(parsed.layers?.map((l) => [l.layerType, l.config.rope_theta, l.config.rope_scaling?.rope_type ?? 'default'])).toEqual([
      ['full_attention', 5e5, 'linear'], ['sliding_attention', 2e4, 'default'],
    ]);
    expect(text(parsed.warnings)).toMatch(/sliding_window 4,096/);
  });

  test('gpt-oss with no rope block gets GptOssConfig\'s YaRN, and says so', () => {
    const parsed = parse({ model_type: 'gpt_oss', max_position_embeddings: 131072 });
    expect(parsed.config).toEqual({
      head_dim: 64, rope_theta: 150000,
      rope_scaling: { rope_type: 'yarn', factor: 32, beta_fast: 32, beta_slow: 1, truncate: false, original_max_position_embeddings: 4096 },
    });
    expect(parsed.warnings[0]).toMatch(/^model_type 'gpt_oss'.*GptOssConfig defaults.*head_dim 64.*rope_theta 150,000/);
    expect(text(parsed.warnings)).toMatch(/No rope_scaling: transformers' GptOssConfig default applies \(rope_type yarn, factor 32, beta_fast 32, beta_slow 1, truncate false, original_max_position_embeddings 4096\)/);
  });

  test('no model_type: the generic default base, named as such; an unknown family with its base reads without a note', () => {
    const generic = parse({ head_dim: 64, max_position_embeddings: 2048 });
    expect(generic.config.rope_theta).toBe(10000);
    expect(generic.warnings).toEqual([expect.stringMatching(/^No rope_theta and no model_type: using 10000, transformers' generic default \(RotaryEmbeddingConfigMixin.default_theta\)/)]);
    const unknown = parse({ model_type: 'minicpm3', head_dim: 64, max_position_embeddings: 32768, rope_theta: 1e6 });
    expect(unknown.warnings).toEqual([]);
  });
});

describe('precedence as in transformers 5', () => {
  test('rope_theta in the block beats the top level; a top-level original_max_position_embeddings beats the block\'s', () => {
    const parsed = parse({
      model_type: 'qwen3', head_dim: 128, max_position_embeddings: 131072, rope_theta: 10000, original_max_position_embeddings: 16384,
      rope_parameters: { rope_type: 'yarn', rope_theta: 1e6, factor: 8, original_max_position_embeddings: 32768 },
    });
    expect(parsed.config.rope_theta).toBe(1e6);
    expect(parsed.config.rope_scaling?.original_max_position_embeddings).toBe(16384);
    expect(text(parsed.warnings)).toMatch(/rope_theta is 1000000 in the rope block and 10000 at the top level; the block's wins/);
    expect(text(parsed.warnings)).toMatch(/original_max_position_embeddings is 32768 in the rope block and 16384 at the top level; the top-level value wins/);
  });

  test("Phi3Config always has a top-level original length (default 4096), so it wins over the block's", () => {
    const config = structuredClone(preset('Phi-3.5 mini')) as Record<string, unknown> & { rope_scaling: Record<string, unknown> };
    delete config.original_max_position_embeddings;
    config.rope_scaling.original_max_position_embeddings = 8192;
    const parsed = ropeConfigFromObject(config);
    expect(parsed.trainLength).toBe(4096);
    expect(text(parsed.warnings)).toMatch(/8192 in the rope block and 4096 at the top level \(Phi3Config default\); the top-level value wins/);
  });

  test('rope_scaling replaces rope_parameters when both are set', () => {
    const parsed = parse({ head_dim: 64, rope_theta: 1e4, max_position_embeddings: 4096, rope_scaling: { rope_type: 'linear', factor: 2 }, rope_parameters: { rope_type: 'linear', factor: 4 } });
    expect(parsed.config.rope_scaling?.factor).toBe(2);
    expect(parsed.warnings[0]).toMatch(/both rope_scaling and rope_parameters: transformers 5 reads rope_scaling/);
  });

  test('llama3 without an original length takes max_position_embeddings, as transformers 5 standardizes it', () => {
    const parsed = parse({ head_dim: 128, rope_theta: 500000, max_position_embeddings: 8192, rope_scaling: { rope_type: 'llama3', factor: 8, low_freq_factor: 1, high_freq_factor: 4 } });
    expect(parsed.config.rope_scaling?.original_max_position_embeddings).toBe(8192);
    expect(text(parsed.warnings)).toMatch(/No original_max_position_embeddings: transformers 5 takes max_position_embeddings \(8192\) as the original length for llama3/);
  });
});

describe('LongRoPE', () => {
  test('Phi-3.5 mini: short factors up to 4096 tokens, long ones beyond, attention factor √(1 + ln 32 / ln 4096)', () => {
    const parsed = ropeConfigFromObject(preset('Phi-3.5 mini'));
    const s = parsed.config.rope_scaling!;
    expect([s.rope_type, s.factor, s.original_max_position_embeddings, parsed.config.seq_len]).toEqual(['longrope', 32, 4096, 131072]);
    const plain = ropeInvFreq({ head_dim: 96, rope_theta: 10000 }).invFreq;
    const atLoad = ropeInvFreq({ ...parsed.config, seq_len: undefined });
    const beyond = ropeInvFreq(parsed.config);
    const at4096 = ropeInvFreq({ ...parsed.config, seq_len: 4096 });
    expect(at4096.invFreq).toEqual(atLoad.invFreq);
    for (let i = 0; i < 48; i++) {
      expect(plain[i] / atLoad.invFreq[i]).toBeCloseTo(s.short_factor![i], 12);
      expect(plain[i] / beyond.invFreq[i]).toBeCloseTo(s.long_factor![i], 12);
    }
    expect(beyond.attentionFactor).toBeCloseTo(Math.sqrt(1 + Math.log(32) / Math.log(4096)), 15);
    expect(atLoad.attentionFactor).toBe(beyond.attentionFactor);
  });

  test("legacy 'su', and Phi3Config's legacy 'yarn', are read as longrope", () => {
    const base = { model_type: 'phi3', hidden_size: 64, num_attention_heads: 4, max_position_embeddings: 8192, original_max_position_embeddings: 2048 };
    const factors = { short_factor: [1, 1, 1, 1, 1, 1, 1, 1], long_factor: [1, 2, 3, 4, 5, 6, 7, 8] };
    for (const type of ['su', 'yarn']) {
      const parsed = parse({ ...base, rope_scaling: { type, ...factors } });
      expect(parsed.config.rope_scaling?.rope_type).toBe('longrope');
      expect(text(parsed.warnings)).toMatch(new RegExp(`rope_type '${type}' is read as 'longrope', as transformers' Phi3Config renames the legacy '${type}'`));
    }
    // yarn in any other family stays YaRN.
    expect(parse({ head_dim: 16, max_position_embeddings: 8192, rope_scaling: { type: 'yarn', factor: 4, original_max_position_embeddings: 2048 } }).config.rope_scaling?.rope_type).toBe('yarn');
  });
});

describe('Llama 4 and the keys current transformers knows', () => {
  test('Llama 4 Scout: high_freq_factor = low_freq_factor is computed (no blend), with transformers\' warning explained', () => {
    const parsed = ropeConfigFromObject(preset('Llama 4 Scout'));
    const plain = ropeInvFreq({ head_dim: 128, rope_theta: 500000 }).invFreq;
    const { invFreq } = ropeInvFreq(parsed.config);
    let kept = 0, divided = 0;
    for (let i = 0; i < 64; i++) {
      if ((2 * Math.PI) / plain[i] > 8192) { divided++; expect(invFreq[i]).toBeCloseTo(plain[i] / 16, 20); }
      else { kept++; expect(invFreq[i]).toBe(plain[i]); }
    }
    // 2π/θ_i > 8192 ⟺ i > 64·ln(8192/2π)/ln(500000) = 34.98: pairs 35 … 63.
    expect([kept, divided]).toEqual([35, 29]);
    expect(text(parsed.warnings)).toMatch(/high_freq_factor \(1\) is not above low_freq_factor \(1\): the blended band is empty.*divided by factor 16\. transformers warns/);
    expect(text(parsed.warnings)).toMatch(/leaves RoPE out of every no_rope_layer_interval-th layer/);
  });

  test('llama_4_scaling_beta (Ministral 3) is recognised: a query scale, not an unknown key', () => {
    const parsed = parse({
      model_type: 'ministral3', head_dim: 128, max_position_embeddings: 262144, rope_theta: 1e6,
      rope_parameters: { type: 'yarn', factor: 16, original_max_position_embeddings: 16384, beta_fast: 32, beta_slow: 1, mscale: 1, mscale_all_dim: 1, llama_4_scaling_beta: 0.1 },
    });
    expect(parsed.queryScale).toEqual({ beta: 0.1, originalLength: 16384 });
    expect(text(parsed.warnings)).not.toMatch(/unknown/);
    expect(text(parsed.warnings)).toMatch(/llama_4_scaling_beta 0.1: transformers' Ministral3Attention multiplies each query by 1 \+ 0.1·ln\(1 \+ ⌊n \/ 16,384⌋\) at position n after RoPE \(1 below position 16,384, 1\.283 at the target 262,144\)/);
  });

  test("legacy 'mrope' is plain RoPE for text, and its section keys are named as Qwen-VL's", () => {
    const parsed = parse({ head_dim: 128, rope_theta: 1e6, max_position_embeddings: 32768, rope_scaling: { type: 'mrope', mrope_section: [16, 24, 24] } });
    expect(parsed.config).toEqual({ head_dim: 128, rope_theta: 1e6 });
    expect(text(parsed.warnings)).toMatch(/rope_type 'mrope' is read as 'default', as transformers' Qwen-VL configs rename it/);
    expect(text(parsed.warnings)).toMatch(/mrope_section: Qwen-VL multimodal position split, kept by the model class/);
  });

  test("proportional (Gemma 4's global layers): global_head_dim, a quarter of the pairs rotate, the rest get θ = 0", () => {
    const parsed = parse({
      model_type: 'gemma4_text', head_dim: 256, global_head_dim: 512, max_position_embeddings: 131072, layer_types: ['sliding_attention', 'full_attention'],
      rope_parameters: { full_attention: { rope_type: 'proportional', rope_theta: 1e6, partial_rotary_factor: 0.25 }, sliding_attention: { rope_type: 'default', rope_theta: 1e4 } },
    });
    expect(parsed.config).toEqual({ head_dim: 512, rope_theta: 1e6, rope_scaling: { rope_type: 'proportional', partial_rotary_factor: 0.25 } });
    const { invFreq } = ropeInvFreq(parsed.config);
    expect(invFreq.length).toBe(256);
    expect(invFreq.findIndex((t) => t === 0)).toBe(64);
    expect(text(parsed.warnings)).toMatch(/the first 64 of 256 pairs rotate/);
  });
});
