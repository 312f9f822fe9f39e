/**
 * Entropies of attention distributions, computed so that no finite input can overflow: the softmax of
 * scale·scores (shifted by its largest logit, differences formed before the product) and the
 * normalised entropy of non-negative weights such as relu² scores.
 */
import { describe, requireFinite } from '../numerics/checks';

function requireScores(name: string, scores: unknown): Float64Array {
  if (!(scores instanceof Float64Array)) throw new Error(`${name} must be a Float64Array, got ${describe(scores)}`);
  if (scores.length === 0) throw new Error(`${name} must not be empty`);
  // The shared check builds its message eagerly; call it only for the first bad entry (this runs per query).
  for (let j = 0; j < scores.length; j++) if (!Number.isFinite(scores[j])) requireFinite(`${name}[${j}]`, scores[j]);
  return scores;
}

/**
 * scale·(s − ref) without overflow: when s − ref itself overflows (|s|, |ref| near 1.8e308) the
 * difference is taken of halves and the factor 2 moved onto the scale.
 */
function scaledGap(scale: number, s: number, ref: number): number {
  const gap = s - ref;
  return Number.isFinite(gap) ? scale * gap : 2 * scale * (0.5 * s - 0.5 * ref);
}

/**
 * Entropy in nats of p = softmax(scale · scores): H = ln Z − Σ pⱼ uⱼ with uⱼ = scale·sⱼ.
 * Written as H = ln(T + R) + Σⱼ wⱼ|tⱼ| / (T + R), where tⱼ = uⱼ − max u ≤ 0, wⱼ = e^{tⱼ}, T counts the
 * logits tied at the maximum and R sums the others: both terms are non-negative (no cancellation), and
 * a nearly one-hot distribution keeps its tiny entropy (ln via log1p of R). scale = 0 gives ln n.
 */
export function softmaxEntropy(scores: Float64Array, scale: number): number {
  requireScores('scores', scores);
  requireFinite('scale', scale);
  const n = scores.length;
  if (scale === 0) return Math.log(n);
  // The reference is the score with the largest logit: the maximum for scale > 0, the minimum for scale < 0.
  let ref = scores[0];
  for (let j = 1; j < n; j++) if (scale > 0 ? scores[j] > ref : scores[j] < ref) ref = scores[j];
  let ties = 0;
  let rest = 0;
  let weighted = 0;
  for (let j = 0; j < n; j++) {
    if (scores[j] === ref) {
      ties++;
      continue;
    }
    const t = scaledGap(scale, scores[j], ref);
    if (t === 0) {
      ties++; // a gap below the resolution of the product: equal logits in float64
      continue;
    }
    const w = Math.exp(t);
    if (w === 0) continue; // e^t underflows: its share and its term w·|t| are both below 1e-300
    rest += w;
    weighted -= w * t;
  }
  const total = ties + rest;
  const logTotal = ties === 1 ? Math.log1p(rest) : Math.log(total);
  return logTotal + weighted / total;
}

/**
 * Entropy in nats of the distribution wⱼ / Σw for non-negative finite weights (at least one positive):
 * H = ln S − Σ vⱼ ln vⱼ / S with vⱼ = wⱼ / max w and S = Σ v, so huge or tiny weights stay in range.
 */
export function weightEntropy(weights: Float64Array): number {
  requireScores('weights', weights);
  let max = 0;
  for (let j = 0; j < weights.length; j++) {
    if (weights[j] < 0) throw new Error(`weights[${j}] must be non-negative, got ${weights[j]}`);
    if (weights[j] > max) max = weights[j];
  }
  if (max === 0) throw new Error('weights must have at least one positive entry');
  let sum = 0;
  let sumVlogV = 0;
  for (let j = 0; j < weights.length; j++) {
    const v = weights[j] / max;
    if (v === 0) continue;
    sum += v;
    sumVlogV += v * Math.log(v);
  }
  return Math.log(sum) - sumVlogV / sum;
}

/**
 * Entropy of relu(scale·sⱼ)² normalised (GAU's relu² attention divided by its own sum, or by any
 * constant: the shape is the same): relu² is homogeneous, so a positive scale cancels and only the
 * signs of scale·sⱼ matter. NaN when no logit is positive (every weight is zero).
 */
export function reluSquaredEntropy(scores: Float64Array, scale: number): number {
  requireScores('scores', scores);
  requireFinite('scale', scale);
  let max = 0;
  for (let j = 0; j < scores.length; j++) {
    const r = Math.sign(scale) * scores[j];
    if (r > max) max = r;
  }
  if (max === 0) return NaN;
  let sum = 0;
  let sumVlogV = 0;
  for (let j = 0; j < scores.length; j++) {
    const r = (Math.sign(scale) * scores[j]) / max;
    if (r <= 0) continue;
    const v = r * r;
    sum += v;
    sumVlogV += v * 2 * Math.log(r);
  }
  return Math.log(sum) - sumVlogV / sum;
}
