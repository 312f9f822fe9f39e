// Odd numbers as bits: bit i of the array stands for n = 2i + 1 (word i >> 5, bit i & 31), so a
// sieve up to y takes y/16 bytes. Counts and sums over a word come from two 256-entry byte tables
// (how many bits are set, and the sum of their positions), which stay in the fastest cache.

/** PC8[b]: set bits of the byte b. OS8[b]: sum of the positions (0…7) of those bits. */
export const PC8 = new Uint8Array(256);
export const OS8 = new Uint16Array(256);
for (let b = 0; b < 256; b++) {
  for (let j = 0; j < 8; j++) {
    if ((b >> j) & 1) {
      PC8[b]++;
      OS8[b] += j;
    }
  }
}

/** Number of set bits of a 32-bit word. */
export function popcount(v: number): number {
  return PC8[v & 255] + PC8[(v >>> 8) & 255] + PC8[(v >>> 16) & 255] + PC8[v >>> 24];
}

/** Sum of the positions (0…31) of the set bits of a 32-bit word. */
export function bitPositionSum(v: number): number {
  const b1 = (v >>> 8) & 255, b2 = (v >>> 16) & 255, b3 = v >>> 24;
  return OS8[v & 255] + OS8[b1] + 8 * PC8[b1] + OS8[b2] + 16 * PC8[b2] + OS8[b3] + 24 * PC8[b3];
}

/** Sum of the odd numbers whose bits are set in word `w` with bits `v`: Σ (2(32w + j) + 1). */
export function wordNumberSum(v: number, w: number): number {
  return popcount(v) * (64 * w + 1) + 2 * bitPositionSum(v);
}

/** Whether bit i is set. */
export function hasBit(bits: Int32Array, i: number): boolean {
  return ((bits[i >> 5] >>> (i & 31)) & 1) === 1;
}

/** The odd primes the pre-sieve removes by pattern (their multiples repeat every 3·5·7·11·13 odd numbers). */
export const WHEEL = [3, 5, 7, 11, 13] as const;
const WHEEL_PERIOD = 15015; // 3·5·7·11·13 odd numbers; 32 periods are exactly this many words

/** Pre-sieve limit: after `presievedBits`, no survivor has a prime factor ≤ this, except the primes themselves. */
export const PRESIEVE_MAX = 17;

/**
 * Bits for the odd numbers 1, 3, …, 2Y + 1: set for those with no prime factor ≤ 17, and for the
 * primes 3…17 themselves; 1 is cleared. The multiples of 3…13 are copied from one period of the
 * pattern; 17's are crossed out one by one.
 */
export function presievedBits(Y: number): Int32Array {
  const words = (Y >> 5) + 1;
  const bits = new Int32Array(words);
  const tileWords = Math.min(words, WHEEL_PERIOD);
  const tile = bits.subarray(0, tileWords);
  tile.fill(-1);
  for (const q of WHEEL) for (let i = (q - 1) >> 1; i < 32 * tileWords; i += q) tile[i >> 5] &= ~(1 << (i & 31));
  for (let at = tileWords; at < words; at += tileWords) bits.set(tile.subarray(0, Math.min(tileWords, words - at)), at);
  for (let i = (17 * 17 - 1) >> 1; i <= Y; i += 17) bits[i >> 5] &= ~(1 << (i & 31));
  for (const q of WHEEL) if (q <= 2 * Y + 1) bits[(q - 1) >> 6] |= 1 << (((q - 1) >> 1) & 31);
  bits[0] &= ~1; // 1 is not prime
  const tail = (Y + 1) & 31;
  if (tail) bits[words - 1] &= (1 << tail) - 1;
  return bits;
}

/** Bits per segment of the full sieve: 2^18 bits = 32 KB, which stays in cache while every prime crosses it. */
const SEGMENT_BITS = 1 << 18;

/** Bits set exactly for the odd primes ≤ 2Y + 1 (a segmented sieve of Eratosthenes on the pre-sieved pattern). */
export function primeBits(Y: number): Int32Array {
  const bits = presievedBits(Y);
  const top = 2 * Y + 1;
  const root = Math.floor(Math.sqrt(top));
  // The sieving primes 19…√top come from the head of the array, sieved first by themselves.
  const headEnd = (root - 1) >> 1;
  for (let p = 19; p * p <= root; p += 2) {
    if (!hasBit(bits, (p - 1) >> 1)) continue;
    for (let i = (p * p - 1) >> 1; i <= headEnd; i += p) bits[i >> 5] &= ~(1 << (i & 31));
  }
  const sieving: number[] = [];
  for (let p = 19; p <= root; p += 2) if (hasBit(bits, (p - 1) >> 1)) sieving.push(p);
  const next = new Float64Array(sieving.length);
  sieving.forEach((p, t) => (next[t] = (p * p - 1) >> 1));
  for (let lo = 0; lo <= Y; lo += SEGMENT_BITS) {
    const hi = Math.min(Y + 1, lo + SEGMENT_BITS);
    for (let t = 0; t < sieving.length; t++) next[t] = crossSegment(bits, sieving[t], next[t], hi);
  }
  return bits;
}

/** Clears bits i, i + p, … below `hi`; returns the first index not crossed. */
function crossSegment(bits: Int32Array, p: number, i: number, hi: number): number {
  for (; i < hi; i += p) bits[i >> 5] &= ~(1 << (i & 31));
  return i;
}
