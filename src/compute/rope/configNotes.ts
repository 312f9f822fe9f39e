// Plain-words notes on a parsed config that are not about one key: which family's defaults filled the
// gaps, what a model does around RoPE that the frequencies do not show (Llama 4's NoPE layers,
// DeepSeek's softmax scale, Ministral 3's query scale), and the layer types of a two-RoPE model.
import type { RopeConfig } from './invFreq';
import type { Json } from './configBlock';
import type { RopeFamily } from './families';
import type { LayerRope } from './config';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** Which of its class's defaults a config leaned on, in one sentence; null when it leaned on none. */
export function familyNote(modelType: string | undefined, family: RopeFamily | undefined, filled: Map<string, unknown>, top: Json): string | null {
  if (modelType === undefined || family === undefined) return null;
  const parts: string[] = [];
  for (const [key, value] of filled) {
    if (key === 'head_dim' && family.head_dim !== null && top.hidden_size !== undefined) {
      const heads = top.num_attention_heads ?? family.num_attention_heads;
      parts.push(`head_dim ${String(value)} (not hidden_size / num_attention_heads = ${Number(top.hidden_size)}/${Number(heads)} = ${Math.floor(Number(top.hidden_size) / Number(heads))})`);
    } else if (key === 'rope_theta' && family.local) {
      parts.push(`rope_theta ${grouped.format(Number(value))} for the global layers`);
    } else {
      parts.push(`${key} ${grouped.format(Number(value))}`);
    }
  }
  if (family.local) {
    const params = top.rope_parameters as Json | undefined;
    const slidingTheta = (params?.sliding_attention as Json | undefined)?.rope_theta;
    const fullTheta = (params?.full_attention as Json | undefined)?.rope_theta;
    if (top.rope_theta === undefined && fullTheta === undefined && !filled.has('rope_theta')) parts.push(`rope_theta ${grouped.format(family.rope_theta)} for the global layers`);
    if (top.rope_local_base_freq === undefined && slidingTheta === undefined) parts.push(`rope_local_base_freq ${grouped.format(family.local.rope_theta)} for the sliding-window layers`);
    if (top.sliding_window === undefined) parts.push(`sliding_window ${grouped.format(family.local.sliding_window)}`);
  }
  if (parts.length === 0) return null;
  return `model_type '${modelType}': the keys this config leaves out take transformers' ${family.className} defaults, not another family's: ${parts.join(', ')}.`;
}

/** What the model does around its RoPE that the frequencies do not show. */
export function modelNotes(modelType: string | undefined, config: RopeConfig, block: Json | null, train: number, target: number): string[] {
  const notes: string[] = [];
  const s = config.rope_scaling;
  if (s?.rope_type === 'llama3' && s.high_freq_factor !== undefined && s.low_freq_factor !== undefined && s.high_freq_factor <= s.low_freq_factor) {
    notes.push(`high_freq_factor (${s.high_freq_factor}) is not above low_freq_factor (${s.low_freq_factor}): the blended band is empty, so each pair is either kept (wavelength up to ${grouped.format(train / s.low_freq_factor)} tokens) or divided by factor ${s.factor}. transformers warns that high_freq_factor should be greater, and computes exactly this.`);
  }
  if (modelType === 'llama4_text') {
    notes.push("Llama 4 (transformers' Llama4TextConfig) leaves RoPE out of every no_rope_layer_interval-th layer (every 4th by default); with attn_temperature_tuning those layers scale their queries by log(⌊(n + 1)/floor_scale⌋ + 1)·attn_scale + 1 instead, which this figure does not draw.");
  }
  const mscaleAllDim = block?.mscale_all_dim;
  if (modelType === 'deepseek_v3' && s?.rope_type === 'yarn' && typeof mscaleAllDim === 'number' && mscaleAllDim > 0 && s.factor !== undefined && s.factor > 1) {
    const m = 0.1 * mscaleAllDim * Math.log(s.factor) + 1;
    notes.push(`DeepseekV3Attention also multiplies its softmax scale by mscale² with mscale = 0.1·mscale_all_dim·ln(factor) + 1 = ${m.toPrecision(5)} (logits × ${(m * m).toPrecision(4)}); the attention factor shown is RoPE's cos/sin factor alone.`);
  }
  const beta = block?.llama_4_scaling_beta;
  if (typeof beta === 'number') {
    const original = s?.original_max_position_embeddings ?? train;
    const atTarget = 1 + beta * Math.log(1 + Math.floor(target / original));
    notes.push(`llama_4_scaling_beta ${beta}: transformers' Ministral3Attention multiplies each query by 1 + ${beta}·ln(1 + ⌊n / ${grouped.format(original)}⌋) at position n after RoPE (1 below position ${grouped.format(original)}, ${atTarget.toPrecision(4)} at the target ${grouped.format(target)}); the frequencies are unchanged.`);
  }
  return notes;
}

/** One sentence naming each layer type's RoPE. */
export function describeLayers(layers: LayerRope[]): string {
  const each = layers.map((l) => {
    const s = l.config.rope_scaling;
    const how = !s || s.rope_type === 'default' ? 'no scaling' : `${s.rope_type}${s.factor !== undefined ? ` factor ${s.factor}` : ''}`;
    const extent = [l.count !== undefined ? `${l.count} layers` : '', l.window !== undefined ? `window ${grouped.format(l.window)}` : ''].filter(Boolean).join(', ');
    return `${l.layerType}${extent ? ` (${extent})` : ''}: ${how} on base ${grouped.format(l.config.rope_theta ?? 10000)}`;
  });
  return `${layers.length} RoPEs, one per layer type: ${each.join('; ')}. The figure draws the first; a sliding-window layer never sees a distance beyond its window, so extension leaves it alone.`;
}
