import { describe } from '../numerics/checks';
import { longropeInvFreq } from './longrope';
import { optionalNonNegativeField, optionalPositiveField, originalLength, positiveField } from './scalingFields';

// RoPE inverse frequencies θ_i for pair i = 0 … d/2 − 1, following Hugging Face transformers'
// `modeling_rope_utils` (the `_compute_*_parameters` functions), computed in float64.
//
// transformers reads lengths from the model config (`max_position_embeddings`); RopeConfig has no
// such field, so every length a method needs must be in `rope_scaling` (ropeConfig.ts fills it from a
// pasted config.json, warning where the two disagree).

/**
 * The scaling methods: every `rope_type` of transformers' `ROPE_INIT_FUNCTIONS` (5.x: linear, dynamic,
 * yarn, longrope, llama3, proportional) plus `default`, and `ntk` (fixed NTK-aware base change).
 */
export const ROPE_TYPES = ['default', 'linear', 'ntk', 'dynamic', 'yarn', 'llama3', 'longrope', 'proportional'] as const;

/** One of ROPE_TYPES. */
export type RopeType = (typeof ROPE_TYPES)[number];

/** `rope_scaling` as written in a Hugging Face config.json (transformers `modeling_rope_utils` keys). */
export interface RopeScaling {
  rope_type: RopeType;
  factor?: number;
  original_max_position_embeddings?: number;
  beta_fast?: number; beta_slow?: number;                       // yarn, defaults 32 and 1
  mscale?: number; mscale_all_dim?: number; attention_factor?: number; truncate?: boolean; // yarn (attention_factor: longrope too)
  low_freq_factor?: number; high_freq_factor?: number;          // llama3
  short_factor?: number[]; long_factor?: number[];              // longrope: one stretch per pair
  partial_rotary_factor?: number;                               // proportional: share of head_dim that rotates
}

/** One attention head's rotary setup: `head_dim` rotated dims, base `rope_theta` (default 10000), optional scaling; `seq_len` feeds `dynamic`. */
export interface RopeConfig { head_dim: number; rope_theta?: number; rope_scaling?: RopeScaling; seq_len?: number }

/**
 * θ_i and the attention (cos/sin) scale for one config, as transformers' `ROPE_INIT_FUNCTIONS[rope_type]`.
 *
 * - default: θ_i = base^(−2i/d).
 * - linear (Position Interpolation, kaiokendev / Chen et al. 2023): θ_i / factor.
 * - ntk (NTK-aware, bloc97): default θ with base′ = base · factor^(d/(d−2)), so the slowest pair is
 *   divided by exactly `factor` and the fastest is unchanged.
 * - dynamic (`_compute_dynamic_ntk_parameters`): base′ = base · (factor·L/L₀ − (factor − 1))^(d/(d−2)) with
 *   L = max(seq_len, L₀). transformers takes L₀ from `config.max_position_embeddings`; here it is
 *   `rope_scaling.original_max_position_embeddings` (required). `seq_len` absent means L = L₀, i.e. the
 *   default frequencies, as transformers computes them at model load.
 * - yarn (Peng et al. 2023, `_compute_yarn_parameters`): ramp between θ_i (fast pairs) and θ_i/factor
 *   (slow pairs) over the pairs whose rotations within L₀ = `original_max_position_embeddings` fall between
 *   beta_fast (32) and beta_slow (1); `truncate` (default true) floors/ceils the range.
 *   attentionFactor = `attention_factor`, else get_mscale(factor, mscale)/get_mscale(factor, mscale_all_dim)
 *   when both are set and non-zero, else 0.1·ln(factor) + 1 (1 when factor ≤ 1).
 *   `original_max_position_embeddings` is required: transformers 4.x fell back to
 *   `config.max_position_embeddings`, which RopeConfig does not carry. `factor` is always the explicit
 *   value, as in transformers since the fix of issue #38224 (PR #40320, 2025); older releases replaced it
 *   with max_position_embeddings / original_max_position_embeddings whenever the latter was present.
 * - llama3 (`_compute_llama3_parameters`): wavelengths 2π/θ above L₀/low_freq_factor are divided by
 *   `factor`, below L₀/high_freq_factor kept, and smoothly blended in between. high_freq_factor equal
 *   to (or below) low_freq_factor empties the blended band, as in Llama 4 (transformers only warns).
 * - longrope (longrope.ts): per-pair short_factor / long_factor chosen by seq_len against
 *   original_max_position_embeddings, with LongRoPE's attention factor.
 * - proportional (`_compute_proportional_rope_parameters`, Gemma 4's global layers): the first
 *   ⌊partial_rotary_factor·d/2⌋ pairs keep base^(−2i/d) (exponent over the whole head_dim), the rest get
 *   θ = 0 (no rotation), all divided by `factor` (default 1).
 *
 * attentionFactor is 1 for every type but yarn and longrope. Throws on any invalid or missing field.
 */
