/**
 * The normalisations 听说Attention与Softmax更配哦 (kexue.fm/archives/9019) compares, applied to one
 * query's logits a·cos θⱼ (a = λ·d for query and keys of norm √d and scale λ):
 * - softmax with the scale fixed at its training value (the usual 1/√d-style constant);
 * - softmax with the entropy-invariant scale, multiplied by log_L n (8823's eq. with n/L);
 * - GAU's relu²/n (Hua et al. 2022), divided by the current length n;
 * - relu²/L, GAU with n frozen at the training length (the article's first remedy);
 * - relu²/Σrelu², normalised by its own sum (the article's third remedy).
 */
import { requireInteger, requireOneOf, requirePositive } from '../numerics/checks';
import { reluSquaredEntropy, softmaxEntropy } from './entropy';

export const VARIANTS = ['softmax', 'softmax-logn', 'relu2-n', 'relu2-train', 'relu2-sum'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Whether the variant normalises by a softmax (its weights always sum to 1). */
export const isSoftmax = (v: Variant): boolean => v === 'softmax' || v === 'softmax-logn';

/** The factor on the logits at length n: log_L n = ln n / ln L for the entropy-invariant scale, else 1. */
export function lengthFactor(variant: Variant, n: number, trainLength: number): number {
  return variant === 'softmax-logn' ? Math.log(n) / Math.log(trainLength) : 1;
}

/** What one query's attention looks like under a variant. */
export interface WeightSummary {
  /** Entropy (nats) of the weights normalised to sum 1; NaN if every weight is zero. */
  entropy: number;
  /** Σ aⱼ: 1 for softmax and relu²/Σ; for relu²/n and relu²/L whatever the division leaves. */
  total: number;
  /** Σ aⱼ over the planted keys (the first `relevantCount`), or the largest aⱼ when there are none. */
  relevant: number;
}

function checkArgs(variant: unknown, cos: unknown, a: unknown, trainLength: unknown): Variant {
  const v = requireOneOf('variant', variant, VARIANTS);
  if (!(cos instanceof Float64Array) || cos.length === 0) throw new Error('cos must be a non-empty Float64Array');
  requirePositive('a', a);
  requireInteger('trainLength', trainLength, 2, Number.MAX_SAFE_INTEGER);
  return v;
}

/**
 * The weights aⱼ of one query over keys with cosines `cos` (length n), training-length logit scale `a`
 * (logits a·cos θⱼ at length L) and training length L.
 */
export function variantWeights(variant: Variant, cos: Float64Array, a: number, trainLength: number): Float64Array {
  const v = checkArgs(variant, cos, a, trainLength);
  const n = cos.length;
  const scale = a * lengthFactor(v, n, trainLength);
  const w = new Float64Array(n);
  if (isSoftmax(v)) {
    let max = -Infinity;
    for (let j = 0; j < n; j++) max = Math.max(max, cos[j]);
    let sum = 0;
    for (let j = 0; j < n; j++) sum += w[j] = Math.exp(scale * (cos[j] - max));
    for (let j = 0; j < n; j++) w[j] /= sum;
    return w;
  }
  let divisor = v === 'relu2-n' ? n : v === 'relu2-train' ? trainLength : 0;
  for (let j = 0; j < n; j++) {
    const r = Math.max(0, scale * cos[j]);
    w[j] = r * r;
    if (v === 'relu2-sum') divisor += w[j];
  }
  if (divisor > 0) for (let j = 0; j < n; j++) w[j] /= divisor;
  return w;
}

/** Entropy, total weight and weight on the planted keys of one query under a variant. */
export function summariseWeights(variant: Variant, cos: Float64Array, a: number, trainLength: number, relevantCount: number): WeightSummary {
  const w = variantWeights(variant, cos, a, trainLength);
  requireInteger('relevantCount', relevantCount, 0, cos.length);
  const scale = a * lengthFactor(variant, cos.length, trainLength);
  const entropy = isSoftmax(variant) ? softmaxEntropy(cos, scale) : reluSquaredEntropy(cos, scale);
  let total = 0;
  let relevant = 0;
  let top = 0;
  for (let j = 0; j < w.length; j++) {
    total += w[j];
    top = Math.max(top, w[j]);
    if (j < relevantCount) relevant += w[j];
  }
  return { entropy, total, relevant: relevantCount > 0 ? relevant : top };
}
