// A truncated power series with exact non-negative integer coefficients, stored as base-2^52 limbs
// in one Float64Array (coefficient i at [i·stride, i·stride + len[i])). Adding a shifted copy of the
// series into itself in place is the whole of gfCoefficients; doing it on limbs, with branch-free
// carries, is about 3× faster than an array of BigInt (measured: parts 1…1000 at N = 10^5, 3.5 s
// against 11 s) because nothing is allocated per step.

const BASE = 2 ** 52; // x + y + carry < 2^53 stays exact in float64
const BASE_BIG = 52n;
/** Memory guard: at most 2^25 limbs (256 MB) for the whole series. */
export const MAX_LIMB_SLOTS = 2 ** 25;

/** Σ a_i x^i for i ≤ N, a_i ≥ 0 exact, updated in place by the two moves of gfCoefficients. */
export class LimbSeries {
  readonly N: number;
  private stride = 2;
  private limbs: Float64Array;
  private readonly len: Int32Array;

  /** The series 1 (a_0 = 1, all else 0) truncated at x^N. */
  constructor(N: number) {
    this.N = N;
    this.limbs = new Float64Array((N + 1) * this.stride);
    this.len = new Int32Array(N + 1);
    this.limbs[0] = 1;
    this.len[0] = 1;
  }

  /** a_i += a_{i−s} for i = s…N in ascending order (multiplies by 1/(1 − x^s)) or descending (by 1 + x^s). */
  addShifted(s: number, ascending: boolean): void {
    let from = ascending ? s : this.N;
    for (;;) {
      from = addPass(this.limbs, this.len, this.stride, this.N, s, from, ascending);
      if (from < 0) return;
      this.grow(); // coefficient `from` might carry into a new limb: widen, then resume there
    }
  }

  /** a_i −= a_{i−t} for i = N…t, descending (multiplies by 1 − x^t); every result must stay ≥ 0. */
  subtractShifted(t: number): void {
    const bad = subtractPass(this.limbs, this.len, this.stride, this.N, t);
    if (bad >= 0) throw new Error(`LimbSeries: coefficient ${bad} would become negative`);
  }

  /** Widens every coefficient's slot by half (at least 2 limbs), within MAX_LIMB_SLOTS. */
  private grow(): void {
    const old = this.stride;
    const stride = old + Math.max(2, old >> 1);
    if ((this.N + 1) * stride > MAX_LIMB_SLOTS) {
      throw new Error(`coefficients too large: more than ${old * 52} bits each for N = ${this.N}; reduce N or the factors`);
    }
    const next = new Float64Array((this.N + 1) * stride);
    for (let i = 0; i <= this.N; i++) {
      next.set(this.limbs.subarray(i * old, i * old + this.len[i]), i * stride);
    }
    this.limbs = next;
    this.stride = stride;
  }

  /** The coefficients a_0 … a_N as BigInt (Horner on the limbs, most significant first). */
  toBigInts(): bigint[] {
    const out = new Array<bigint>(this.N + 1);
    const A = this.limbs;
    for (let i = 0; i <= this.N; i++) {
      const p = i * this.stride;
      let v = 0n;
      for (let j = this.len[i] - 1; j >= 0; j--) v = (v << BASE_BIG) + BigInt(A[p + j]);
      out[i] = v;
    }
    return out;
  }
}

// Returns −1 when done, or the index it stopped at, untouched, because a carry there could need a limb
// beyond `stride`.
/** The pass of addShifted from index `from` on, on plain locals so the loop stays monomorphic. */
function addPass(A: Float64Array, len: Int32Array, stride: number, N: number, s: number, from: number, ascending: boolean): number {
  const dir = ascending ? 1 : -1;
  for (let i = from; ascending ? i <= N : i >= s; i += dir) {
    const q = i - s;
    const lq = len[q];
    if (lq === 0) continue;
    const li = len[i];
    if (lq >= stride || li >= stride) return i;
    const p = i * stride;
    const r = q * stride;
    let c = 0;
    let j = 0;
    for (; j < lq; j++) {
      const v = A[p + j] + A[r + j] + c;
      c = Math.floor(v / BASE); // 0 or 1, branch-free (a compare here mispredicts)
      A[p + j] = v - c * BASE;
    }
    for (; c !== 0 && j < li; j++) {
      const v = A[p + j] + 1;
      c = Math.floor(v / BASE); // 0 or 1, branch-free (a compare here mispredicts)
      A[p + j] = v - c * BASE;
    }
    if (c !== 0) A[p + j++] = 1;
    len[i] = j > li ? j : li;
  }
  return -1;
}

/** The pass of subtractShifted; returns −1, or the first index whose result would be negative. */
function subtractPass(A: Float64Array, len: Int32Array, stride: number, N: number, t: number): number {
  for (let i = N; i >= t; i--) {
    const q = i - t;
    const lq = len[q];
    if (lq === 0) continue;
    let li = len[i];
    if (lq > li) return i;
    const p = i * stride;
    const r = q * stride;
    let b = 0;
    let j = 0;
    for (; j < lq; j++) {
      const v = A[p + j] - A[r + j] - b;
      b = -Math.floor(v / BASE); // 1 or (−)0
      A[p + j] = v + b * BASE;
    }
    for (; b !== 0 && j < li; j++) {
      const v = A[p + j] - 1;
      b = -Math.floor(v / BASE); // 1 or (−)0
      A[p + j] = v + b * BASE;
    }
    if (b !== 0) return i;
    while (li > 0 && A[p + li - 1] === 0) li--;
    len[i] = li;
  }
  return -1;
}
