/**
 * The score model of 从熵不变性看Attention的Scale操作 (kexue.fm/archives/8823): query and keys of norm
 * √d, the keys' directions uniform on the sphere, so q·k = d·cos θ. Only cos θ matters, so it is drawn
 * directly (one normal and one gamma variate per key instead of d normals), from the one seeded
 * generator. A few "relevant" keys may be planted at a given cosine: the tokens a trained head attends to.
 */
import { requireInRange, requireInteger } from '../numerics/checks';
import type { Rng } from '../numerics/random';

/**
 * Gamma(shape, 1) variate: Marsaglia & Tsang (2000), "A simple method for generating gamma variables",
 * for shape ≥ 1, and Gamma(shape + 1)·U^{1/shape} below 1 (their section 6).
 */
export function gammaVariate(rng: Rng, shape: number): number {
  if (shape < 1) return gammaVariate(rng, shape + 1) * rng.uniform() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = rng.uniform();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * cos θ between a fixed direction and a uniform random direction in d ≥ 2 dimensions: g/√(g² + χ²_{d−1})
 * with g ~ N(0, 1) and χ²_{d−1} = 2·Gamma((d − 1)/2). Mean 0, variance 1/d.
 */
export function sphereCosine(rng: Rng, d: number): number {
  const g = rng.normal();
  const chi2 = 2 * gammaVariate(rng, (d - 1) / 2);
  return g / Math.sqrt(g * g + chi2);
}

/** The planted keys: how many, and their cosine with the query. */
export interface RelevantKeys {
  count: number;
  cosine: number;
}

/** Most relevant keys a query may have; they sit among the first 16 tokens, so every length holds them all. */
export const MAX_RELEVANT = 16;

/**
 * cos θⱼ for keys j = 0 … n − 1: the first `relevant.count` keys at `relevant.cosine`, the rest uniform
 * on the sphere. A prefix of the list is the same query at a shorter length (tokens added at the end).
 */
export function keyCosines(rng: Rng, n: number, d: number, relevant: RelevantKeys = { count: 0, cosine: 0 }): Float64Array {
  requireInteger('n', n, 1, 1 << 22);
  requireInteger('d', d, 2, 4096);
  requireInteger('relevant.count', relevant.count, 0, Math.min(MAX_RELEVANT, n));
  requireInRange('relevant.cosine', relevant.cosine, -1, 1);
  const cos = new Float64Array(n);
  for (let j = 0; j < n; j++) cos[j] = j < relevant.count ? relevant.cosine : sphereCosine(rng, d);
  return cos;
}
