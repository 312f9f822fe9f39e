// What the partition widgets plot and cross-check: closed forms, the Hardy–Ramanujan asymptotic,
// the convergence of the Rademacher series, ln p(n) curves and Euler's distinct/odd identity.
import { bigLog } from '../numerics/bigfloat';
import { gfCoefficients, partitionsP, type GFFactor } from './counts';
import { MAX_GF_FACTORS } from './args';
import { requireInteger } from '../numerics/checks';
import { lnRademacherFirstTerm, MAX_RADEMACHER_N, rademacherBound, rademacherTermCount, rademacherTermFixed } from './rademacher';

/** Solutions of x + y + z = n in non-negative integers: C(n+2, 2) = (n+2)(n+1)/2 (stars and bars). */
export function orderedTriples(n: number): bigint {
  requireInteger('n', n, 0, Number.MAX_SAFE_INTEGER);
  const b = BigInt(n);
  return ((b + 2n) * (b + 1n)) / 2n;
}

/** Solutions with 0 ≤ x ≤ y ≤ z: the integer nearest (n+3)²/12, exactly ⌊((n+3)² + 6)/12⌋ (partitions into ≤ 3 parts). */
export function sortedTriples(n: number): bigint {
  requireInteger('n', n, 0, Number.MAX_SAFE_INTEGER);
  const b = BigInt(n) + 3n;
  return (b * b + 6n) / 12n;
}

/** ln of the Hardy–Ramanujan asymptotic p(n) ~ e^{π√(2n/3)} / (4n√3) (1918), for n ≥ 1: the value itself overflows. */
export function hardyRamanujan(n: number): number {
  requireInteger('n', n, 1, Number.MAX_SAFE_INTEGER);
  return Math.PI * Math.sqrt((2 * n) / 3) - Math.log(4 * n * Math.sqrt(3));
}

/** Convergence of the Rademacher series at one n, for a log-scale plot against k = 1…K. */
export interface RademacherConvergence {
  n: number;
  /** Terms partitionsP needs: the first N with Rademacher's bound M(n, N) < 1/4 (0 for n = 1, where it is undefined). */
  termsNeeded: number;
  /** log10 p(n). */
  log10P: number;
  /** k = 1 … K. */
  k: Float64Array;
  /** log10 |T_k| (−Infinity where A_k(n) = 0). */
  log10AbsTerm: Float64Array;
  /** log10 |T_1 + … + T_k − p(n)|, floored near −12 by the working precision (2^−40 per term). */
  log10AbsError: Float64Array;
  /** log10 M(n, k), Rademacher's bound on that error (NaN for n = 1). */
  log10Bound: Float64Array;
}

const LOG10_2 = Math.log10(2);

/** log10 |x·2^−F| for a fixed-point bigint x (−Infinity for 0). */
function log10Fixed(x: bigint, F: number): number {
  if (x === 0n) return -Infinity;
  return bigLog(x < 0n ? -x : x) / Math.LN10 - F * LOG10_2;
}

/** The first K partial sums of the Rademacher series for p(n), against exact p(n) (terms in fixed point, 40 fractional bits). */
export function rademacherPartialSums(n: number, K: number): RademacherConvergence {
  requireInteger('n', n, 1, MAX_RADEMACHER_N);
  requireInteger('K', K, 1, 2000);
  const F = 40;
  const pn = partitionsP(n);
  const exact = pn << BigInt(F);
  const out: RademacherConvergence = {
    n,
    termsNeeded: n >= 2 ? rademacherTermCount(n) : 0,
    log10P: bigLog(pn) / Math.LN10,
    k: new Float64Array(K),
    log10AbsTerm: new Float64Array(K),
    log10AbsError: new Float64Array(K),
    log10Bound: new Float64Array(K),
  };
  let sum = 0n;
  for (let k = 1; k <= K; k++) {
    const term = rademacherTermFixed(n, k, F);
    sum += term;
    out.k[k - 1] = k;
    out.log10AbsTerm[k - 1] = log10Fixed(term, F);
    out.log10AbsError[k - 1] = log10Fixed(sum - exact, F);
    out.log10Bound[k - 1] = n >= 2 ? Math.log10(rademacherBound(n, k)) : NaN;
  }
  return out;
}

/** ln p(n) (below FIRST_TERM_FROM from exact p(n), via bit length and leading bits) and the Hardy–Ramanujan ln, at sampled n. */
export interface LogPartitionsCurve {
  n: Float64Array;
  lnP: Float64Array;
  lnHR: Float64Array;
  /** p(n) / HR(n) = exp(lnP − lnHR), which tends to 1 like 1 − 0.44/√n. */
  ratio: Float64Array;
}

/**
 * From here on ln p(n) is the first Rademacher term's (equal to float64 precision, see
 * lnRademacherFirstTerm): 300 exact p(n) up to 10^6 take the worker about a second, and this curve is
 * redrawn while a slider moves.
 */
export const FIRST_TERM_FROM = 2000;

/** `points` values of n spread evenly over 1…nMax (nMax ≤ 10^6, points ≤ 500), each with ln p(n) and ln HR(n). */
export function logPartitionsCurve(nMax: number, points: number): LogPartitionsCurve {
  requireInteger('nMax', nMax, 1, 1_000_000);
  requireInteger('points', points, 2, 500);
  const ns: number[] = [];
  for (let i = 0; i < points; i++) {
    const v = Math.round(1 + ((nMax - 1) * i) / (points - 1));
    if (ns.length === 0 || v > ns[ns.length - 1]) ns.push(v);
  }
  const out: LogPartitionsCurve = {
    n: Float64Array.from(ns),
    lnP: new Float64Array(ns.length),
    lnHR: new Float64Array(ns.length),
    ratio: new Float64Array(ns.length),
  };
  ns.forEach((n, i) => {
    out.lnP[i] = n < FIRST_TERM_FROM ? bigLog(partitionsP(n)) : lnRademacherFirstTerm(n);
    out.lnHR[i] = hardyRamanujan(n);
    out.ratio[i] = Math.exp(out.lnP[i] - out.lnHR[i]);
  });
  return out;
}

/** Largest N for distinctAndOddCounts: Π(1 + x^k) needs N factors, and gfCoefficients takes at most MAX_GF_FACTORS. */
export const MAX_EULER_N = MAX_GF_FACTORS;

/** q(0…N) counted twice: Π(1 + x^k) (distinct parts) and Π 1/(1 − x^{2k−1}) (odd parts); Euler (1748) says equal. */
export function distinctAndOddCounts(N: number): { distinct: bigint[]; odd: bigint[] } {
  requireInteger('N', N, 0, MAX_EULER_N);
  const distinct: GFFactor[] = [];
  const odd: GFFactor[] = [];
  for (let k = 1; k <= N; k++) {
    distinct.push({ step: k, maxCount: 1 });
    if (k % 2 === 1) odd.push({ step: k });
  }
  return { distinct: gfCoefficients(distinct, N), odd: gfCoefficients(odd, N) };
}
