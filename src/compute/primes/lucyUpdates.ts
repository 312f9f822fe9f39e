// Two inner loops of the fast method, on the large-value table t (entry k stands for v = ⌊x/k⌋) and
// over the entries still live (`live[j0…j1)`, see fast.ts): an update whose ⌊v/p⌋ is itself a large
// value, and one whose ⌊v/p⌋ is small enough to read π and the prime sum from a finished PrimeTable.
// The limb arithmetic is written out (limbs.ts explains it) because these loops run millions of times.
import { INV_LIMB, LIMB, subtractScaled, subtractScaledEntry, type LimbTable } from './limbs';
import { popcount, wordNumberSum } from './bits';
import type { PrimeTable } from './primeTable';

/**
 * For k = live[j], j < j1 (k·p within t): entry k −= entry k·p − (primes below p), sums scaled by p.
 * With an ascending list each entry k·p is read before it is itself updated for p, as the plain
 * recursion needs; the fast method never updates an entry it reads (fast.ts).
 */
export function subtractFromLarge(t: LimbTable, p: number, live: Int32Array, j1: number, belowCount: number, belowSum: number): void {
  const count = t.count, hi = t.hi, lo = t.lo;
  const bh = Math.round(belowSum * INV_LIMB), bl = belowSum - bh * LIMB;
  for (let j = 0; j < j1; j++) {
    const k = live[j], m = k * p;
    count[k] -= count[m] - belowCount;
    subtractScaledEntry(hi, lo, k, m, p, bh, bl);
  }
}

/**
 * For k = live[j], j0 ≤ j < j1, where w = ⌊x/(kp)⌋ < p²: no composite ≤ w survives the primes below
 * p, so S(w, p−1) is just π(w) (and the prime sum), read from the finished table.
 */
export function subtractFromTable(t: LimbTable, x: number, p: number, live: Int32Array, j0: number, j1: number, table: PrimeTable, belowCount: number, belowSum: number): void {
  const count = t.count, hi = t.hi, lo = t.lo;
  const { prefix, words } = table;
  for (let j = j0; j < j1; j++) {
    const k = live[j], w = Math.floor(x / (k * p));
    const i = (w - 1) >> 1, W = i >> 5, g = W >> 2;
    let c = 1 - belowCount + prefix[4 * g], d = 2 - belowSum + prefix[4 * g + 1];
    for (let u = 4 * g; u <= W; u++) {
      const v = words[8 * g + 4 + (u & 3)] & (u < W ? -1 : -1 >>> (31 - (i & 31)));
      c += popcount(v);
      d += wordNumberSum(v, u);
    }
    count[k] -= c;
    subtractScaled(hi, lo, k, p, d);
  }
}

/** 1 and the odd numbers up to L, ascending: the entries still live once 2 is removed (fast.ts). */
export function oddNumbersUpTo(L: number): Int32Array {
  const out = new Int32Array((L + 1) >> 1);
  for (let j = 0; j < out.length; j++) out[j] = 2 * j + 1;
  return out;
}

/** How many of live[0…n) are ≤ bound (live ascending). */
export function countAtMost(live: Int32Array, n: number, bound: number): number {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (live[mid] <= bound) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
