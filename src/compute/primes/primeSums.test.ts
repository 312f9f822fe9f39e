import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { primeSums } from './index';
import { ARTICLE, PI_POWERS_OF_TEN, SUM_BY_DIGITS, SUM_POWERS_OF_TEN } from './reference';
import { createRng } from '../numerics/random';
import { isPrimeByTrialDivision, plainSieve } from './testSieve';

describe('primeSums against published values', () => {
  test('the reference sums are the partial sums of the n-digit sums (two OEIS entries agree)', () => {
    let total = 0n;
    SUM_BY_DIGITS.forEach((s, i) => {
      total += s;
      expect(total).toBe(SUM_POWERS_OF_TEN[i + 1]);
    });
  });

  test.each(PI_POWERS_OF_TEN.map((count, k) => [k, count, SUM_POWERS_OF_TEN[k]] as const))('x = 10^%i', { timeout: 300_000 }, (k, count, sum) => {
    expect(primeSums(10n ** BigInt(k))).toEqual({ count, sum });
  });

  test("the article's first question: the primes below two million", () => {
    expect(primeSums(2_000_000)).toEqual({ count: ARTICLE.primesBelowTwoMillion, sum: ARTICLE.sumBelowTwoMillion });
  });
});

describe('primeSums against a plain sieve', () => {
  const N = 10_000_000;
  const ref = plainSieve(N);
  test('small x, one by one (0 … 2000)', () => {
    for (let x = 0; x <= 2000; x++) expect([x, primeSums(x)]).toEqual([x, { count: BigInt(ref.count[x]), sum: BigInt(ref.sum[x]) }]);
  });

  test('400 random x ≤ 10^7 (seeded)', () => {
    const rng = createRng(19);
    for (let i = 0; i < 400; i++) {
      const x = rng.int(N + 1);
      expect([x, primeSums(x)]).toEqual([x, { count: BigInt(ref.count[x]), sum: BigInt(ref.sum[x]) }]);
    }
  });

  test('property: primeSums(x) − primeSums(x − 1) is (1, x) for a prime x and (0, 0) otherwise', { timeout: 300_000 }, () => {
    const step = (x: number) => {
      const a = primeSums(x), b = primeSums(x - 1);
      const prime = isPrimeByTrialDivision(x);
      return a.count - b.count === (prime ? 1n : 0n) && a.sum - b.sum === (prime ? BigInt(x) : 0n);
    };
    fc.assert(fc.property(fc.integer({ min: 1, max: N }), step), { numRuns: 300, seed: 19 });
    // Past the plain sieve's reach (trial division decides), and at squares of primes and their neighbours.
    fc.assert(fc.property(fc.integer({ min: N + 1, max: 10_000_000_000 }), step), { numRuns: 20, seed: 20 });
    for (const x of [10_007 ** 2, 10_007 ** 2 + 2, 99_991 * 100_003, 100_003]) expect(step(x), String(x)).toBe(true);
  });
});

describe('primeSums arguments', () => {
  test.each([
    [-1, 'x must be a non-negative integer ≤ 10000000000000, got -1'],
    [2.5, 'x must be a non-negative integer ≤ 10000000000000, got 2.5'],
    [NaN, 'x must be a non-negative integer ≤ 10000000000000, got NaN'],
    ['1000', "x must be a non-negative integer ≤ 10000000000000, got '1000'"],
    [10 ** 13 + 1, 'x must be a non-negative integer ≤ 10000000000000, got 10000000000001'],
    [Infinity, 'x must be a non-negative integer ≤ 10000000000000, got Infinity'],
    [-1n, 'x must be a non-negative integer ≤ 10000000000000, got -1n'],
    [10n ** 20n, 'x must be a non-negative integer ≤ 10000000000000, got 100000000000000000000n'],
    [null, 'x must be a non-negative integer ≤ 10000000000000, got null'],
  ])('%s is refused', (x, message) => {
    expect(() => primeSums(x as number)).toThrow(message);
  });

  test('a bigint in range is accepted', () => {
    expect(primeSums(100n)).toEqual({ count: 25n, sum: 1060n });
  });
});
