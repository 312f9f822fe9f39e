/**
 * The special functions a formula may call in float64, where JavaScript's Math has none: Γ, ln Γ,
 * n! and binomial coefficients, with mathjs's meaning (tested against mathjs in evaluate.test.ts).
 */

/** Lanczos coefficients for g = 7, n = 9 (Numerical Recipes 3rd ed., §6.1; Godfrey's table). */
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** n! for integers 0 … 170 as exact doubles where they fit (products in order, as mathjs forms them). */
const FACTORIALS: number[] = [1];
for (let k = 1; k <= 170; k++) FACTORIALS.push(FACTORIALS[k - 1] * k);

/**
 * Γ(x): exact products for positive integers up to 171, the reflection formula below ½, and the
 * Lanczos approximation elsewhere (relative error near 1e-15). At the poles (0, −1, −2, …) it is
 * +∞, as mathjs gives it.
 */
export function gamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (Number.isInteger(x)) {
    if (x <= 0) return Infinity;
    return x <= 171 ? FACTORIALS[x - 1] : Infinity;
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  if (x > 171.7) return Infinity;
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  // t^(z+½)·e^(−t) split in two halves so that it does not overflow before x ≈ 171.6.
  const half = Math.pow(t, (z + 0.5) / 2);
  return Math.sqrt(2 * Math.PI) * half * (half * Math.exp(-t)) * sum;
}

/** ln Γ(x) for x ≥ 0, finite far past where Γ overflows; +∞ at 0 and NaN below, as mathjs. */
export function lgamma(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return Infinity;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lgamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** n! = Γ(n + 1) for n ≥ 0; NaN below (mathjs refuses negative arguments). */
export function factorial(n: number): number {
  if (n < 0) return NaN;
  return gamma(n + 1);
}

/**
 * C(n, k) for integers 0 ≤ k ≤ n: exact products while they stay below 2^53, else via ln Γ; NaN
 * otherwise (k > n too: mathjs refuses it).
 */
export function combinations(n: number, k: number): number {
  if (!Number.isInteger(n) || !Number.isInteger(k) || n < 0 || k < 0 || k > n) return NaN;
  const m = Math.min(k, n - k);
  let c = 1;
  for (let i = 1; i <= m; i++) {
    // c·(n−m+i)/i is an integer at every step (it is C(n−m+i, i)).
    c = (c * (n - m + i)) / i;
    if (c > Number.MAX_SAFE_INTEGER) return Math.round(Math.exp(lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1)));
  }
  return Math.round(c);
}

/** Greatest common divisor of integers (NaN for non-integers), as mathjs's gcd. */
export function gcd(a: number, b: number): number {
  if (!Number.isInteger(a) || !Number.isInteger(b)) return NaN;
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Least common multiple of integers, 0 when either is 0. */
export function lcm(a: number, b: number): number {
  if (!Number.isInteger(a) || !Number.isInteger(b)) return NaN;
  if (a === 0 || b === 0) return 0;
  return Math.abs((a / gcd(a, b)) * b);
}

/** x mod y as mathjs defines it: x − y·⌊x/y⌋ (the sign of y), and x when y = 0. */
export function mod(x: number, y: number): number {
  if (y === 0) return x;
  return x - y * Math.floor(x / y);
}

/** Rounds half away from zero, as mathjs's round does (Math.round takes −2.5 to −2). */
export function round(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}
