import { describe, expect, test } from 'vitest';
import { fastPrimeSums } from './fast';
import { lucyPrimeSums, lucyPrimeSumsBigInt } from './lucy';
import { primesBetween, sievePrimeSums } from './sieve';
import { createRng } from '../numerics/random';
import { PI_POWERS_OF_TEN, SUM_POWERS_OF_TEN } from './reference';
import { plainSieve } from './testSieve';

const N = 3_000_000;
const ref = plainSieve(N);
const want = (x: number) => ({ count: BigInt(ref.count[x]), sum: BigInt(ref.sum[x]) });
const xs = (() => {
  const rng = createRng(7);
  const out = [0, 1, 2, 3, 4, 9, 24, 25, 48, 49, 288, 289, 290, 360, 361, 362, 1000, 65535, 65536, N];
  for (let i = 0; i < 150; i++) out.push(rng.int(N + 1));
  return out;
})();

describe('the three methods agree with a plain sieve', () => {
  test('segmented sieve', () => {
    for (const x of xs) {
      const r = sievePrimeSums(x);
      expect([x, r.count, r.sum]).toEqual([x, want(x).count, want(x).sum]);
    }
  });

  test("Lucy_Hedgehog's recursion, with limb sums and with BigInt sums", () => {
    for (const x of xs) {
      expect([x, lucyPrimeSums(x).count, lucyPrimeSums(x).sum]).toEqual([x, want(x).count, want(x).sum]);
      expect([x, lucyPrimeSumsBigInt(x)]).toEqual([x, want(x)]);
    }
  });

  test('the fast method at every split y from 1000 up to x itself', () => {
    for (const yFactor of [0.001, 0.05, 0.25, 1, 4, 1000]) {
      for (const x of xs) {
        const r = fastPrimeSums(x, undefined, yFactor);
        expect([x, yFactor, r.count, r.sum]).toEqual([x, yFactor, want(x).count, want(x).sum]);
      }
    }
  });
});

describe('the methods at published values', () => {
  test.each([8, 9, 10])('10^%i by the sieve, the recursion and the fast method', { timeout: 300_000 }, (k) => {
    const x = 10 ** k, expected = { count: PI_POWERS_OF_TEN[k], sum: SUM_POWERS_OF_TEN[k] };
    if (k <= 9) expect(sievePrimeSums(x)).toMatchObject(expected);
    expect(lucyPrimeSums(x)).toMatchObject(expected);
    if (k <= 9) expect(lucyPrimeSumsBigInt(x)).toEqual(expected);
    expect(fastPrimeSums(x, undefined, 4)).toMatchObject(expected);
  });
});

describe('work counts', () => {
  test('the sieve counts every cross-out, repeats included: Σ_{p ≤ √x} (⌊(x − p²)/(2p)⌋ + 1) over odd p', () => {
    const x = 100_000;
    let expected = 0;
    for (let p = 3; p * p <= x; p += 2) if (ref.isPrime[p]) expected += Math.floor((x - p * p) / (2 * p)) + 1;
    expect(sievePrimeSums(x).crossOuts).toBe(expected);
  });

  test('the recursion counts one update per table entry v and prime p with p² ≤ v', () => {
    // Its table holds ⌊x/i⌋ for i ≤ r and v ≤ r: for x = 10^4 the value 100 sits in both halves.
    const x = 10_000, r = 100, entries: number[] = [];
    for (let i = 1; i <= r; i++) entries.push(Math.floor(x / i));
    for (let v = 1; v <= r; v++) entries.push(v);
    let expected = 0;
    for (let p = 2; p <= r; p++) if (ref.isPrime[p]) for (const v of entries) if (v >= p * p) expected++;
    expect(lucyPrimeSums(x).updates).toBe(expected);
  });

  test('the fast method reports its split and keeps its work well below the recursion', () => {
    const { work } = fastPrimeSums(1e9);
    expect(work.large).toBe(Math.floor(1e9 / (work.y + 1)));
    const total = work.crossOuts + work.treeQueries + work.tableLookups + work.largeUpdates;
    expect(total).toBeLessThan(lucyPrimeSums(1e9).updates / 5);
  });
});

describe('primesBetween', () => {
  test('matches the plain sieve on stretches, including 0, 1, 2 and an empty range', () => {
    const rng = createRng(3);
    const cases: [number, number][] = [[0, 100], [2, 2], [90, 96], [5, 4]];
    for (let i = 0; i < 30; i++) {
      const lo = rng.int(N - 5000);
      cases.push([lo, lo + rng.int(5000)]);
    }
    for (const [lo, hi] of cases) {
      const expected: number[] = [];
      for (let n = Math.max(lo, 0); n <= hi; n++) if (ref.isPrime[n]) expected.push(n);
      expect([lo, hi, primesBetween(lo, hi)]).toEqual([lo, hi, expected]);
    }
  });
});
