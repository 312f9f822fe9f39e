// The sieve of Eratosthenes, segmented: the odd numbers up to x pass through a 32 KB window of bits,
// and every prime p ≤ √x crosses out its odd multiples from p² on, window by window. The primes that
// remain are counted and added up per window (a window's sum stays below 2^53), then added to a
// BigInt total. Memory is √x, time about x·ln ln x: the race widget's first runner.
import { hasBit, popcount, primeBits, wordNumberSum } from './bits';
import { throttled, type Progress } from './progress';

/** Largest x the sieve accepts (tens of seconds in a browser there). */
export const MAX_SIEVE_X = 10_000_000_000;

/** Bits per window. */
const WINDOW = 1 << 18;

export interface SieveResult {
  count: bigint;
  sum: bigint;
  /** Cross-outs performed (a number crossed by several primes counts each time). */
  crossOuts: number;
}

/** The odd primes ≤ n (n < 2^31), ascending. */
export function oddPrimesUpTo(n: number): Int32Array {
  if (n < 3) return new Int32Array(0);
  const Y = (n - 1) >> 1;
  const bits = primeBits(Y);
  let k = 0;
  for (let w = 0; w < bits.length; w++) k += popcount(bits[w]);
  const out = new Int32Array(k);
  for (let i = 1, j = 0; i <= Y; i++) if (hasBit(bits, i)) out[j++] = 2 * i + 1;
  return out;
}

/** π(x) and Σ_{p ≤ x} p by the segmented sieve, for an integer 0 ≤ x ≤ MAX_SIEVE_X (checked by the caller). */
export function sievePrimeSums(x: number, onProgress?: Progress): SieveResult {
  const report = throttled(onProgress);
  if (x < 2) return { count: 0n, sum: 0n, crossOuts: 0 };
  const primes = oddPrimesUpTo(Math.floor(Math.sqrt(x)));
  const next = new Float64Array(primes.length);
  primes.forEach((p, t) => (next[t] = (p * p - 1) / 2));
  const Y = Math.floor((x - 1) / 2); // odd numbers 1…2Y + 1 ≤ x
  const window = new Int32Array(WINDOW / 32);
  let count = 1, sum = 2n, crossOuts = 0;
  for (let lo = 0; lo <= Y; lo += WINDOW) {
    const hi = Math.min(Y + 1, lo + WINDOW);
    window.fill(-1);
    if (lo === 0) window[0] &= ~1; // 1
    for (let t = 0; t < primes.length; t++) {
      let i = next[t];
      if (i >= hi) continue;
      const p = primes[t];
      const before = i;
      for (; i < hi; i += p) window[(i - lo) >> 5] &= ~(1 << ((i - lo) & 31));
      crossOuts += (i - before) / p;
      next[t] = i;
    }
    const bitsHere = hi - lo;
    let c = 0, s = 0;
    const firstWord = lo / 32; // lo is a multiple of WINDOW (and may pass 2^31, so no shifts)
    for (let w = 0; w * 32 < bitsHere; w++) {
      const left = bitsHere - w * 32;
      const v = left >= 32 ? window[w] : window[w] & ((1 << left) - 1);
      c += popcount(v);
      s += wordNumberSum(v, firstWord + w);
    }
    count += c;
    sum += BigInt(s);
    report(hi / (Y + 1));
  }
  return { count: BigInt(count), sum, crossOuts };
}

/** The primes in [lo, hi] (0 ≤ lo ≤ hi < 2^53, hi − lo ≤ 2^26), ascending, by sieving the interval. */
export function primesBetween(lo: number, hi: number): number[] {
  const from = Math.max(lo, 2);
  if (hi < from) return [];
  const span = hi - from + 1;
  const composite = new Uint8Array(span);
  const root = Math.floor(Math.sqrt(hi));
  const small = oddPrimesUpTo(root);
  const mark = (p: number) => {
    let m = Math.max(p * p, Math.ceil(from / p) * p);
    for (; m <= hi; m += p) composite[m - from] = 1;
  };
  mark(2);
  small.forEach(mark);
  const out: number[] = [];
  for (let j = 0; j < span; j++) if (!composite[j]) out.push(from + j);
  return out;
}
