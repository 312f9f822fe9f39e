// Published values the prime tests compare against, copied here with their sources (tests only).

/**
 * π(10^k) for k = 0…13: OEIS A006880 "Number of primes < 10^n", https://oeis.org/A006880 (data
 * section, as stored 2026). 10^k itself is never prime for k ≥ 1, so "< 10^k" and "≤ 10^k" agree.
 */
export const PI_POWERS_OF_TEN: readonly bigint[] = [
  0n, 4n, 25n, 168n, 1229n, 9592n, 78498n, 664579n, 5761455n, 50847534n, 455052511n, 4118054813n,
  37607912018n, 346065536839n,
];

/**
 * Σ_{p < 10^k} p for k = 1…13: OEIS A046731 "Sum of primes < 10^n", https://oeis.org/A046731, as
 * quoted term by term in the emath.ac.cn thread https://bbs.emath.ac.cn/archiver/tid-18465.html, and
 * checked here against the partial sums of OEIS A077645 (sum of the n-digit primes,
 * https://oeis.org/A077645), whose comment says its terms 12…20 are A046731's differences.
 */
export const SUM_POWERS_OF_TEN: readonly bigint[] = [
  0n, 17n, 1060n, 76127n, 5736396n, 454396537n, 37550402023n, 3203324994356n, 279209790387276n,
  24739512092254535n, 2220822432581729238n, 201467077743744681014n, 18435588552550705911377n,
  1699246443377779418889494n,
];

/** OEIS A077645, sum of the primes with n digits (n = 1…13), https://oeis.org/A077645. */
export const SUM_BY_DIGITS: readonly bigint[] = [
  17n, 1043n, 75067n, 5660269n, 448660141n, 37096005486n, 3165774592333n, 276006465392920n,
  24460302301867259n, 2196082920489474703n, 199246255311162951776n, 18234121474806961230363n,
  1680810854825228712978117n,
];

/** The (10^k)-th prime for k = 0…9: OEIS A006988, https://oeis.org/A006988. */
export const PRIME_AT_POWERS_OF_TEN: readonly number[] = [
  2, 29, 541, 7919, 104729, 1299709, 15485863, 179424673, 2038074743, 22801763489,
];

/** Sum of the first 7^k primes for k = 0…10: OEIS A113635, https://oeis.org/A113635. */
export const SUM_FIRST_POWERS_OF_SEVEN: readonly bigint[] = [
  2n, 58n, 4888n, 363288n, 24047406n, 1482656786n, 87401659166n, 4997438572618n, 279544493456056n,
  15382405126365576n, 835737977869494888n,
];

/**
 * The article's two questions: the sum of the primes below 2 000 000 (the answer to Project Euler
 * problem 10) and the sum of the first 2 000 000 primes, whose last is 32452843; recomputed by hand
 * with Python 3.11: a numpy boolean sieve to 10^9 for both, and SymPy 1.14 for the second
 * (sum(sympy.primerange(2, 32452844)), sympy.prime(2000000), sympy.primepi(32452843) = 2000000).
 */
export const ARTICLE = {
  sumBelowTwoMillion: 142913828922n,
  primesBelowTwoMillion: 148933n,
  twoMillionthPrime: 32452843,
  sumFirstTwoMillion: 31381137530481n,
} as const;

/**
 * The sum of the first 10^9 primes, whose last is 22801763489: Kim Walisch's answer with his
 * primesieve library on Programming Praxis, "The Sum Of The First Billion Primes" (11 Sep 2012).
 */
export const SUM_FIRST_BILLION = 11138479445180240497n;
