/**
 * How long a series will take, said before it starts. The kernel (LimbSeries) adds coefficients limb by
 * limb (52 bits each), so its cost is the coefficients visited (seriesWork) times their length in limbs;
 * the length comes from an upper bound on the coefficients, the saddle-point bound a_N ≤ F(r)·r^(−N).
 */
import type { GFFactor } from '../../compute/partitions/counts';
import { seriesWork } from '../../compute/partitions/packed';

/** Bits per limb of the kernel's coefficients (LimbSeries). */
const LIMB_BITS = 52;
/**
 * Limb additions per second on a laptop: the CPU-time rate of builderSeries on large products in Node
 * (Chrome's engine), halved for a browser tab sharing two cores. A phone is slower; the notice says so.
 */
export const LIMB_ADDITIONS_PER_SECOND = 6e8;
/** Series expected to take longer than this are announced before they start. */
export const LONG_SECONDS = 3;

/** log₂ F(r) for F = Π over factors of (1 + r^s + … + r^(m·s)) (m = maxCount, unbounded when absent). */
function log2Product(factors: readonly GFFactor[], r: number, N: number): number {
  let sum = 0;
  for (const { step, maxCount } of factors) {
    if (step > N || maxCount === 0) continue;
    const q = Math.pow(r, step);
    // Σ_{j=0}^{m} q^j = (1 − q^(m+1)) / (1 − q); log1p keeps precision when q is tiny.
    const geometric = -Math.log1p(-q);
    sum += maxCount === undefined ? geometric : geometric + Math.log1p(-Math.pow(q, maxCount + 1));
  }
  return sum / Math.LN2;
}

/**
 * An upper bound on log₂ of the coefficient of x^N: every coefficient is ≥ 0, so a_N·r^N ≤ F(r) for each
 * 0 < r < 1. The best r = e^(−t) is found by a golden-section search on ln t (the bound is convex in t,
 * and t runs from about 1/N for a few small parts to large for coins only).
 */
export function coefficientBits(factors: readonly GFFactor[], N: number): number {
  if (N === 0) return 1;
  const bound = (u: number) => {
    const t = Math.exp(u);
    return log2Product(factors, Math.exp(-t), N) + (N * t) / Math.LN2;
  };
  // 30 steps narrow ln t from (−25, 3) to a width under 10⁻⁵, one evaluation each.
  const g = (Math.sqrt(5) - 1) / 2;
  let lo = -25, hi = 3;
  let a = hi - g * (hi - lo), b = lo + g * (hi - lo);
  let fa = bound(a), fb = bound(b);
  for (let i = 0; i < 30; i++) {
    if (fa < fb) {
      hi = b; b = a; fb = fa;
      a = hi - g * (hi - lo); fa = bound(a);
    } else {
      lo = a; a = b; fa = fb;
      b = lo + g * (hi - lo); fb = bound(b);
    }
  }
  return Math.max(1, Math.min(fa, fb));
}

/**
 * Limb additions the series up to x^N costs: each coefficient visited is, on average over 0 … N, about
 * two thirds as long as the last one (log p(m) grows like √m).
 */
export function seriesLimbWork(factors: readonly GFFactor[], N: number): number {
  const limbs = 1 + ((2 / 3) * coefficientBits(factors, N)) / LIMB_BITS;
  return seriesWork(factors, N) * limbs;
}

/** Seconds the series is expected to take on a laptop (seriesLimbWork at LIMB_ADDITIONS_PER_SECOND). */
export function seriesSeconds(factors: readonly GFFactor[], N: number): number {
  return seriesLimbWork(factors, N) / LIMB_ADDITIONS_PER_SECOND;
}

/** A duration as a reader reads an estimate: seconds to the nearest 5 under a minute, else whole minutes. */
export function roughDuration(seconds: number): { amount: number; unit: 's' | 'min' } {
  if (seconds < 57.5) return { amount: Math.max(5, Math.round(seconds / 5) * 5), unit: 's' };
  return { amount: Math.max(1, Math.round(seconds / 60)), unit: 'min' };
}
