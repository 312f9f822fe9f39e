import { describe, expect, test } from 'vitest';
import { ropeInvFreq, type RopeConfig } from './invFreq';
import { ROPE_PRESETS, ntkBaseForLength, parseRopeConfig, ropeConfigFromObject } from './config';
import { loadReference } from '../testing/reference';

const preset = (name: string) => {
  const found = ROPE_PRESETS.find((p) => p.name === name);
  if (found === undefined) throw new Error(`no preset ${name}`);
  return found;
};
const parse = (json: unknown) => parseRopeConfig(JSON.stringify(json, null, 2));

describe('ROPE_PRESETS', () => {
  test('every preset parses, cites a Hugging Face config.json with its address and round-trips through text', () => {
    expect(ROPE_PRESETS.map((p) => p.name)).toEqual([
      'Llama 2 7B', 'Code Llama 7B', 'Llama 3.1 8B', 'Llama 3.2 1B', 'Llama 4 Scout', 'Qwen2.5 7B Instruct + YaRN',
      'Qwen3 8B + YaRN', 'DeepSeek-V3', 'gpt-oss-120b', 'Phi-3.5 mini', 'Phi-4 mini', 'Gemma 3 4B', 'Mistral Nemo 12B',
    ]);
    for (const p of ROPE_PRESETS) {
      expect(p.citation).toMatch(/^[\w.-]+\/[\w.-]+ config\.json/);
      expect(p.url).toMatch(/^https:\/\/huggingface\.co\/[\w.-]+\/[\w.-]+/);
      expect(p.config.model_type).toEqual(expect.any(String));
      expect(parse(p.config)).toEqual(ropeConfigFromObject(p.config));
    }
  });

  test('Llama 3.1 8B: llama3 scaling 8192 → 131072, no warnings, same θ as the reference', () => {
    const { config, trainLength, targetLength, warnings } = ropeConfigFromObject(preset('Llama 3.1 8B').config);
    expect(warnings).toEqual([]);
    expect([trainLength, targetLength]).toEqual([8192, 131072]);
    expect(config).toEqual({
      head_dim: 128, rope_theta: 500000,
      rope_scaling: { rope_type: 'llama3', factor: 8, low_freq_factor: 1, high_freq_factor: 4, original_max_position_embeddings: 8192 },
    });
    const reference = loadReference<{ config: RopeConfig; invFreq: number[] }[]>('rope.json')
      .find((r) => r.config.rope_scaling?.rope_type === 'llama3');
    expect(reference?.config).toEqual(config);
  });

  test('Llama 2 7B: no rope_theta in its config.json, so 10000 with a warning saying so', () => {
    const parsed = ropeConfigFromObject(preset('Llama 2 7B').config);
    expect(parsed.config).toEqual({ head_dim: 128, rope_theta: 10000 });
    expect([parsed.trainLength, parsed.targetLength]).toEqual([4096, 4096]);
    expect(parsed.warnings).toEqual([
      "model_type 'llama': the keys this config leaves out take transformers' LlamaConfig defaults, not another family's: rope_theta 10,000.",
    ]);
  });

  test('Code Llama 7B: base 1e6, 16384 tokens, nothing ambiguous', () => {
    const parsed = ropeConfigFromObject(preset('Code Llama 7B').config);
    expect(parsed).toEqual({ config: { head_dim: 128, rope_theta: 1e6 }, trainLength: 16384, targetLength: 16384, warnings: [], modelType: 'llama' });
  });

  test('Qwen2.5 + YaRN: legacy type, factor 4 wins, and the #38224 pitfall is explained', () => {
    const parsed = ropeConfigFromObject(preset('Qwen2.5 7B Instruct + YaRN').config);
    expect(parsed.config).toEqual({
      head_dim: 128, rope_theta: 1e6,
      rope_scaling: { rope_type: 'yarn', factor: 4, original_max_position_embeddings: 32768 },
    });
    expect([parsed.trainLength, parsed.targetLength]).toEqual([32768, 131072]);
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]).toMatch(/max_position_embeddings \(32768\) is not above original_max_position_embeddings \(32768\)/);
    expect(parsed.warnings[0]).toMatch(/#38224.*= 1, which turns YaRN off.*factor 4/);
  });
});

