/**
 * Counting and adding up primes, exactly: π(x) and Σ_{p ≤ x} p up to x = 10^13, the n-th prime and
 * the sum of the first n primes up to n = 10^9; the sieve, Lucy_Hedgehog's recursion and the fast
 * method behind them, and the estimates the notebook compares them with.
 */
export { primeSums } from './primeSums';
export { nthPrime, sumFirstPrimes, li, liInverse } from './nth';
export { MAX_X, MAX_N } from './args';
export { fastPrimeSums } from './fast';
export { lucyPrimeSums, lucyPrimeSumsBigInt } from './lucy';
export { sievePrimeSums, primesBetween } from './sieve';
