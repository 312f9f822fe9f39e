// What the prime number theorem says about the two sums. Adding up the primes ≤ x as if one number
// in ln t near t were prime gives ∫₂ˣ t/ln t dt = li(x²) − li(4), so Σ_{p ≤ x} p ≈ li(x²), whose
// leading term is x²/(2 ln x). For the first N primes, p_k ≈ k ln k gives Σ_{k ≤ N} p_k ≈ N² ln N / 2;
// the expansion to 1/ln² N is Sinha's (2011, "On the asymptotic expansion of the sum of the first n
// primes"; quoted at https://math.stackexchange.com/questions/1693478).
import { li } from './nth';

/** x²/(2 ln x) and li(x²), the estimates of Σ_{p ≤ x} p (x ≥ 2). */
export function primeSumEstimates(x: number): { leading: number; li: number } {
  return { leading: (x * x) / (2 * Math.log(x)), li: li(x * x) };
}

/** N² ln N / 2 and Sinha's expansion, the estimates of the sum of the first N primes (N ≥ 2). */
export function firstPrimesSumEstimates(N: number): { leading: number; sinha: number } {
  const L = Math.log(N), LL = Math.log(L);
  const bracket = L + LL - 1.5 + (LL - 2.5) / L - (LL * LL - 7 * LL + 14.5) / (2 * L * L);
  return { leading: (N * N * L) / 2, sinha: ((N * N) / 2) * bracket };
}

/** A BigInt over a positive float, as a float (relative error about 1e-16 for values below 2^1023). */
export function ratio(exact: bigint, estimate: number): number {
  return Number(exact) / estimate;
}
