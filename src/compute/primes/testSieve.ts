// Test-only: the plain sieve of Eratosthenes on a byte per number, written independently of the
// kernels (no bits, no segments, no wheel), with π and the prime sums for every v ≤ n.

export interface PlainSieve {
  isPrime: Uint8Array;
  /** count[v] = π(v). */
  count: Float64Array;
  /** sum[v] = Σ_{p ≤ v} p (exact while below 2^53, i.e. for n up to about 10^8). */
  sum: Float64Array;
}

export function plainSieve(n: number): PlainSieve {
  const isPrime = new Uint8Array(n + 1).fill(1);
  isPrime[0] = 0;
  if (n >= 1) isPrime[1] = 0;
  for (let i = 2; i * i <= n; i++) if (isPrime[i]) for (let j = i * i; j <= n; j += i) isPrime[j] = 0;
  const count = new Float64Array(n + 1), sum = new Float64Array(n + 1);
  for (let v = 1; v <= n; v++) {
    count[v] = count[v - 1] + isPrime[v];
    sum[v] = sum[v - 1] + (isPrime[v] ? v : 0);
  }
  return { isPrime, count, sum };
}

/** Trial division, for spot checks of large numbers (n < 2^53). */
export function isPrimeByTrialDivision(n: number): boolean {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) if (n % d === 0) return false;
  return true;
}
