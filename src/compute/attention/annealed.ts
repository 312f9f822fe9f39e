/**
 * The article's mean-field estimate of the entropy (kexue.fm/archives/8823, "推导过程"): replace each
 * sum over the n keys by n times an expectation over the angle θ between query and key, with keys
 * uniform on the sphere in d dimensions (density ∝ sin^{d−2} φ in the angle φ):
 *   H ≈ ln n + ln E[e^{a cos θ}] − a·E[cos θ·e^{a cos θ}] / E[e^{a cos θ}]      (softmax of a·cos θ)
 *   H ≈ ln n + ln E[r] − E[r ln r] / E[r],  r = max(cos θ, 0)²                  (relu², any positive scale)
 * Integrals by the midpoint rule in φ ∈ (0, π), in the log domain. Where a single key can dominate the
 * sum (large a, small n) the estimate is not the entropy any more and can even fall below zero.
 */
import { requireInteger, requireNonNegative } from '../numerics/checks';

/** Midpoint nodes in the angle; enough for a peak of width 1/√a up to a ≈ 10⁴. */
const NODES = 8192;

interface AngleGrid {
  logDensity: Float64Array;
  cos: Float64Array;
}

/** The last grid built: a sweep asks for one d many times. */
let cached: { d: number; grid: AngleGrid } | null = null;

/** ln sin^{d−2} φ at the midpoints, and cos φ there. */
function angleGrid(d: number): AngleGrid {
  if (cached?.d === d) return cached.grid;
  const logDensity = new Float64Array(NODES);
  const cos = new Float64Array(NODES);
  for (let i = 0; i < NODES; i++) {
    const phi = ((i + 0.5) * Math.PI) / NODES;
    logDensity[i] = (d - 2) * Math.log(Math.sin(phi));
    cos[i] = Math.cos(phi);
  }
  cached = { d, grid: { logDensity, cos } };
  return cached.grid;
}

/** ln Σᵢ exp(logᵢ) and the weighted means of f under those weights. */
function logSumAndMean(log: Float64Array, f: (i: number) => number): { logSum: number; mean: number } {
  let max = -Infinity;
  for (const v of log) max = Math.max(max, v);
  let sum = 0;
  let sumF = 0;
  for (let i = 0; i < log.length; i++) {
    const w = Math.exp(log[i] - max);
    sum += w;
    sumF += w * f(i);
  }
  return { logSum: max + Math.log(sum), mean: sumF / sum };
}

function checkNd(n: number, d: number): void {
  requireInteger('n', n, 1, Number.MAX_SAFE_INTEGER);
  requireInteger('d', d, 2, 4096);
}

/** Mean-field entropy of softmax(a·cos θⱼ) over n keys uniform on the sphere in d dimensions. */
export function annealedSoftmaxEntropy(n: number, a: number, d: number): number {
  checkNd(n, d);
  requireNonNegative('a', a);
  const { logDensity, cos } = angleGrid(d);
  const base = logSumAndMean(logDensity, () => 0).logSum;
  const tilted = logDensity.map((v, i) => v + a * cos[i]);
  const { logSum, mean } = logSumAndMean(tilted, (i) => cos[i]);
  return Math.log(n) + (logSum - base) - a * mean;
}

/** Mean-field entropy of relu(cos θⱼ)² normalised, over n keys uniform on the sphere in d dimensions. */
export function annealedReluSquaredEntropy(n: number, d: number): number {
  checkNd(n, d);
  const { logDensity, cos } = angleGrid(d);
  let sumDensity = 0;
  let sumR = 0;
  let sumRlogR = 0;
  let max = -Infinity;
  for (const v of logDensity) max = Math.max(max, v);
  for (let i = 0; i < NODES; i++) {
    const w = Math.exp(logDensity[i] - max);
    sumDensity += w;
    if (cos[i] <= 0) continue;
    const r = cos[i] * cos[i];
    sumR += w * r;
    sumRlogR += w * r * Math.log(r);
  }
  const meanR = sumR / sumDensity;
  return Math.log(n) + Math.log(meanR) - sumRlogR / sumDensity / meanR;
}
