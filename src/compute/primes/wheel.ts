// The first primes by formula instead of by sieve. After the primes p_1 … p_a are removed, what is
// left of 1…w are the numbers coprime to Q = p_1⋯p_a, and that pattern repeats with period Q:
//   Φ(w) = q·φ(Q) + C(r),   ΦS(w) = Q·φ(Q)·q(q−1)/2 + q·R + q·Q·C(r) + S(r),   w = qQ + r,
// where C(r) and S(r) count and add the residues ≤ r coprime to Q, and R = S(Q − 1). Lucy's update
// for p = p_{a+1} needs exactly Φ(w) − 1 and ΦS(w) − 1 (1 is not a prime, and the primes below p
// cancel), so the fast method handles 3, 5, …, 17 this way and sieves only what survives them.
import { subtractScaled, type LimbTable } from './limbs';

/** The primes handled by formula, with 2 first; Q for the last one (2·3·…·13 = 30030) stays small. */
export const WHEEL_PRIMES = [2, 3, 5, 7, 11, 13, 17] as const;

export interface Coprimes {
  /** Q = product of the primes removed. */
  Q: number;
  /** C[r], S[r]: count and sum of 1 ≤ n ≤ r with gcd(n, Q) = 1, for 0 ≤ r < Q. */
  C: Float64Array;
  S: Float64Array;
}

/** The residue tables after removing the first `a` primes of WHEEL_PRIMES (1 ≤ a ≤ 6). */
export function coprimes(a: number): Coprimes {
  let Q = 1;
  for (let t = 0; t < a; t++) Q *= WHEEL_PRIMES[t];
  const out = new Uint8Array(Q);
  for (let t = 0; t < a; t++) for (let n = 0; n < Q; n += WHEEL_PRIMES[t]) out[n] = 1;
  const C = new Float64Array(Q), S = new Float64Array(Q);
  let c = 0, s = 0;
  for (let r = 1; r < Q; r++) {
    if (!out[r]) {
      c++;
      s += r;
    }
    C[r] = c;
    S[r] = s;
  }
  return { Q, C, S };
}

/** Φ(w) and ΦS(w) of the header comment: count and sum of 1 ≤ n ≤ w coprime to Q. */
export function coprimeCountSum(t: Coprimes, w: number): { count: number; sum: number } {
  const { Q, C, S } = t;
  const q = Math.floor(w / Q), r = w - q * Q;
  const phi = C[Q - 1], R = S[Q - 1];
  return { count: q * phi + C[r], sum: Q * phi * ((q * (q - 1)) / 2) + q * R + q * Q * C[r] + S[r] };
}

/**
 * Lucy's update for the prime p = p_{a+1} at the large entries k = live[j], j0 ≤ j < j1, whose
 * ⌊x/(kp)⌋ is small: count −= Φ(w) − 1, sum −= p·(ΦS(w) − 1), with w = ⌊x/(kp)⌋.
 */
export function subtractFromWheel(t: LimbTable, x: number, p: number, live: Int32Array, j0: number, j1: number, tab: Coprimes): void {
  const { Q, C, S } = tab;
  const phi = C[Q - 1], R = S[Q - 1];
  const count = t.count, hi = t.hi, lo = t.lo;
  for (let j = j0; j < j1; j++) {
    const k = live[j], w = Math.floor(x / (k * p));
    const q = Math.floor(w / Q), r = w - q * Q;
    count[k] -= q * phi + C[r] - 1;
    subtractScaled(hi, lo, k, p, Q * phi * ((q * (q - 1)) / 2) + q * R + q * Q * C[r] + S[r] - 1);
  }
}
