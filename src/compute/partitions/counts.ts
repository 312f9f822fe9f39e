// Generating functions with exact coefficients, and the partition function p(n) (DESIGN.md,
// "Compute contract"). Counts are exact BigInt throughout.
import { MAX_GF_N, requireFactors } from './args';
import { describe, requireInteger } from '../numerics/checks';
import { LimbSeries } from './limbs';
import { MAX_RADEMACHER_N, partitionsRademacher } from './rademacher';

/** One factor 1 + x^s + x^{2s} + … of a product: maxCount terms after the 1, or all of them (1/(1 − x^s)) when absent. */
export interface GFFactor { step: number; maxCount?: number }

/** Options of gfCoefficientsWithProgress. */
export interface GFOptions {
  /** Called with the fraction of the work done (0 < f ≤ 1), at most about 200 times, last with 1. */
  onProgress?: (fraction: number) => void;
}

/** Coefficients of x^0 … x^N of Π (1 + x^s + … + x^{m·s}) over the factors; see gfCoefficientsWithProgress. */
export function gfCoefficients(factors: GFFactor[], N: number): bigint[] {
  return gfCoefficientsWithProgress(factors, N);
}

// Each factor costs O(N) in place on the truncated series: a running sum a_i += a_{i−s} multiplies by
// 1/(1 − x^s); for a cap m, a_i −= a_{i−(m+1)s} (downwards) then multiplies by 1 − x^{(m+1)s}; a cap of 1
// is the single pass a_i += a_{i−s} taken downwards (× (1 + x^s)). Largest steps go first, which keeps the
// numbers small for longest.
/** gfCoefficients (N ≤ 200000, ≤ 5000 factors) reporting progress; a worker cancels it by termination. */
export function gfCoefficientsWithProgress(factors: GFFactor[], N: number, options: GFOptions = {}): bigint[] {
  const clean = requireFactors('factors', factors);
  requireInteger('N', N, 0, MAX_GF_N);
  const { onProgress } = options;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new Error(`options.onProgress must be a function, got ${describe(onProgress)}`);
  }
  type Pass = { kind: 'sum' | 'once' | 'cap'; shift: number };
  const passes: Pass[] = [];
  for (const { step: s, maxCount: m } of [...clean].sort((a, b) => b.step - a.step)) {
    if (s > N || m === 0) continue; // the factor is 1 up to x^N
    if (m === undefined || (m + 1) * s > N) passes.push({ kind: 'sum', shift: s });
    else if (m === 1) passes.push({ kind: 'once', shift: s });
    else passes.push({ kind: 'sum', shift: s }, { kind: 'cap', shift: (m + 1) * s });
  }
  const total = passes.reduce((acc, p) => acc + (N - p.shift + 1), 0);
  const series = new LimbSeries(N);
  let done = 0;
  let reported = 0;
  for (const { kind, shift } of passes) {
    if (kind === 'cap') series.subtractShifted(shift);
    else series.addShifted(shift, kind === 'sum');
    done += N - shift + 1;
    if (onProgress && done - reported >= total / 200) { reported = done; onProgress(done / total); }
  }
  if (onProgress && reported < total) onProgress(1);
  return series.toBigInts();
}

/** Largest N for partitionsTable (about 0.5 s: the recurrence costs ~1.1·N^{3/2} BigInt additions). */
export const MAX_TABLE_N = 20_000;

/** p(0) … p(N) by Euler's pentagonal recurrence p(n) = Σ_{k≥1} (−1)^{k+1} [p(n − k(3k−1)/2) + p(n − k(3k+1)/2)]. */
export function partitionsTable(N: number): bigint[] {
  requireInteger('N', N, 0, MAX_TABLE_N);
  return extendPentagonal([1n], N);
}

function extendPentagonal(p: bigint[], N: number): bigint[] {
  for (let i = p.length; i <= N; i++) {
    let s = 0n;
    for (let k = 1; ; k++) {
      const g = (k * (3 * k - 1)) / 2;
      if (g > i) break;
      const term = g + k <= i ? p[i - g] + p[i - g - k] : p[i - g];
      s = k % 2 === 1 ? s + term : s - term;
    }
    p.push(s);
  }
  return p;
}

/** Below this, partitionsP reads a cached pentagonal table (built once, a few ms). */
const SMALL_N = 2000;
let smallTable: bigint[] | null = null;

/**
 * p(n), exact, for 0 ≤ n ≤ 10^8: pentagonal table for n ≤ 2000, else the Rademacher series
 * (rademacher.ts), whose progress `onProgress` hears.
 */
export function partitionsP(n: number, onProgress?: (fraction: number) => void): bigint {
  requireInteger('n', n, 0, MAX_RADEMACHER_N);
  if (n <= SMALL_N) {
    smallTable ??= extendPentagonal([1n], SMALL_N);
    return smallTable[n];
  }
  return partitionsRademacher(n, onProgress);
}

/** One of Ramanujan's congruences p(mod·k + offset) ≡ 0 (mod mod), as checked on a value of p(n). */
export interface RamanujanCheck {
  modulus: number;
  offset: number;
  /** e.g. "p(5k+4) ≡ 0 (mod 5)". */
  label: string;
  /** n ≡ offset (mod modulus), so the congruence says something about this n. */
  applies: boolean;
  /** value mod modulus. */
  remainder: number;
  /** remainder === 0 when it applies; null otherwise. */
  holds: boolean | null;
}

/** Ramanujan 1919 (mod 5, 7, 11) and the prime-square cases mod 25 (Ramanujan), 49 (Watson 1938), 121 (Atkin 1967). */
const CONGRUENCES: ReadonlyArray<readonly [number, number]> = [[5, 4], [7, 5], [11, 6], [25, 24], [49, 47], [121, 116]];

/** Which of Ramanujan's congruences apply to n and whether `value` (claimed to be p(n)) satisfies them. */
export function ramanujanChecks(n: number, value: bigint): RamanujanCheck[] {
  requireInteger('n', n, 0, Number.MAX_SAFE_INTEGER);
  if (typeof value !== 'bigint' || value < 0n) {
    throw new Error(`value must be a non-negative bigint, got ${describe(value)}`);
  }
  return CONGRUENCES.map(([modulus, offset]) => {
    const applies = n % modulus === offset;
    const remainder = Number(value % BigInt(modulus));
    return { modulus, offset, label: `p(${modulus}k+${offset}) ≡ 0 (mod ${modulus})`, applies, remainder, holds: applies ? remainder === 0 : null };
  });
}