export function ropeInvFreq(config: RopeConfig): { invFreq: Float64Array; attentionFactor: number } {
  if (config === null || typeof config !== 'object') throw new Error(`config must be an object, got ${describe(config)}`);
  const dim = config.head_dim;
  if (!Number.isInteger(dim) || dim <= 0 || dim % 2 !== 0 || dim > 65536) {
    throw new Error(`head_dim must be a positive even integer (at most 65536), got ${describe(dim)}`);
  }
  const base = config.rope_theta ?? 10000;
  if (typeof base !== 'number' || !Number.isFinite(base) || base <= 1) {
    throw new Error(`rope_theta must be a finite number greater than 1, got ${describe(base)}`);
  }
  if (config.seq_len !== undefined && !(Number.isInteger(config.seq_len) && config.seq_len > 0)) {
    throw new Error(`seq_len must be a positive integer, got ${describe(config.seq_len)}`);
  }
  const scaling = config.rope_scaling;
  if (scaling === undefined) return { invFreq: defaultInvFreq(base, dim), attentionFactor: 1 };
  if (scaling === null || typeof scaling !== 'object') {
    throw new Error(`rope_scaling must be an object, got ${describe(scaling)}`);
  }
  const type = scaling.rope_type;
  switch (type) {
    case 'default':
      // transformers' default ignores every other rope_scaling key, factor included.
      return { invFreq: defaultInvFreq(base, dim), attentionFactor: 1 };
    case 'linear': {
      const factor = positiveField(scaling, 'factor', type);
      const invFreq = defaultInvFreq(base, dim);
      for (let i = 0; i < invFreq.length; i++) invFreq[i] /= factor;
      return { invFreq, attentionFactor: 1 };
    }
    case 'ntk': {
      const factor = positiveField(scaling, 'factor', type);
      needsFourDims(dim, type);
      return { invFreq: defaultInvFreq(base * factor ** (dim / (dim - 2)), dim), attentionFactor: 1 };
    }
    case 'dynamic': {
      const factor = positiveField(scaling, 'factor', type);
      const original = originalLength(scaling, type);
      needsFourDims(dim, type);
      const seqLen = Math.max(config.seq_len ?? original, original);
      const newBase = base * (factor * seqLen / original - (factor - 1)) ** (dim / (dim - 2));
      return { invFreq: defaultInvFreq(newBase, dim), attentionFactor: 1 };
    }
    case 'yarn':
      return yarnInvFreq(base, dim, scaling);
    case 'llama3':
      return { invFreq: llama3InvFreq(base, dim, scaling), attentionFactor: 1 };
    case 'longrope':
      return longropeInvFreq(base, dim, scaling, config.seq_len);
    case 'proportional':
      return { invFreq: proportionalInvFreq(base, dim, scaling), attentionFactor: 1 };
    default:
      throw new Error(`rope_scaling.rope_type must be one of ${ROPE_TYPES.join(', ')}, got ${describe(type)}`);
  }
}

/** θ_i = base^(−2i/d), i = 0 … d/2 − 1: RoFormer (Su et al. 2021) eq. 15. */
function defaultInvFreq(base: number, dim: number): Float64Array {
  const invFreq = new Float64Array(dim / 2);
  for (let i = 0; i < invFreq.length; i++) invFreq[i] = 1 / base ** ((2 * i) / dim);
  return invFreq;
}

