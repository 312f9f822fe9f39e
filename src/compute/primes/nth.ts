// The n-th prime without sieving up to it blindly: the logarithmic integral li(x) = ∫₂ˣ dt/ln t (plus
// li(2)) counts primes to within about √x·ln x, so x₀ = li⁻¹(n) lands close to p_n. One exact count
// π(x₀) (fast.ts), then a sieve of the short stretch between x₀ and p_n, gives p_n and, from the
// same count's prime sum, the sum of the first n primes.
import { MAX_N, requireWhole } from './args';
import { fastPrimeSums } from './fast';
import type { Progress } from './progress';
import { oddPrimesUpTo, primesBetween } from './sieve';

const EULER_GAMMA = 0.5772156649015329;

/**
 * li(x) for x > 1 by Ramanujan's series
 *   li(x) = γ + ln ln x + √x Σ_{n≥1} (−1)^{n−1} (ln x)^n / (n! 2^{n−1}) Σ_{k=0}^{⌊(n−1)/2⌋} 1/(2k+1),
 * which converges for every x > 1 (accurate to about 1e-14 relative up to x = 10^30).
 */
export function li(x: number): number {
  const L = Math.log(x);
  let term = L, inner = 1, sum = L;
  for (let n = 2; n < 500; n++) {
    term *= L / (2 * n);
    if (n % 2 === 1) inner += 1 / n;
    const add = (n % 2 === 0 ? -1 : 1) * term * inner;
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return EULER_GAMMA + Math.log(L) + Math.sqrt(x) * sum;
}

/** The x > 2 with li(x) = n (n ≥ 2), by Newton's method from n·ln n (li'(x) = 1/ln x). */
export function liInverse(n: number): number {
  let x = n * Math.log(n);
  for (let i = 0; i < 60; i++) {
    const next = x - (li(x) - n) * Math.log(x);
    if (Math.abs(next - x) <= 1e-12 * x) return next;
    x = Math.max(next, 2.0001);
  }
  return x;
}

/** Width of each stretch sieved while walking from x₀ to p_n (a few times li's typical miss there). */
const STRETCH = 1 << 16;
/** Up to this n, sieving to the bound p_n < n(ln n + ln ln n) (n ≥ 6, Rosser 1941) is quicker. */
const SIEVE_N = 200_000;

/** The n-th prime and the sum of the first n primes (1 ≤ n ≤ MAX_N, n checked by the caller). */
export function nthPrimeAndSum(n: number, onProgress?: Progress): { prime: number; sum: bigint } {
  if (n <= SIEVE_N) {
    const bound = n < 6 ? 13 : Math.floor(n * (Math.log(n) + Math.log(Math.log(n))));
    const odd = oddPrimesUpTo(bound);
    let sum = 2;
    for (let j = 0; j < n - 1; j++) sum += odd[j];
    return { prime: n === 1 ? 2 : odd[n - 2], sum: BigInt(sum) };
  }
  const x0 = Math.floor(liInverse(n));
  const at = fastPrimeSums(x0, onProgress);
  let count = Number(at.count), sum = at.sum;
  if (count >= n) {
    // p_count is the largest prime ≤ x0: take primes off the top until p_n is the top one.
    for (let hi = x0; ; hi -= STRETCH) {
      const found = primesBetween(Math.max(2, hi - STRETCH + 1), hi);
      for (let j = found.length - 1; j >= 0; j--) {
        if (count === n) return { prime: found[j], sum };
        count--;
        sum -= BigInt(found[j]);
      }
    }
  }
  for (let lo = x0 + 1; ; lo += STRETCH) {
    for (const p of primesBetween(lo, lo + STRETCH - 1)) {
      count++;
      sum += BigInt(p);
      if (count === n) return { prime: p, sum };
    }
  }
}

/** The n-th prime (p_1 = 2), for integers 1 ≤ n ≤ 10^9. */
export function nthPrime(n: number): number {
  return nthPrimeAndSum(requireWhole('n', n, 1, MAX_N)).prime;
}

/** 2 + 3 + 5 + … + p_n, exactly, for integers 1 ≤ n ≤ 10^9. */
export function sumFirstPrimes(n: number): bigint {
  return nthPrimeAndSum(requireWhole('n', n, 1, MAX_N)).sum;
}
