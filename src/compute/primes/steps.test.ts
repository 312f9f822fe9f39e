import { describe, expect, test } from 'vitest';
import { sieveBoard, sieveWorkCurve } from './sieveSteps';
import { lucySteps } from './lucySteps';
import { plainSieve } from './testSieve';

const ref = plainSieve(100_000);

describe('sieveBoard', () => {
  test('after the last step the survivors 2…N are exactly the primes, each composite first crossed by its least prime factor', () => {
    for (const N of [2, 3, 4, 30, 120, 1000, 3000]) {
      const b = sieveBoard(N);
      expect(b.primes).toEqual([2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53].filter((p) => p * p <= N));
      let primes = 0;
      for (let n = 2; n <= N; n++) {
        expect([n, b.timesCrossed[n] === 0]).toEqual([n, ref.isPrime[n] === 1]);
        if (b.timesCrossed[n] === 0) primes++;
        else {
          let spf = 2;
          while (n % spf) spf++;
          expect(b.primes[b.firstStep[n] - 1]).toBe(spf);
        }
      }
      expect(b.primeCount).toBe(primes);
    }
  });

  test('work per step: the multiples of p from p², and the new ones among them', () => {
    const b = sieveBoard(100);
    expect(b.crossOuts).toEqual([49, 31, 16, 8]); // p = 2: 4…100; 3: 9…99; 5: 25…100; 7: 49…98
    expect(b.firstTime).toEqual([49, 16, 6, 3]); // 5: 25 35 55 65 85 95; 7: 49 77 91
    expect(b.firstTime.reduce((a, c) => a + c, 0)).toBe(100 - 25 - 1);
  });

  test.each([[1, 'N must be an integer in [2, 3000], got 1'], [3001, 'N must be an integer in [2, 3000], got 3001'], [12.5, 'N must be an integer in [2, 3000], got 12.5']])('N = %s is refused', (N, message) => {
    expect(() => sieveBoard(N)).toThrow(message);
  });
});

describe('sieveWorkCurve', () => {
  test('the cross-outs match the board at small N and grow like N ln ln N', () => {
    const c = sieveWorkCurve(3000, 5);
    for (let i = 0; i < c.N.length; i++) {
      const b = sieveBoard(c.N[i]);
      expect(c.crossOuts[i]).toBe(b.crossOuts.reduce((a, v) => a + v, 0));
    }
    const big = sieveWorkCurve(1e12, 3);
    expect(big.N[2]).toBe(1e12);
    // Mertens' form is within 0.1 % at 10^12; the bare leading term is 10 % off.
    expect(Math.abs(big.crossOuts[2] / big.mertens[2] - 1)).toBeLessThan(1e-3);
    expect(Math.abs(big.crossOuts[2] / big.leading[2] - 1)).toBeGreaterThan(0.05);
  });
});

describe('lucySteps', () => {
  test('x = 100: the values, the primes, and the last row is π (count) or the prime sums (sum)', () => {
    const c = lucySteps(100, 'count');
    expect(Array.from(c.values)).toEqual([100, 50, 33, 25, 20, 16, 14, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(c.primes).toEqual([2, 3, 5, 7]);
    const n = c.values.length, last = Array.from(c.rows.subarray(4 * n));
    expect(last).toEqual(Array.from(c.values, (v) => ref.count[v]));
    const s = lucySteps(100, 'sum');
    expect(Array.from(s.rows.subarray(4 * n))).toEqual(Array.from(s.values, (v) => ref.sum[v]));
  });

  test('every step follows S(v,p) = S(v,p−1) − p·[S(⌊v/p⌋,p−1) − S(p−1,p−1)] as recorded', () => {
    for (const x of [1, 2, 10, 97, 1000, 99_991, 100_000]) {
      for (const mode of ['count', 'sum'] as const) {
        const t = lucySteps(x, mode), n = t.values.length;
        t.primes.forEach((p, s) => {
          const before = t.rows.subarray(s * n, (s + 1) * n), after = t.rows.subarray((s + 1) * n, (s + 2) * n);
          for (let i = 0; i < n; i++) {
            const q = t.quotient[s * n + i];
            if (q < 0) expect(after[i]).toBe(before[i]);
            else {
              expect(t.values[q]).toBe(Math.floor(t.values[i] / p));
              expect(after[i]).toBe(before[i] - (mode === 'count' ? 1 : p) * (before[q] - before[t.below[s]]));
            }
          }
          expect(t.values[t.below[s]]).toBe(p - 1);
        });
        const last = t.rows.subarray(t.primes.length * n);
        expect(Array.from(last)).toEqual(Array.from(t.values, (v) => (mode === 'count' ? ref.count[v] : ref.sum[v])));
      }
    }
  });

  test('arguments', () => {
    expect(() => lucySteps(0, 'sum')).toThrow('x must be a positive integer ≤ 100000, got 0');
    expect(() => lucySteps(100, 'product' as 'sum')).toThrow("mode must be one of count, sum, got 'product'");
  });
});