describe('parseRopeConfig on other real-world shapes', () => {
  test('DeepSeek-V3 style yarn: latent-attention rope dims, mscale pair, consistent lengths', () => {
    const { config, trainLength, targetLength, warnings } = parse({
      hidden_size: 7168, num_attention_heads: 128, qk_rope_head_dim: 64, max_position_embeddings: 163840, rope_theta: 10000,
      rope_scaling: { beta_fast: 32, beta_slow: 1, factor: 40, mscale: 1.0, mscale_all_dim: 1.0, original_max_position_embeddings: 4096, type: 'yarn' },
    });
    expect(config.head_dim).toBe(64);
    expect([trainLength, targetLength]).toEqual([4096, 163840]);
    expect(warnings).toEqual([expect.stringMatching(/qk_rope_head_dim = 64/)]);
    expect(ropeInvFreq(config).attentionFactor).toBe(1);
  });

  test('yarn factor disagreeing with max / original: max_position_embeddings is the target, factor drives θ', () => {
    const { config, targetLength, warnings } = parse({
      head_dim: 128, max_position_embeddings: 65536, rope_scaling: { rope_type: 'yarn', factor: 32, original_max_position_embeddings: 4096 },
    });
    expect(config.rope_scaling?.factor).toBe(32);
    expect(targetLength).toBe(65536);
    expect(warnings.join('\n')).toMatch(/32 × 4096 = 131072, but max_position_embeddings is 65536.*#38224.*= 16/s);
  });

  test('legacy linear config without an original length: max_position_embeddings taken as the training length, alternative spelled out', () => {
    const { config, trainLength, targetLength, warnings } = parse({
      hidden_size: 4096, num_attention_heads: 32, max_position_embeddings: 16384, rope_scaling: { type: 'linear', factor: 8.0 },
    });
    expect(config.rope_scaling).toEqual({ rope_type: 'linear', factor: 8, original_max_position_embeddings: 16384 });
    expect([trainLength, targetLength]).toEqual([16384, 131072]);
    expect(warnings.join('\n')).toMatch(/If 16384 is already the extended length, the training length was 2048/);
  });

  test('dynamic: transformers reads max_position_embeddings as the original length; seq_len set to the target', () => {
    const { config, trainLength, targetLength, warnings } = parse({
      head_dim: 128, max_position_embeddings: 4096, rope_scaling: { rope_type: 'dynamic', factor: 2, original_max_position_embeddings: 2048 },
    });
    expect(config).toEqual({ head_dim: 128, rope_theta: 10000, seq_len: 8192, rope_scaling: { rope_type: 'dynamic', factor: 2, original_max_position_embeddings: 4096 } });
    expect([trainLength, targetLength]).toEqual([4096, 8192]);
    expect(warnings.join('\n')).toMatch(/uses max_position_embeddings \(4096\).*ignores original_max_position_embeddings \(2048\)/);
  });

  test('rope_type beats a conflicting legacy type; unknown and unread keys are named', () => {
    const { config, warnings } = parse({
      head_dim: 64, rope_theta: 10000, max_position_embeddings: 2048,
      rope_scaling: { rope_type: 'linear', type: 'dynamic', factor: 2, low_freq_factor: 1, flavour: 'x' },
    });
    expect(config.rope_scaling?.rope_type).toBe('linear');
    const text = warnings.join('\n');
    expect(text).toMatch(/rope_type 'linear' and legacy type 'dynamic'; rope_type wins/);
    expect(text).toMatch(/Ignored unknown rope_scaling keys: flavour\./);
    expect(text).toMatch(/Ignored rope_scaling keys that linear does not read: low_freq_factor\./);
  });

  test('yarn without factor derives it from the two lengths, as transformers 5 does', () => {
    const { config, warnings } = parse({ head_dim: 128, max_position_embeddings: 16384, rope_scaling: { rope_type: 'yarn', original_max_position_embeddings: 4096 } });
    expect(config.rope_scaling?.factor).toBe(4);
    expect(warnings.join('\n')).toMatch(/No rope_scaling.factor: using .* = 16384\/4096 = 4/);
  });

  test('transformers 5 rope_parameters, per-layer blocks, text_config and partial_rotary_factor', () => {
    const v5 = parse({ head_dim: 128, max_position_embeddings: 131072, rope_parameters: { rope_type: 'yarn', rope_theta: 1e6, factor: 4, original_max_position_embeddings: 32768 } });
    expect(v5.config.rope_theta).toBe(1e6);
    expect([v5.trainLength, v5.targetLength, v5.warnings.length]).toEqual([32768, 131072, 0]);
    const layered = parse({ head_dim: 256, max_position_embeddings: 8192, rope_parameters: { sliding_attention: { rope_type: 'default', rope_theta: 10000 }, full_attention: { rope_type: 'linear', factor: 8, rope_theta: 1e6 } } });
    expect(layered.config.rope_scaling?.rope_type).toBe('linear');
    expect(layered.layers?.map((l) => [l.layerType, l.config.rope_theta])).toEqual([['full_attention', 1e6], ['sliding_attention', 10000]]);
    expect(layered.warnings.at(-1)).toMatch(/^2 RoPEs, one per layer type: full_attention: linear factor 8 on base 1,000,000; sliding_attention: no scaling on base 10,000\./);
    const nested = parse({ model_type: 'vlm', text_config: { hidden_size: 2048, num_attention_heads: 16, max_position_embeddings: 4096, rope_theta: 10000 } });
    expect([nested.config.head_dim, nested.warnings.length]).toEqual([128, 1]);
    const partial = parse({ head_dim: 256, partial_rotary_factor: 0.25, max_position_embeddings: 4096, rope_theta: 10000 });
    expect(partial.config.head_dim).toBe(64);
  });

  test('a bare rope_scaling block uses the fallback head_dim, base and training length', () => {
    const parsed = parseRopeConfig('{"rope_type": "yarn", "factor": 4, "original_max_position_embeddings": 32768}', { head_dim: 128, rope_theta: 1e6 });
    expect(parsed.config).toEqual({ head_dim: 128, rope_theta: 1e6, rope_scaling: { rope_type: 'yarn', factor: 4, original_max_position_embeddings: 32768 } });
    expect(parsed.warnings.join('\n')).toMatch(/current head_dim 128[\s\S]*current base 1000000/);
    const linear = parseRopeConfig('{"type": "linear", "factor": 2}', { head_dim: 64, trainLength: 2048 });
    expect([linear.trainLength, linear.targetLength]).toEqual([2048, 4096]);
    expect(() => parseRopeConfig('{"type": "linear", "factor": 2}')).toThrow(/head_dim is missing/);
  });
});

describe('parseRopeConfig errors name the problem', () => {
  test.each<[string, string, RegExp]>([
    ['trailing comma', '{\n  "rope_theta": 10000,\n  "head_dim": 128,\n}', /config is not valid JSON: trailing comma before \} at line 4, column 1 \(position 44\)/],
    ['single quotes', "{'head_dim': 128}", /not valid JSON: expected a double-quoted key, found ''' at line 1, column 2/],
    ['unclosed string', '{"head_dim": 128, "rope_theta', /not valid JSON: string never closed at line 1, column 19/],
    ['cut short', '{"head_dim": 128', /not valid JSON: expected ',' or '\}', found the end of the text at line 1, column 17/],
    ['empty text', '   ', /config is empty/],
    ['an array', '[1, 2]', /config must be a JSON object .* got an array/],
    ['a string', '"llama"', /config must be a JSON object .* got 'llama'/],
    ['not a model config', '{"name": "bert", "vocab_size": 30522}', /head_dim is missing: the config needs head_dim, or hidden_size and num_attention_heads/],
    ['no length', '{"head_dim": 128}', /max_position_embeddings is missing/],
    ['string number', '{"hidden_size": "4096", "num_attention_heads": 32}', /hidden_size must be a positive integer ≤ 10000000, got '4096'/],
    ['heads missing', '{"hidden_size": 4096, "max_position_embeddings": 4096}', /num_attention_heads must be a positive integer.*got undefined/],
    ['bad theta', '{"head_dim": 64, "rope_theta": 0.5, "max_position_embeddings": 1}', /rope_theta must be a finite number greater than 1, got 0.5/],
    ['longrope list too short', '{"head_dim": 96, "max_position_embeddings": 131072, "rope_scaling": {"type": "longrope", "short_factor": [1], "long_factor": [1], "original_max_position_embeddings": 4096}}', /rope_scaling.short_factor must hold one factor per rotated pair, 48 here \(head_dim \/ 2\), got 1/],
    ['longrope factor not a number', '{"head_dim": 4, "max_position_embeddings": 8, "rope_scaling": {"type": "su", "short_factor": [1, "x"], "long_factor": [1, 2], "original_max_position_embeddings": 4}}', /rope_scaling.short_factor\[1\] must be a finite number greater than 0, got 'x'/],
    ['axial', '{"head_dim": 64, "max_position_embeddings": 1024, "rope_scaling": {"rope_type": "axial"}}', /rope_type 'axial' is transformers' 2-D RoPE for image patches/],
    ['unknown type', '{"head_dim": 64, "max_position_embeddings": 1024, "rope_scaling": {"rope_type": "xpos", "factor": 2}}', /rope_scaling.rope_type 'xpos' is not a type transformers 5 computes; supported: default, linear, ntk, dynamic, yarn, llama3, longrope, proportional/],
    ['unknown family without rope_theta', '{"model_type": "minicpm3", "head_dim": 64, "max_position_embeddings": 32768}', /rope_theta is missing, and transformers' default for model_type 'minicpm3' is not one this notebook carries/],
    ['linear without factor', '{"head_dim": 64, "max_position_embeddings": 4096, "rope_scaling": {"type": "linear"}}', /rope_scaling.factor is required for rope_type 'linear'/],
    ['llama3 without high_freq_factor', '{"head_dim": 128, "max_position_embeddings": 131072, "rope_scaling": {"rope_type": "llama3", "factor": 8, "low_freq_factor": 1, "original_max_position_embeddings": 8192}}', /rope_scaling.high_freq_factor is required for rope_type 'llama3'/],
    ['fractional original', '{"head_dim": 128, "rope_scaling": {"rope_type": "yarn", "factor": 4, "original_max_position_embeddings": 4096.5}}', /rope_scaling.original_max_position_embeddings must be a positive integer.*got 4096.5/],
    ['rope_scaling a string', '{"head_dim": 128, "rope_scaling": "yarn"}', /rope_scaling must be an object or null, got 'yarn'/],
    ['odd rotary dims', '{"head_dim": 128, "partial_rotary_factor": 0.2, "max_position_embeddings": 1}', /partial_rotary_factor 0.2 leaves 25 rotated dims of head_dim 128; RoPE needs a positive even number/],
  ])('%s', (_name, text, message) => {
    expect(() => parseRopeConfig(text)).toThrow(message);
  });
});

describe('ntkBaseForLength', () => {
  test('base·s^(d/(d−2)): the NTK base whose slowest pair is exactly s times slower', () => {
    const newBase = ntkBaseForLength({ base: 10000, dim: 128, trainLength: 4096, targetLength: 8192 });
    expect(newBase).toBeCloseTo(10000 * 2 ** (128 / 126), 8);
    const viaBase = ropeInvFreq({ head_dim: 128, rope_theta: newBase }).invFreq;
    const viaFactor = ropeInvFreq({ head_dim: 128, rope_theta: 10000, rope_scaling: { rope_type: 'ntk', factor: 2 } }).invFreq;
    expect(viaBase.every((t, i) => Math.abs(t - viaFactor[i]) <= 1e-14 * viaFactor[i])).toBe(true);
    expect(viaBase[63]).toBeCloseTo(ropeInvFreq({ head_dim: 128 }).invFreq[63] / 2, 15);
  });

  test('no extension needed: the base is returned unchanged', () => {
    expect(ntkBaseForLength({ base: 500000, dim: 128, trainLength: 8192, targetLength: 4096 })).toBe(500000);
  });

  test.each<[string, Parameters<typeof ntkBaseForLength>[0], RegExp]>([
    ['base 1', { base: 1, dim: 128, trainLength: 1, targetLength: 2 }, /base must be a finite number greater than 1, got 1/],
    ['dim 2', { base: 10000, dim: 2, trainLength: 1, targetLength: 2 }, /dim must be an even integer of at least 4 .* got 2/],
    ['odd dim', { base: 10000, dim: 127, trainLength: 1, targetLength: 2 }, /dim must be an even integer.*got 127/],
    ['zero train', { base: 10000, dim: 128, trainLength: 0, targetLength: 2 }, /trainLength must be a positive integer ≤ 1000000000, got 0/],
    ['fractional target', { base: 10000, dim: 128, trainLength: 4096, targetLength: 8192.5 }, /targetLength must be a positive integer.*got 8192.5/],
  ])('rejects %s', (_name, args, message) => {
    expect(() => ntkBaseForLength(args)).toThrow(message);
  });
});
