// The Hardy–Ramanujan–Rademacher series for p(n), evaluated with a proved truncation bound and a
// per-term precision schedule (after Johansson 2012, "Efficient implementation of the
// Hardy–Ramanujan–Rademacher formula", LMS J. Comput. Math. 15). With L = 24n − 1, μ = π√L/6 and
// m_k = μ/k the k-th term is
//   T_k = 24·k·S_k·(m_k·cosh m_k − sinh m_k) / (π·L^{3/2}),
// where A_k(n) = √(k/3)·S_k and S_k = Σ (−1)^l cos((6l+1)π/(6k)) over 0 ≤ l < 2k with
// (3l² + l)/2 ≡ −n (mod k) (Selberg's formula, Whiteman 1956). Big terms are computed in BigInt fixed
// point (bigfloat.ts), small ones in float64, each with an error bound; the sum is then rounded.
import { fxCosPiRational, fxExpSplit, fxPi, fxSqrt, isqrt } from '../numerics/bigfloat';
import { requireInteger } from '../numerics/checks';

/** Largest n accepted by the exact routines (the contract promises p(n) up to 10^7; a browser does 10^8 in about a second). */
export const MAX_RADEMACHER_N = 100_000_000;

function requireN(n: unknown, min: number): number {
  return requireInteger('n', n, min, MAX_RADEMACHER_N);
}

function requireK(k: unknown, name = 'k'): number {
  return requireInteger(name, k, 1, 1_000_000);
}

/** The l in [0, 2k) with (3l² + l)/2 ≡ −n (mod k): the cosines that make up A_k(n) in Selberg's formula. */
export function selbergSolutions(k: number, n: number): number[] {
  requireK(k);
  requireInteger('n', n, 0, Number.MAX_SAFE_INTEGER);
  return solutions(k, n);
}

// f(l) = (3l² + l)/2 mod k, stepped without a division. f(l + k) − f(l) = k(6l + 3k + 1)/2, which is
// 0 mod k for odd k and k/2 mod k for even k: one pass over [0, k) finds the solutions in [k, 2k) too.
function solutions(k: number, n: number): number[] {
  const target = (k - (n % k)) % k;
  const upper = k % 2 === 0 ? (target + k / 2) % k : target; // f(l) for the l whose l + k solves
  const low: number[] = [];
  const high: number[] = [];
  let f = 0;
  let step = 2 % k; // (3l + 2) mod k
  const three = 3 % k;
  for (let l = 0; l < k; l++) {
    if (f === target) low.push(l);
    if (f === upper) high.push(l + k);
    f += step;
    if (f >= k) f -= k;
    step += three;
    if (step >= k) step -= k;
  }
  return low.concat(high);
}

/** A_k(n) = √(k/3)·Σ (−1)^l cos((6l+1)π/(6k)) (Selberg's formula), in float64. */
export function selbergA(k: number, n: number): number {
  requireK(k);
  requireN(n, 0);
  let s = 0;
  for (const l of solutions(k, n)) s += (l % 2 === 0 ? 1 : -1) * Math.cos((Math.PI * (6 * l + 1)) / (6 * k));
  return Math.sqrt(k / 3) * s;
}

/** Rademacher's bound M(n, N) on |p(n) − Σ_{k≤N} T_k| (Johansson 2012, eq. 1.8), for n ≥ 2. */
export function rademacherBound(n: number, N: number): number {
  requireN(n, 2);
  requireK(N, 'N');
  const a = (44 * Math.PI ** 2) / (225 * Math.sqrt(3));
  const b = (Math.PI * Math.SQRT2) / 75;
  return a / Math.sqrt(N) + b * Math.sqrt(N / (n - 1)) * Math.sinh((Math.PI / N) * Math.sqrt((2 * n) / 3));
}