function yarnInvFreq(base: number, dim: number, s: RopeScaling): { invFreq: Float64Array; attentionFactor: number } {
  const factor = positiveField(s, 'factor', 'yarn');
  const original = originalLength(s, 'yarn');
  const betaFast = optionalPositiveField(s, 'beta_fast') ?? 32;
  const betaSlow = optionalPositiveField(s, 'beta_slow') ?? 1;
  if (betaFast < betaSlow) {
    throw new Error(`rope_scaling.beta_fast (${betaFast}) must be at least beta_slow (${betaSlow}): beta_fast marks the fast end of the ramp`);
  }
  const mscale = optionalNonNegativeField(s, 'mscale');
  const mscaleAllDim = optionalNonNegativeField(s, 'mscale_all_dim');
  const explicitAttention = optionalPositiveField(s, 'attention_factor');
  if (s.truncate !== undefined && typeof s.truncate !== 'boolean') {
    throw new Error(`rope_scaling.truncate must be true or false, got ${describe(s.truncate)}`);
  }
  const truncate = s.truncate ?? true;

  // get_mscale(scale, m) = 0.1·m·ln(scale) + 1, or 1 when scale ≤ 1 (YaRN paper eq. 22, DeepSeek-V2 form).
  const getMscale = (scale: number, m = 1) => (scale <= 1 ? 1 : 0.1 * m * Math.log(scale) + 1);
  // transformers tests `if mscale and mscale_all_dim`, so a zero behaves like an absent key.
  const attentionFactor = explicitAttention
    ?? (mscale && mscaleAllDim ? getMscale(factor, mscale) / getMscale(factor, mscaleAllDim) : getMscale(factor));

  // find_correction_dim: the (fractional) dim index whose pair turns `rotations` times within `original`.
  const correctionDim = (rotations: number) =>
    (dim * Math.log(original / (rotations * 2 * Math.PI))) / (2 * Math.log(base));
  let low = correctionDim(betaFast);
  let high = correctionDim(betaSlow);
  if (truncate) { low = Math.floor(low); high = Math.ceil(high); }
  // Clamped to [0, dim − 1] although the ramp runs over dim/2 pairs: transformers does exactly this.
  low = Math.max(low, 0);
  high = Math.min(high, dim - 1);
  if (low === high) high += 0.001; // transformers' guard against a zero-width ramp

  const invFreq = new Float64Array(dim / 2);
  for (let i = 0; i < invFreq.length; i++) {
    const extrapolated = 1 / base ** ((2 * i) / dim);
    const ramp = Math.min(1, Math.max(0, (i - low) / (high - low))); // 0 = keep θ_i, 1 = θ_i / factor
    invFreq[i] = (extrapolated / factor) * ramp + extrapolated * (1 - ramp);
  }
  return { invFreq, attentionFactor };
}

function llama3InvFreq(base: number, dim: number, s: RopeScaling): Float64Array {
  const factor = positiveField(s, 'factor', 'llama3');
  const original = originalLength(s, 'llama3');
  const lowFreqFactor = positiveField(s, 'low_freq_factor', 'llama3');
  const highFreqFactor = positiveField(s, 'high_freq_factor', 'llama3');
  const lowFreqWavelen = original / lowFreqFactor;
  const highFreqWavelen = original / highFreqFactor;
  const invFreq = defaultInvFreq(base, dim);
  for (let i = 0; i < invFreq.length; i++) {
    const wavelen = (2 * Math.PI) / invFreq[i];
    if (wavelen > lowFreqWavelen) {
      invFreq[i] /= factor;
    } else if (wavelen >= highFreqWavelen) {
      // Reached only inside a non-empty band (high > low), or exactly on both ends when high = low,
      // where transformers' smoothing divides 0 by 0.
      if (highFreqFactor <= lowFreqFactor) {
        throw new Error(`pair ${i}'s wavelength ${wavelen} falls exactly on original_max_position_embeddings / low_freq_factor with high_freq_factor ≤ low_freq_factor: transformers' blend is 0/0 (NaN) there`);
      }
      const smooth = (original / wavelen - lowFreqFactor) / (highFreqFactor - lowFreqFactor);
      invFreq[i] = (1 - smooth) * (invFreq[i] / factor) + smooth * invFreq[i];
    }
  }
  return invFreq;
}

function proportionalInvFreq(base: number, dim: number, s: RopeScaling): Float64Array {
  const factor = optionalPositiveField(s, 'factor') ?? 1;
  const share = s.partial_rotary_factor ?? 1;
  if (typeof share !== 'number' || !Number.isFinite(share) || share < 0 || share > 1) {
    throw new Error(`rope_scaling.partial_rotary_factor must be a number from 0 to 1, got ${describe(share)}`);
  }
  // Python's int(p * head_dim // 2): floor division of the float product.
  const rotated = Math.floor((share * dim) / 2);
  const invFreq = new Float64Array(dim / 2);
  for (let i = 0; i < rotated; i++) invFreq[i] = 1 / base ** ((2 * i) / dim) / factor;
  return invFreq;
}

function needsFourDims(dim: number, type: string): void {
  // base · factor^(d/(d−2)) is undefined for d = 2.
  if (dim < 4) throw new Error(`head_dim must be at least 4 for rope_type '${type}' (its exponent is d/(d−2)), got ${dim}`);
}
