// Adapters between the prime kernels and the primes-* widgets: arguments checked here, plain data
// back (bigints, typed arrays). Kernels that may run as cancellable jobs take the progress callback
// as their last argument, as the worker client's `Channel.job` expects.
import { requireInteger } from '../numerics/checks';
import { MAX_N, MAX_X } from './args';
import { firstPrimesSumEstimates, primeSumEstimates, ratio } from './asymptotics';
import { fastPrimeSums } from './fast';
import { liInverse, nthPrimeAndSum } from './nth';
import type { Progress } from './progress';

export { sieveBoard, sieveWorkCurve, type SieveBoard, type SieveWorkCurve } from './sieveSteps';
export { lucySteps, type LucySteps, type LucyMode } from './lucySteps';
export { raceLap, RACE_METHODS, RACE_LIMITS, type RaceLap, type RaceMethod } from './race';

/** An estimate of an exact sum, and the sum divided by it. */
export interface Estimate {
  value: number;
  ratio: number;
}

const estimate = (sum: bigint, value: number): Estimate => ({ value, ratio: ratio(sum, value) });

/** The first question at x: π(x), the sum, and its estimates x²/(2 ln x) and li(x²). */
export interface SumUpTo { x: number; count: bigint; sum: bigint; leading: Estimate; li: Estimate }

/** Σ_{p ≤ x} p for 2 ≤ x ≤ 10^13, with its estimates. */
export function sumUpTo(x: number, onProgress?: Progress): SumUpTo {
  requireInteger('x', x, 2, MAX_X);
  const { count, sum } = fastPrimeSums(x, onProgress);
  const e = primeSumEstimates(x);
  return { x, count, sum, leading: estimate(sum, e.leading), li: estimate(sum, e.li) };
}

/**
 * The second question at N: p_N, li⁻¹(N) (where the search for p_N starts), the sum of the first N
 * primes, and its estimates N² ln N / 2 and Sinha's expansion.
 */
export interface SumOfFirst { N: number; prime: number; primeEstimate: number; sum: bigint; leading: Estimate; sinha: Estimate }

/** The sum of the first N primes for 2 ≤ N ≤ 10^9, with its estimates. */
export function sumOfFirst(N: number, onProgress?: Progress): SumOfFirst {
  requireInteger('N', N, 2, MAX_N);
  const { prime, sum } = nthPrimeAndSum(N, onProgress);
  const e = firstPrimesSumEstimates(N);
  return { N, prime, primeEstimate: liInverse(N), sum, leading: estimate(sum, e.leading), sinha: estimate(sum, e.sinha) };
}

/** Both ratios against x (and against N) at sample points, for the questions widget's curves. */
export interface QuestionCurves {
  x: Float64Array;
  ratioLeading: Float64Array;
  ratioLi: Float64Array;
  N: Float64Array;
  firstRatioLeading: Float64Array;
  firstRatioSinha: Float64Array;
}

/** The curves hold three points a decade, from 100 up to this (the reader's own x and N are added by the widget). */
export const CURVE_X_MAX = 1e10;
export const CURVE_N_MAX = 1e8;

/** Sample points 100, 10^{7/3}, 10^{8/3}, … up to min(top, cap) (below 100 the estimates mean little). */
function samples(top: number, cap: number): number[] {
  const out: number[] = [];
  for (let k = 6; ; k++) {
    const v = Math.round(10 ** (k / 3));
    if (v > Math.min(top, cap)) return out;
    out.push(v);
  }
}

/** The ratio curves up to xMax (2 ≤ xMax ≤ 10^13) and NMax (2 ≤ NMax ≤ 10^9). */
export function questionCurves(xMax: number, NMax: number, onProgress?: Progress): QuestionCurves {
  requireInteger('xMax', xMax, 2, MAX_X);
  requireInteger('NMax', NMax, 2, MAX_N);
  const xs = samples(xMax, CURVE_X_MAX), Ns = samples(NMax, CURVE_N_MAX);
  const total = xs.length + Ns.length;
  let done = 0;
  const tick = () => onProgress?.(++done / total);
  const xRows = xs.map((x) => {
    const r = sumUpTo(x);
    tick();
    return r;
  });
  const NRows = Ns.map((N) => {
    const r = sumOfFirst(N);
    tick();
    return r;
  });
  return {
    x: Float64Array.from(xs),
    ratioLeading: Float64Array.from(xRows, (r) => r.leading.ratio),
    ratioLi: Float64Array.from(xRows, (r) => r.li.ratio),
    N: Float64Array.from(Ns),
    firstRatioLeading: Float64Array.from(NRows, (r) => r.leading.ratio),
    firstRatioSinha: Float64Array.from(NRows, (r) => r.sinha.ratio),
  };
}