/** Smallest N with M(n, N) < 1/4: the number of terms partitionsRademacher sums. */
export function rademacherTermCount(n: number): number {
  requireN(n, 2);
  // M(n, N) decreases in N, so: double until below 1/4, then bisect. a/√N < 1/4 needs N ≥ 20.
  let lo = 19;
  let hi = 20;
  while (rademacherBound(n, hi) >= 0.25) { lo = hi; hi *= 2; }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (rademacherBound(n, mid) < 0.25) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** log2 of B_k = 24√3·k^{3/2}·(m_k + 1)·cosh m_k / (π L^{3/2}) ≥ |T_k| (from |A_k(n)| ≤ k). */
export function rademacherLog2TermBound(n: number, k: number): number {
  requireN(n, 1);
  requireK(k);
  return log2TermBound(n, k);
}

function log2TermBound(n: number, k: number): number {
  const L = 24 * n - 1;
  const m = (Math.PI * Math.sqrt(L)) / (6 * k);
  const log2Cosh = (m + Math.log1p(Math.exp(-2 * m))) / Math.LN2 - 1;
  return Math.log2((24 * Math.sqrt(3)) / Math.PI) + 1.5 * Math.log2(k / L) + Math.log2(m + 1) + log2Cosh;
}

/**
 * ln T₁(n), the log of the series' first term, in float64 without overflow. Every later term is below
 * e^{−m/2} of it (m = π√(24n − 1)/6), under 10^{−24} from n = 2000 on: there it is ln p(n) to float64
 * precision, for a fraction of exact p(n)'s cost.
 */
export function lnRademacherFirstTerm(n: number): number {
  requireN(n, 1);
  const L = 24 * n - 1;
  // The Selberg sum is √3 at k = 1.
  return lnAbsTerm(1, Math.sqrt(3), L, (Math.PI * Math.sqrt(L)) / 6);
}

/**
 * ln |T_k(n)| = ln |24 k s (m cosh m − sinh m) / (π L^{3/2})| from its Selberg sum s, L = 24n − 1 and
 * m = π√L/(6k), without overflow: m cosh m − sinh m = e^m ((m − 1) + (m + 1) e^{−2m}) / 2.
 */
function lnAbsTerm(k: number, s: number, L: number, m: number): number {
  return Math.log(24 * k * Math.abs(s)) + m - Math.LN2 + Math.log(m - 1 + (m + 1) * Math.exp(-2 * m)) - Math.log(Math.PI) - 1.5 * Math.log(L);
}

/** T_k(n) in float64 (overflows to ±Infinity once e^{μ/k} does); used for small terms and plots. */
export function rademacherTerm(n: number, k: number): number {
  requireN(n, 1);
  requireK(k);
  return termFloat(n, k);
}

function termFloat(n: number, k: number): number {
  const sols = solutions(k, n);
  if (sols.length === 0) return 0;
  let s = 0;
  for (const l of sols) s += (l % 2 === 0 ? 1 : -1) * Math.cos((Math.PI * (6 * l + 1)) / (6 * k));
  const L = 24 * n - 1;
  const m = (Math.PI * Math.sqrt(L)) / (6 * k);
  if (m < 700) return (24 * k * s * (m * Math.cosh(m) - Math.sinh(m))) / (Math.PI * L * Math.sqrt(L));
  // cosh m overflows first: go through logs.
  return Math.sign(s) * Math.exp(lnAbsTerm(k, s, L, m));
}

/** √L to `prec` bits, remembered at the largest precision asked for during one evaluation. */
function sqrtCache(L: number): (prec: number) => bigint {
  let best = -1;
  let value = 0n;
  return (prec) => {
    if (prec > best) { best = prec + 64; value = fxSqrt(BigInt(L) << BigInt(best), best); }
    return value >> BigInt(best - prec);
  };
}

/** T_k(n)·2^fracBits, truncated, with |error| < 1.01·2^(−fracBits). */
export function rademacherTermFixed(n: number, k: number, fracBits: number): bigint {
  requireN(n, 1);
  requireK(k);
  requireInteger('fracBits', fracBits, 0, 100_000);
  return termFixed(n, k, fracBits, sqrtCache(24 * n - 1));
}

// Working precision log2 B_k + fracBits + 48 + log2(2k) bits absorbs the relative errors of π, √L, exp and
// the cosines (each a few ulp, see bigfloat.ts), leaving the final truncation as the main error.
function termFixed(n: number, k: number, fracBits: number, sqrtL: (prec: number) => bigint): bigint {
  const sols = solutions(k, n);
  if (sols.length === 0) return 0n;
  const L = 24 * n - 1;
  const W = Math.max(0, Math.ceil(log2TermBound(n, k))) + fracBits + 48 + Math.ceil(Math.log2(2 * k));
  const Wb = BigInt(W);
  const one = 1n << Wb;
  const pi = fxPi(W);
  const rootL = sqrtL(W);
  const m = ((pi * rootL) >> Wb) / BigInt(6 * k);
  const { mant: E, shift: q } = fxExpSplit(m, W); // e^m = E·2^(q−W)
  // e^{−m}/2^q in fixed point; negligible (and skipped) once it is below 2^(−2W).
  const eNeg = 2 * q > 3 * W ? 0n : ((1n << (2n * Wb)) / E) >> BigInt(2 * q);
  const X = ((m - one) * E + (m + one) * eNeg) >> (Wb + 1n); // (m cosh m − sinh m)/2^q
  let S = 0n;
  if (k <= 2) {
    // A_1 = 1 and A_2(n) = (−1)^n, so S_1 = √3 and S_2 = ±√(3/2) = ±√6/2: a square root (within 2 ulp)
    // instead of cosines at the series' two highest precisions.
    S = k === 1 ? isqrt(3n << (2n * Wb)) : (n % 2 === 0 ? 1n : -1n) * (isqrt(6n << (2n * Wb)) >> 1n);
  } else if (k % 2 === 1) {
    // For odd k the solutions come in pairs l, l + k (solutions()), and the pair's two terms are equal:
    // (−1)^(l+k) = −(−1)^l and cos(θ + π) = −cos θ. One cosine each, twice: half the cosines.
    for (const l of sols) if (l < k) S += (l % 2 === 0 ? 2n : -2n) * fxCosPiRational(6 * l + 1, 6 * k, W);
  } else {
    for (const l of sols) S += (l % 2 === 0 ? 1n : -1n) * fxCosPiRational(6 * l + 1, 6 * k, W);
  }
  const num = X * S * BigInt(24 * k);
  const den = pi * rootL * BigInt(L);
  return (num << BigInt(q + fracBits)) / den;
}

/**
 * p(n) for 2 ≤ n ≤ 10^8 by the Rademacher series: truncation < 1/4, rounding errors < 1/16, then
 * nearest integer. `onProgress` hears the fraction of the work done (by an estimate of each term's
 * cost), a few dozen times per call.
 */
export function partitionsRademacher(n: number, onProgress?: (fraction: number) => void): bigint {
  requireN(n, 2);
  const N = rademacherTermCount(n);
  const F = Math.ceil(Math.log2(N)) + 6; // N terms each within 2^−F: total ≤ 1/64
  const floatBudget = 1 / (32 * N); // per float term; the float part stays below 1/32
  const sqrtL = sqrtCache(24 * n - 1);
  const mu = (Math.PI * Math.sqrt(24 * n - 1)) / 6;
  // float64 error of one term: cosines, cosh/sinh and the products, each a few ulp, times B_k; plus its share of the sum.
  const fixed = (k: number, log2B: number) => 2 ** (log2B - 53) * (mu / k + 2) * (8 * k + 2 * N + 64) > floatBudget;
  // Work estimates: a fixed-point term costs about its precision to the power 1.6, a float term its k.
  const cost = (k: number) => {
    const log2B = log2TermBound(n, k);
    return fixed(k, log2B) ? 40 + (Math.max(0, log2B) + F + 48) ** 1.6 / 20 : k / 8;
  };
  let total = 0;
  if (onProgress) for (let k = 1; k <= N; k++) total += cost(k);
  let done = 0;
  let reported = 0;
  let fixedSum = 0n;
  let floatSum = 0;
  for (let k = 1; k <= N; k++) {
    const log2B = log2TermBound(n, k);
    if (fixed(k, log2B)) fixedSum += termFixed(n, k, F, sqrtL);
    else floatSum += termFloat(n, k);
    if (onProgress) {
      done += cost(k);
      if (done - reported > total / 40) onProgress((reported = done) / total);
    }
  }
  const sum = fixedSum + BigInt(Math.round(floatSum * 2 ** F));
  const half = 1n << BigInt(F - 1);
  const p = (sum + half) >> BigInt(F);
  const miss = sum - (p << BigInt(F));
  // The bounds add up to < 0.3; a larger distance to the nearest integer means a broken invariant, not bad luck.
  if (miss * 10n > 3n << BigInt(F) || miss * -10n > 3n << BigInt(F)) {
    throw new Error(`partitionsRademacher: the sum for n = ${n} is not within 0.3 of an integer`);
  }
  onProgress?.(1);
  return p;
}
