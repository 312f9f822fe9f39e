/**
 * Tails of the Riemann zeta series, Σ_{k≥M} k^−s for s > 1, by the Euler–Maclaurin formula (DLMF 2.10.1
 * and 25.2.9), used to normalise Zipfian quanta frequencies over infinitely many quanta.
 */

/** B_{2j}/(2j)! for j = 1…5 (Bernoulli numbers 1/6, −1/30, 1/42, −1/30, 5/66 over (2j)!). */
const BERNOULLI_OVER_FACTORIAL = [1 / 12, -1 / 720, 1 / 30240, -1 / 1209600, 1 / 47900160];

/**
 * Σ_{k≥M} k^−s = M^{1−s}/(s−1) + M^{−s}/2 + Σ_j B_{2j}/(2j)!·s(s+1)…(s+2j−2)·M^{−s−2j+1} + R, with
 * |R| < 1e-17 for M ≥ 20 and s ≤ 6 (the next term is B₁₂/12!·s(s+1)…(s+10)·M^{−s−11}); smaller M are
 * summed directly up to 20 first.
 */
export function zipfTail(s: number, M: number): number {
  if (!Number.isFinite(s) || s <= 1) throw new Error(`s must be a finite number > 1, got ${s}`);
  if (!Number.isInteger(M) || M < 1) throw new Error(`M must be a positive integer, got ${M}`);
  let direct = 0;
  let m = M;
  for (; m < 20; m++) direct += Math.pow(m, -s);
  let sum = Math.pow(m, 1 - s) / (s - 1) + 0.5 * Math.pow(m, -s);
  let rising = s; // s(s+1)…(s+2j−2)
  for (let j = 0; j < BERNOULLI_OVER_FACTORIAL.length; j++) {
    sum += BERNOULLI_OVER_FACTORIAL[j] * rising * Math.pow(m, -s - 2 * j - 1);
    rising *= (s + 2 * j + 1) * (s + 2 * j + 2);
  }
  return direct + sum;
}
