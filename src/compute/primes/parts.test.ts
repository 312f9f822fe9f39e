import { describe, expect, test } from 'vitest';
import { bitPositionSum, popcount, presievedBits, primeBits } from './bits';
import { limbTable, setProductPlus, sumAt } from './limbs';
import { coprimeCountSum, coprimes } from './wheel';
import { primeTable, tableCountSum } from './primeTable';
import { createRng } from '../numerics/random';
import { plainSieve } from './testSieve';

const ref = plainSieve(1_000_000);

describe('bits', () => {
  test('popcount and position sums of words', () => {
    const rng = createRng(1);
    for (let i = 0; i < 500; i++) {
      const v = (rng.int(2 ** 16) << 16) | rng.int(2 ** 16);
      let c = 0, s = 0;
      for (let j = 0; j < 32; j++) if ((v >>> j) & 1) { c++; s += j; }
      expect([popcount(v), bitPositionSum(v)]).toEqual([c, s]);
    }
  });

  test('the pre-sieve keeps exactly the odd numbers without a factor ≤ 17, and the primes 3…17', () => {
    for (const Y of [0, 1, 7, 31, 32, 1000, 15015 * 32 + 77, 600_000]) {
      const bits = presievedBits(Y);
      for (let i = 0; i <= Y; i++) {
        const n = 2 * i + 1;
        const small = [3, 5, 7, 11, 13, 17].filter((q) => n % q === 0);
        const expected = n > 1 && (small.length === 0 || (small.length === 1 && small[0] === n));
        if ((((bits[i >> 5] >>> (i & 31)) & 1) === 1) !== expected) throw new Error(`Y = ${Y}: bit for ${n}`);
      }
      expect(bits.length).toBe((Y >> 5) + 1);
    }
  });

  test('the segmented prime bits match the plain sieve', () => {
    const Y = 499_999; // odd numbers up to 999 999
    const bits = primeBits(Y);
    for (let i = 0; i <= Y; i++) if ((((bits[i >> 5] >>> (i & 31)) & 1) === 1) !== (ref.isPrime[2 * i + 1] === 1)) throw new Error(`bit ${2 * i + 1}`);
  });
});

describe('prime table', () => {
  test('π(v) and prime sums for every v ≤ 20 000 and random v ≤ 10^6', () => {
    const table = primeTable(1_000_000);
    const rng = createRng(2);
    const vs = Array.from({ length: 20_001 }, (_, v) => v);
    for (let i = 0; i < 2000; i++) vs.push(rng.int(1_000_001));
    for (const v of vs) expect([v, tableCountSum(table, v)]).toEqual([v, { count: ref.count[v], sum: ref.sum[v] }]);
  });
});

describe('limbs', () => {
  test('a·b + c stored exactly, up to a·b near 2^85', () => {
    const rng = createRng(4);
    const t = limbTable(1);
    const cases: [number, number, number][] = [[0, 0, 0], [1, 1, -1], [2 ** 42 - 1, 2 ** 42 - 1, 1], [5e12, 5e12, 1], [5e11, 1e12 + 1, -1], [2 ** 21, 2 ** 21, 0]];
    for (let i = 0; i < 300; i++) cases.push([rng.int(2 ** 21) * 2 ** 21 + rng.int(2 ** 21), rng.int(2 ** 20) * 2 ** 21 + rng.int(2 ** 21), rng.int(2 ** 31) - 2 ** 30]);
    for (const [a, b, c] of cases) {
      setProductPlus(t, 0, a, b, c);
      expect([a, b, c, sumAt(t, 0)]).toEqual([a, b, c, BigInt(a) * BigInt(b) + BigInt(c)]);
      expect(Math.abs(t.lo[0])).toBeLessThanOrEqual(2 ** 31);
    }
  });
});

describe('wheel', () => {
  test('coprime counts and sums by period agree with direct counting', () => {
    for (let a = 1; a <= 6; a++) {
      const tab = coprimes(a);
      const primes = [2, 3, 5, 7, 11, 13].slice(0, a);
      let count = 0, sum = 0;
      for (let w = 0; w <= 100_000; w++) {
        if (w >= 1 && primes.every((q) => w % q !== 0)) { count++; sum += w; }
        if (w % 997 === 0 || w < 100) expect([a, w, coprimeCountSum(tab, w)]).toEqual([a, w, { count, sum }]);
      }
    }
  });
});
