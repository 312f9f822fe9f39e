import { describe, expect, test } from 'vitest';
import { li, liInverse, nthPrime, sumFirstPrimes } from './index';
import { nthPrimeAndSum } from './nth';
import { ARTICLE, PRIME_AT_POWERS_OF_TEN, SUM_FIRST_BILLION, SUM_FIRST_POWERS_OF_SEVEN } from './reference';
import { createRng } from '../numerics/random';
import fc from 'fast-check';
import { isPrimeByTrialDivision, plainSieve } from './testSieve';
import { primeSums } from './primeSums';

describe('li and its inverse', () => {
  test('published values of li(x)', () => {
    // mpmath 1.3.0 at 30 digits (mpmath.li), computed by hand on this machine.
    const cases: [number, number][] = [[2, 1.045163780117493], [1e6, 78627.54915946219], [1e9, 50849234.9570018], [4e12, 142966269973.67947], [1e26, 1.699246750872593e24]];
    for (const [x, value] of cases) expect(Math.abs(li(x) / value - 1), String(x)).toBeLessThan(2e-14);
  });

  test('liInverse undoes li', () => {
    for (const n of [2, 10, 1000, 2e6, 5e7, 1e9, 1e12]) expect(li(liInverse(n)) / n).toBeCloseTo(1, 12);
  });
});

describe('nthPrime and sumFirstPrimes', () => {
  const ref = plainSieve(2_100_000);
  const primes: number[] = [];
  ref.isPrime.forEach((b, n) => b && primes.push(n));

  test('every n ≤ 600, and 150 random n up to 150 000, against a plain sieve', () => {
    const rng = createRng(11);
    const ns = Array.from({ length: 600 }, (_, i) => i + 1);
    for (let i = 0; i < 150; i++) ns.push(1 + rng.int(150_000));
    let prefix = 0n;
    const prefixSums = primes.map((p) => (prefix += BigInt(p)));
    for (const n of ns) expect([n, nthPrimeAndSum(n)]).toEqual([n, { prime: primes[n - 1], sum: prefixSums[n - 1] }]);
  });

  test('property: past the plain sieve, p_n is prime, π(p_n) = n, π(p_n − 1) = n − 1, and the sums agree', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 150_001, max: 50_000_000 }), (n) => {
        const { prime, sum } = nthPrimeAndSum(n);
        const at = primeSums(prime), before = primeSums(prime - 1);
        return isPrimeByTrialDivision(prime) && at.count === BigInt(n) && before.count === BigInt(n - 1) && at.sum === sum;
      }),
      { numRuns: 25, seed: 12 },
    );
  });

  test.each(PRIME_AT_POWERS_OF_TEN.map((p, k) => [k, p] as const))('the 10^%i-th prime is %i (OEIS A006988)', { timeout: 120_000 }, (k, p) => {
    expect(nthPrime(10 ** k)).toBe(p);
  });

  test.each(SUM_FIRST_POWERS_OF_SEVEN.map((s, k) => [k, s] as const))('the first 7^%i primes add up to %s (OEIS A113635)', { timeout: 120_000 }, (k, s) => {
    expect(sumFirstPrimes(7 ** k)).toBe(s);
  });

  test("the article's second question, and the first billion primes", { timeout: 300_000 }, () => {
    expect(nthPrimeAndSum(2_000_000)).toEqual({ prime: ARTICLE.twoMillionthPrime, sum: ARTICLE.sumFirstTwoMillion });
    expect(nthPrimeAndSum(1_000_000_000)).toEqual({ prime: PRIME_AT_POWERS_OF_TEN[9], sum: SUM_FIRST_BILLION });
  });

  test.each([
    [0, 'n must be a positive integer ≤ 1000000000, got 0'],
    [-3, 'n must be a positive integer ≤ 1000000000, got -3'],
    [1.5, 'n must be a positive integer ≤ 1000000000, got 1.5'],
    [NaN, 'n must be a positive integer ≤ 1000000000, got NaN'],
    ['7', "n must be a positive integer ≤ 1000000000, got '7'"],
    [1e9 + 1, 'n must be a positive integer ≤ 1000000000, got 1000000001'],
  ])('%s is refused', (n, message) => {
    expect(() => nthPrime(n as number)).toThrow(message);
    expect(() => sumFirstPrimes(n as number)).toThrow(message);
  });
});
