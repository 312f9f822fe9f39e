// π(v) and the sum of the primes ≤ v for every v ≤ y, in y/8 bytes: per group of four words (128
// odd numbers) one 32-byte record holds the count and sum of the primes in the words before it and
// the four words of bits themselves, so a look-up touches one record: the prefix, plus the set bits of
// at most four words (byte tables, bits.ts). Sums are exact in float64: every sum kept is at most
// the sum of the odd numbers ≤ y, about y²/4, below 2^53 for y ≤ MAX_TABLE_Y.
import { hasBit, popcount, primeBits, wordNumberSum } from './bits';

/** Largest y a table may cover: y²/4 < 2^53, and y/8 bytes (22 MB) of memory. */
export const MAX_TABLE_Y = 180_000_000;

export interface PrimeTable {
  /** The table covers v ≤ y. */
  y: number;
  /** Record g at f64 [4g, 4g + 1]: count and sum of the odd primes in words < 4g. */
  prefix: Float64Array;
  /** Record g's words at i32 [8g + 4 … 8g + 7] (the same buffer as `prefix`). */
  words: Int32Array;
}

/** The table of odd primes ≤ y (y ≥ 1). */
export function primeTable(y: number): PrimeTable {
  const Y = (y - 1) >> 1;
  return tableOf(primeBits(Y), y);
}

/** The table over given odd-number bits (bit i = 2i + 1), covering v ≤ y. */
export function tableOf(bits: Int32Array, y: number): PrimeTable {
  const groups = (bits.length >> 2) + 1;
  const buffer = new ArrayBuffer(32 * groups);
  const prefix = new Float64Array(buffer);
  const words = new Int32Array(buffer);
  let count = 0, sum = 0;
  for (let g = 0; g < groups; g++) {
    prefix[4 * g] = count;
    prefix[4 * g + 1] = sum;
    for (let t = 0; t < 4; t++) {
      const w = 4 * g + t;
      const v = w < bits.length ? bits[w] : 0;
      words[8 * g + 4 + t] = v;
      count += popcount(v);
      sum += wordNumberSum(v, w);
    }
  }
  return { y, prefix, words };
}

/** Whether the odd number n ≤ y is prime, by the table. */
export function tableHasPrime(table: PrimeTable, n: number): boolean {
  const i = (n - 1) >> 1, W = i >> 5;
  return ((table.words[8 * (W >> 2) + 4 + (W & 3)] >>> (i & 31)) & 1) === 1;
}

/** π(v) and the sum of the primes ≤ v, for 0 ≤ v ≤ y (the prime 2 included). */
export function tableCountSum(table: PrimeTable, v: number): { count: number; sum: number } {
  if (v < 2) return { count: 0, sum: 0 };
  const i = (v - 1) >> 1, W = i >> 5, g = W >> 2;
  const { prefix, words } = table;
  let count = 1 + prefix[4 * g], sum = 2 + prefix[4 * g + 1];
  for (let w = 4 * g; w <= W; w++) {
    const bits = words[8 * g + 4 + (w & 3)] & (w < W ? -1 : -1 >>> (31 - (i & 31)));
    count += popcount(bits);
    sum += wordNumberSum(bits, w);
  }
  return { count, sum };
}

/** The odd primes ≤ n as an array, read from bits (bit i = 2i + 1), with 2 first. */
export function primesFromBits(bits: Int32Array, n: number): number[] {
  const out = n >= 2 ? [2] : [];
  for (let m = 3; m <= n; m += 2) if (hasBit(bits, (m - 1) >> 1)) out.push(m);
  return out;
}
