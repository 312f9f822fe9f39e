/**
 * A one-layer attention model for a key–value lookup, with hand-written gradients: a query vector,
 * n keys with values ±1, and the target is the value of the key the query is a noisy copy of.
 *   q = W_q x_q,  sⱼ = q·(W_k xⱼ)/√d = r·xⱼ/√d with r = W_kᵀ q,  uⱼ = τ(n)·sⱼ,
 *   ŷ = Σⱼ aⱼ(u) yⱼ,  loss = ½(ŷ − y*)²,
 * where a is one of the normalisations of kexue.fm/archives/9019 and τ(n) = log_L n for the variants
 * with the entropy-invariant scale (1 otherwise). Forming r first makes a sequence cost O(n·D + d·D).
 */

export const RETRIEVAL_VARIANTS = ['softmax', 'softmax-logn', 'relu2-n', 'relu2-n-logn', 'relu2-train', 'relu2-sum'] as const;
export type RetrievalVariant = (typeof RETRIEVAL_VARIANTS)[number];

/** Shapes: D input dimensions, d head dimensions; parameters are W_q then W_k, each d×D row-major. */
export interface ModelShape {
  inputDim: number;
  headDim: number;
}

/** One sequence: n keys (n×D row-major), their values ±1, the query and the index it copies. */
export interface Sequence {
  keys: Float64Array;
  values: Float64Array;
  query: Float64Array;
  target: number;
}

const usesLogScale = (v: RetrievalVariant) => v === 'softmax-logn' || v === 'relu2-n-logn';

/** τ(n): the entropy-invariant factor log_L n for the "-logn" variants, else 1. */
export function retrievalScale(variant: RetrievalVariant, n: number, trainLength: number): number {
  return usesLogScale(variant) ? Math.log(n) / Math.log(trainLength) : 1;
}

/** Scratch buffers reused across sequences (n may vary; they grow as needed). */
export class RetrievalModel {
  private q: Float64Array;
  private r: Float64Array;
  private u = new Float64Array(0);
  private a = new Float64Array(0);

  constructor(
    readonly shape: ModelShape,
    readonly variant: RetrievalVariant,
    readonly trainLength: number,
  ) {
    this.q = new Float64Array(shape.headDim);
    this.r = new Float64Array(shape.inputDim);
  }

  get size(): number {
    return 2 * this.shape.headDim * this.shape.inputDim;
  }

  /** ŷ for one sequence; leaves u, a, q, r in the scratch buffers for `backward`. */
  forward(params: Float64Array, seq: Sequence): number {
    const { inputDim: D, headDim: d } = this.shape;
    const n = seq.values.length;
    if (this.u.length < n) {
      this.u = new Float64Array(n);
      this.a = new Float64Array(n);
    }
    const { q, r, u, a } = this;
    for (let i = 0; i < d; i++) {
      let sum = 0;
      for (let b = 0; b < D; b++) sum += params[i * D + b] * seq.query[b];
      q[i] = sum;
    }
    const wk = d * D;
    r.fill(0);
    for (let i = 0; i < d; i++) for (let b = 0; b < D; b++) r[b] += params[wk + i * D + b] * q[i];
    const tau = retrievalScale(this.variant, n, this.trainLength) / Math.sqrt(d);
    let max = -Infinity;
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let b = 0; b < D; b++) s += r[b] * seq.keys[j * D + b];
      u[j] = tau * s;
      max = Math.max(max, u[j]);
    }
    let norm = 0;
    for (let j = 0; j < n; j++) {
      if (this.variant === 'softmax' || this.variant === 'softmax-logn') a[j] = Math.exp(u[j] - max);
      else a[j] = Math.max(0, u[j]) ** 2;
      norm += a[j];
    }
    if (this.variant === 'relu2-n' || this.variant === 'relu2-n-logn') norm = n;
    else if (this.variant === 'relu2-train') norm = this.trainLength;
    let y = 0;
    for (let j = 0; j < n; j++) {
      a[j] = norm > 0 ? a[j] / norm : 0;
      y += a[j] * seq.values[j];
    }
    return y;
  }

  /** Adds ∂loss/∂params for the sequence last passed to `forward` (its output `y`) into `grad`, times `weight`. */
  backward(params: Float64Array, seq: Sequence, y: number, grad: Float64Array, weight: number): void {
    const { inputDim: D, headDim: d } = this.shape;
    const n = seq.values.length;
    const { q, u, a } = this;
    const dy = (y - seq.values[seq.target]) * weight;
    const tau = retrievalScale(this.variant, n, this.trainLength) / Math.sqrt(d);
    // ∂ŷ/∂uⱼ per normalisation, then ∂loss/∂r = Σⱼ (∂loss/∂uⱼ)·τ·xⱼ.
    let relu2Sum = 0;
    if (this.variant === 'relu2-sum') for (let j = 0; j < n; j++) relu2Sum += Math.max(0, u[j]) ** 2;
    const dr = new Float64Array(D);
    for (let j = 0; j < n; j++) {
      let du: number;
      const relu = Math.max(0, u[j]);
      switch (this.variant) {
        case 'softmax':
        case 'softmax-logn':
          du = a[j] * (seq.values[j] - y);
          break;
        case 'relu2-n':
        case 'relu2-n-logn':
          du = (2 * relu * seq.values[j]) / n;
          break;
        case 'relu2-train':
          du = (2 * relu * seq.values[j]) / this.trainLength;
          break;
        case 'relu2-sum':
          du = relu2Sum > 0 ? (2 * relu * (seq.values[j] - y)) / relu2Sum : 0;
          break;
      }
      const ds = du * dy * tau;
      if (ds === 0) continue;
      for (let b = 0; b < D; b++) dr[b] += ds * seq.keys[j * D + b];
    }
    // r = W_kᵀ q: ∂/∂W_k[i][b] = q_i·dr_b, ∂/∂q_i = Σ_b W_k[i][b]·dr_b; q = W_q x_q: ∂/∂W_q[i][b] = dq_i·x_q[b].
    const wk = d * D;
    for (let i = 0; i < d; i++) {
      let dq = 0;
      for (let b = 0; b < D; b++) {
        grad[wk + i * D + b] += q[i] * dr[b];
        dq += params[wk + i * D + b] * dr[b];
      }
      for (let b = 0; b < D; b++) grad[i * D + b] += dq * seq.query[b];
    }
  }
}
