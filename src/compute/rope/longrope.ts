// LongRoPE (Ding et al. 2024, arXiv:2402.13753), as transformers' `_compute_longrope_parameters` and
// the `longrope_frequency_update` of `dynamic_rope_update` compute it (modeling_rope_utils, 5.x):
// every pair i has its own searched stretch, short_factor[i] while the sequence fits the original
// length and long_factor[i] beyond it, θ′_i = θ_i / factor_i. Phi-3/3.5/4-mini and MiniCPM use it.
import type { RopeScaling } from './invFreq';
import { factorList, optionalPositiveField, originalLength } from './scalingFields';

/**
 * θ′_i = 1 / (ext_i · base^(2i/d)) with ext = long_factor when seq_len > original_max_position_embeddings,
 * else short_factor (seq_len absent = at model load = short). attentionFactor = attention_factor, else
 * √(1 + ln(factor) / ln(original)) for factor > 1 and 1 otherwise; transformers takes a missing factor
 * as max_position_embeddings / original_max_position_embeddings, which parseRopeConfig fills in.
 */
export function longropeInvFreq(
  base: number, dim: number, s: RopeScaling, seqLen: number | undefined,
): { invFreq: Float64Array; attentionFactor: number } {
  const original = originalLength(s, 'longrope');
  const pairs = dim / 2;
  const short = factorList(s, 'short_factor', pairs);
  const long = factorList(s, 'long_factor', pairs);
  const explicit = optionalPositiveField(s, 'attention_factor');
  const factor = optionalPositiveField(s, 'factor');
  let attentionFactor: number;
  if (explicit !== undefined) {
    attentionFactor = explicit;
  } else if (factor === undefined) {
    throw new Error("rope_scaling.factor (or attention_factor) is required for rope_type 'longrope': transformers takes max_position_embeddings / original_max_position_embeddings, which a RopeConfig does not carry");
  } else if (factor <= 1) {
    attentionFactor = 1;
  } else {
    if (original < 2) throw new Error(`rope_scaling.original_max_position_embeddings must be at least 2 for LongRoPE's attention factor (it divides by ln of it), got ${original}`);
    attentionFactor = Math.sqrt(1 + Math.log(factor) / Math.log(original));
  }
  const ext = seqLen !== undefined && seqLen > original ? long : short;
  const invFreq = new Float64Array(pairs);
  for (let i = 0; i < pairs; i++) invFreq[i] = 1 / (ext[i] * base ** ((2 * i) / dim));
  return { invFreq, attentionFactor };
}
