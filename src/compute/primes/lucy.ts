// Lucy_Hedgehog's recursion (Project Euler, problem 10 forum). S(v, p) adds up the numbers 2…v that
// are prime or have no prime factor ≤ p; removing the prime p takes away p times each number with
// smallest factor p:
//   S(v, p) = S(v, p−1) − p·[S(⌊v/p⌋, p−1) − S(p−1, p−1)]        (and the same with 1 for counts),
// starting from S(v, 1) = v(v+1)/2 − 1, for the √x-ish distinct values v = ⌊x/k⌋ only, since
// ⌊⌊x/k⌋/p⌋ = ⌊x/(kp)⌋. After the last prime ≤ √x, S(x) is the sum of the primes ≤ x. The values
// v ≤ r = ⌊√x⌋ sit in plain arrays (their sums stay below 2^53); v = ⌊x/i⌋ for i ≤ r in a limb
// table (limbs.ts). About x^{3/4}/ln x updates in all.
import { limbTable, setProductPlus, subtractScaled, sumAt, type LimbTable } from './limbs';
import { subtractFromLarge } from './lucyUpdates';
import { throttled, type Progress } from './progress';

/** Largest x for the plain recursion (its initial sums x²/2 must stay below 2^85). */
export const MAX_LUCY_X = 1_000_000_000_000;

export interface LucyResult {
  count: bigint;
  sum: bigint;
  /** Table updates performed, one per (v, p) with p² ≤ v. */
  updates: number;
}

/** π(x) and Σ_{p ≤ x} p by the plain recursion, for an integer 0 ≤ x ≤ MAX_LUCY_X (checked by the caller). */
export function lucyPrimeSums(x: number, onProgress?: Progress): LucyResult {
  const report = throttled(onProgress);
  if (x < 2) return { count: 0n, sum: 0n, updates: 0 };
  const r = Math.floor(Math.sqrt(x));
  const smallCount = new Float64Array(r + 1), smallSum = new Float64Array(r + 1);
  for (let v = 1; v <= r; v++) {
    smallCount[v] = v - 1;
    smallSum[v] = (v * (v + 1)) / 2 - 1;
  }
  const large = limbTable(r + 1);
  const all = Int32Array.from({ length: r }, (_, j) => j + 1); // every entry, in order: the plain recursion keeps them all
  for (let i = 1; i <= r; i++) {
    const v = Math.floor(x / i);
    large.count[i] = v - 1;
    if (v % 2 === 0) setProductPlus(large, i, v / 2, v + 1, -1);
    else setProductPlus(large, i, v, (v + 1) / 2, -1);
  }
  let updates = 0;
  for (let p = 2; p <= r; p++) {
    if (smallCount[p] === smallCount[p - 1]) continue; // p was removed: not prime
    const c0 = smallCount[p - 1], s0 = smallSum[p - 1];
    const iMax = Math.min(r, Math.floor(x / (p * p)));
    const iLarge = Math.min(iMax, Math.floor(r / p));
    subtractFromLarge(large, p, all, iLarge, c0, s0);
    subtractFromSmall(large, x, p, iLarge, iMax, smallCount, smallSum, c0, s0);
    updates += iMax + Math.max(0, r - p * p + 1);
    for (let v = r; v >= p * p; v--) {
      const w = Math.floor(v / p);
      smallCount[v] -= smallCount[w] - c0;
      smallSum[v] -= p * (smallSum[w] - s0);
    }
    report((p * p) / (r + 1));
  }
  report(1);
  return { count: BigInt(large.count[1]), sum: sumAt(large, 1), updates };
}

/** Large entries i0 < i ≤ i1 whose ⌊x/(ip)⌋ ≤ r: the difference comes from the small arrays. */
function subtractFromSmall(t: LimbTable, x: number, p: number, i0: number, i1: number,
  smallCount: Float64Array, smallSum: Float64Array, c0: number, s0: number): void {
  const count = t.count, hi = t.hi, lo = t.lo;
  for (let i = i0 + 1; i <= i1; i++) {
    const w = Math.floor(x / (i * p));
    count[i] -= smallCount[w] - c0;
    subtractScaled(hi, lo, i, p, smallSum[w] - s0);
  }
}

/**
 * The same recursion with the large sums as BigInt (one allocation per update): kept to measure the
 * limb table against the obvious exact representation (`npm run bench`).
 */
export function lucyPrimeSumsBigInt(x: number): { count: bigint; sum: bigint } {
  if (x < 2) return { count: 0n, sum: 0n };
  const r = Math.floor(Math.sqrt(x));
  const smallCount = new Float64Array(r + 1), smallSum = new Float64Array(r + 1);
  for (let v = 1; v <= r; v++) {
    smallCount[v] = v - 1;
    smallSum[v] = (v * (v + 1)) / 2 - 1;
  }
  const largeCount = new Float64Array(r + 1);
  const largeSum: bigint[] = [0n];
  for (let i = 1; i <= r; i++) {
    const v = BigInt(Math.floor(x / i));
    largeCount[i] = Number(v) - 1;
    largeSum.push((v * (v + 1n)) / 2n - 1n);
  }
  for (let p = 2; p <= r; p++) {
    if (smallCount[p] === smallCount[p - 1]) continue;
    const c0 = smallCount[p - 1], s0 = smallSum[p - 1], bigP = BigInt(p), bigS0 = BigInt(s0);
    const iMax = Math.min(r, Math.floor(x / (p * p)));
    for (let i = 1; i <= iMax; i++) {
      const d = i * p;
      if (d <= r) {
        largeCount[i] -= largeCount[d] - c0;
        largeSum[i] -= bigP * (largeSum[d] - bigS0);
      } else {
        const w = Math.floor(x / d);
        largeCount[i] -= smallCount[w] - c0;
        largeSum[i] -= bigP * BigInt(smallSum[w] - s0);
      }
    }
    for (let v = r; v >= p * p; v--) {
      const w = Math.floor(v / p);
      smallCount[v] -= smallCount[w] - c0;
      smallSum[v] -= p * (smallSum[w] - s0);
    }
  }
  return { count: BigInt(largeCount[1]), sum: largeSum[1] };
}
