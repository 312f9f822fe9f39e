// Thin adapters between the partition kernels and the partition widgets. Each returns plain
// data the worker can send as it is: bigints and strings for exact values, Float64Arrays of log10 for
// the plots. Kernels that may run as cancellable jobs take the progress callback as their LAST
// positional argument, as the worker client's `Channel.job` expects.
import { bigLog } from '../numerics/bigfloat';
import { gfCoefficients, gfCoefficientsWithProgress, partitionsP, ramanujanChecks, type GFFactor, type RamanujanCheck } from './counts';
import { requireFactors } from './args';
import { requireInteger } from '../numerics/checks';
import { distinctAndOddCounts, logPartitionsCurve, rademacherPartialSums, type RademacherConvergence } from './asymptotics';
import { MAX_RADEMACHER_N } from './rademacher';
import { packCounts, type PackedCounts } from './packed';
import { eulerCoefficient, signedDistinctCounts } from './franklin';

export { packCounts, countsLength, countAt, countStrings, seriesWork, type PackedCounts } from './packed';

type Progress = (fraction: number) => void;

/** log10 of each count (−Infinity for 0), from bit length and leading bits, so 500-digit counts plot fine. */
export function log10All(values: readonly bigint[]): Float64Array {
  const out = new Float64Array(values.length);
  values.forEach((v, i) => (out[i] = v > 0n ? bigLog(v) / Math.LN10 : -Infinity));
  return out;
}

/** p(n) as decimal digits, with Ramanujan's congruence checks and the time the kernel itself took. */
export interface ExactPartitions {
  n: number;
  digits: string;
  log10: number;
  checks: RamanujanCheck[];
  /** Milliseconds spent in partitionsP and the decimal conversion (no worker start-up). */
  ms: number;
}

/** partitionsP(n) for 0 ≤ n ≤ 10^8 with its checks; progress as the series is summed. */
export function partitionsExact(n: number, onProgress?: Progress): ExactPartitions {
  requireInteger('n', n, 0, MAX_RADEMACHER_N);
  onProgress?.(0);
  const t0 = performance.now();
  const value = partitionsP(n, onProgress);
  const digits = value.toString();
  const ms = performance.now() - t0;
  onProgress?.(1);
  return { n, digits, log10: value > 0n ? bigLog(value) / Math.LN10 : 0, checks: ramanujanChecks(n, value), ms };
}

/** log10 p(n) and log10 of the Hardy–Ramanujan estimate at sampled n, and their ratio. */
export interface PartitionsCurve {
  n: Float64Array;
  log10P: Float64Array;
  log10HR: Float64Array;
  ratio: Float64Array;
}

/** logPartitionsCurve(nMax, min(nMax, 300)) in base 10 (1 ≤ nMax ≤ 10^6). */
export function partitionsCurve(nMax: number): PartitionsCurve {
  requireInteger('nMax', nMax, 1, 1_000_000);
  const c = logPartitionsCurve(nMax, Math.max(2, Math.min(nMax, 300)));
  return { n: c.n, log10P: c.lnP.map((v) => v / Math.LN10), log10HR: c.lnHR.map((v) => v / Math.LN10), ratio: c.ratio };
}

/** rademacherPartialSums, re-exported under the name the worker table uses. */
export function partitionsConvergence(n: number, terms: number): RademacherConvergence {
  return rademacherPartialSums(n, terms);
}

/** Partial products are shown factor by factor only this small. */
export const EXPAND_MAX_N = 20;
export const EXPAND_MAX_FACTORS = 12;

/** The product so far after one more factor: the factor and the coefficients of x^0 … x^N. */
export interface ExpansionStep {
  factor: GFFactor;
  coefficients: bigint[];
}

/** Coefficients of a product of factors up to x^N, their log10, and (when small) the product built factor by factor. */
export interface SeriesResult {
  N: number;
  coefficients: PackedCounts;
  log10: Float64Array;
  /** null when N > EXPAND_MAX_N or more than EXPAND_MAX_FACTORS factors touch x^0 … x^N. */
  expansion: ExpansionStep[] | null;
}

/** gfCoefficientsWithProgress(factors, N) plus log10 for the plot and the small-case expansion. */
export function builderSeries(factors: GFFactor[], N: number, onProgress?: Progress): SeriesResult {
  const clean = requireFactors('factors', factors);
  const coefficients = gfCoefficientsWithProgress(clean, N, { onProgress });
  const live = clean.filter((f) => f.step <= N && f.maxCount !== 0).sort((a, b) => a.step - b.step);
  const expansion =
    N <= EXPAND_MAX_N && live.length <= EXPAND_MAX_FACTORS
      ? live.map((factor, i) => ({ factor, coefficients: gfCoefficients(live.slice(0, i + 1), N) }))
      : null;
  return { N, coefficients: packCounts(coefficients), log10: log10All(coefficients), expansion };
}

/** Partitions of 0 … N into distinct parts and into odd parts, counted independently, with log10 of each. */
export interface EulerCounts {
  distinct: PackedCounts;
  odd: PackedCounts;
  log10Distinct: Float64Array;
  log10Odd: Float64Array;
  /** The n ≤ N where the two counts differ (Euler's theorem says none). */
  mismatches: number[];
}

/** distinctAndOddCounts(N) with log10 for the plot and an exact comparison. */
export function eulerCounts(N: number): EulerCounts {
  const { distinct, odd } = distinctAndOddCounts(N);
  const mismatches: number[] = [];
  distinct.forEach((d, n) => d !== odd[n] && mismatches.push(n));
  return { distinct: packCounts(distinct), odd: packCounts(odd), log10Distinct: log10All(distinct), log10Odd: log10All(odd), mismatches };
}

/** Partitions of 0 … N into an even and an odd number of distinct parts, counted, and Euler's prediction. */
export interface FranklinCounts {
  even: Float64Array;
  odd: Float64Array;
  /** even − odd, from the counts. */
  difference: Float64Array;
  /** The coefficient of x^n in Π(1 − x^k) by the pentagonal number theorem. */
  euler: Float64Array;
  /** The n ≤ N where the counted difference and Euler's coefficient disagree (the theorem says none). */
  mismatches: number[];
}

/** signedDistinctCounts(N) (0 ≤ N ≤ 500, exact in float64) beside the pentagonal number theorem. */
export function franklinCounts(N: number): FranklinCounts {
  const { even, odd } = signedDistinctCounts(N);
  const difference = even.map((e, n) => e - odd[n]);
  const euler = difference.map((_, n) => eulerCoefficient(n));
  const mismatches: number[] = [];
  difference.forEach((d, n) => d !== euler[n] && mismatches.push(n));
  return { even, odd, difference, euler, mismatches };
}
