/**
 * A 2 → h → h → 1 multilayer perceptron for binary classification, with hand-written backprop on one
 * flat Float64Array of parameters. Each sample is run forward and straight back through small scratch
 * vectors, so a step allocates nothing per sample.
 */
import { requireInteger, requireOneOf } from '../numerics/checks';
import { createRng } from '../numerics/random';

/** Hidden-layer nonlinearities. */
export type Activation = 'tanh' | 'relu';

/** Every activation, in menu order. */
export const ACTIVATIONS: readonly Activation[] = ['tanh', 'relu'];

/** A trained (or initial) network: its shape and its parameters in the layout of createMlp. */
export interface MlpModel {
  hidden: number;
  activation: Activation;
  params: Float64Array;
}

/** Mean binary cross-entropy and accuracy (logit ≥ 0 predicts class 1) over a set of points. */
export interface MlpScore {
  loss: number;
  accuracy: number;
}

/** A network shape with its scratch buffers; functions take the parameters explicitly. */
export interface Mlp {
  hidden: number;
  activation: Activation;
  /** Number of parameters, h² + 5h + 1. */
  size: number;
  /** 1 for weights, 0 for biases: which parameters weight decay may touch. */
  weightMask: Uint8Array;
  /** Fresh parameters from `seed`. */
  init(seed: number): Float64Array;
  /** The output logit z at the point (x, y); p(class 1) = σ(z). */
  logit(params: Float64Array, x: number, y: number): number;
  /** Mean BCE over `batch` (indices into X, or every point when null); writes its gradient into `grad`. */
  lossAndGradient(params: Float64Array, X: Float64Array, Y: Uint8Array, batch: Int32Array | null, grad: Float64Array): number;
  /** Loss and accuracy over all of X, Y. */
  score(params: Float64Array, X: Float64Array, Y: Uint8Array): MlpScore;
}

/** log(1 + eᶻ) without overflow: max(z, 0) + log1p(e^−|z|). */
export function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/** σ(z) = 1/(1 + e^−z), evaluated on the side where the exponential cannot overflow. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Builds the network z = w₃·φ(W₂·φ(W₁x + b₁) + b₂) + b₃ with φ = tanh or ReLU, loss softplus(z) − y·z
 * (binary cross-entropy of σ(z)). Parameter layout: W₁ (h×2, row-major), b₁, W₂ (h×h), b₂, w₃, b₃.
 */
export function createMlp(hidden: number, activation: Activation): Mlp {
  const h = requireInteger('hidden', hidden, 1, 64);
  const act = requireOneOf('activation', activation, ACTIVATIONS);
  const oB1 = 2 * h;
  const oW2 = 3 * h;
  const oB2 = oW2 + h * h;
  const oW3 = oB2 + h;
  const oB3 = oW3 + h;
  const size = oB3 + 1;
  const a1 = new Float64Array(h);
  const a2 = new Float64Array(h);
  const d1 = new Float64Array(h);
  const d2 = new Float64Array(h);
  const isTanh = act === 'tanh';
  // φ and φ' are inline branches on isTanh, not function values: every Mlp shares these closures'
  // code, and a call through a variable that is tanh for one network and ReLU for another turns
  // polymorphic and was measured 1.5× slower.
  const phi = (z: number): number => (isTanh ? Math.tanh(z) : z > 0 ? z : 0);
  // φ'(z) from a = φ(z): 1 − a² for tanh, [a > 0] for ReLU; no need to keep z.
  const dphi = (a: number): number => (isTanh ? 1 - a * a : a > 0 ? 1 : 0);

  const weightMask = new Uint8Array(size);
  weightMask.fill(1, 0, oB1);
  weightMask.fill(1, oW2, oB2);
  weightMask.fill(1, oW3, oB3);

  /** Forward pass for one point, leaving φ of each hidden layer in a1, a2. */
  const forward = (p: Float64Array, x: number, y: number): number => {
    for (let j = 0; j < h; j++) a1[j] = phi(p[oB1 + j] + p[2 * j] * x + p[2 * j + 1] * y);
    for (let j = 0; j < h; j++) {
      let z = p[oB2 + j];
      const row = oW2 + j * h;
      for (let k = 0; k < h; k++) z += p[row + k] * a1[k];
      a2[j] = phi(z);
    }
    let z = p[oB3];
    for (let j = 0; j < h; j++) z += p[oW3 + j] * a2[j];
    return z;
  };

  const init = (seed: number): Float64Array => {
    const rng = createRng(seed);
    const p = new Float64Array(size); // biases start at 0
    // Glorot & Bengio 2010 uniform bound √(6/(fan_in+fan_out)) for tanh; He et al. 2015's √(6/fan_in) for ReLU.
    const bound = (fanIn: number, fanOut: number): number => Math.sqrt(6 / (isTanh ? fanIn + fanOut : fanIn));
    const fill = (from: number, count: number, b: number): void => {
      for (let k = from; k < from + count; k++) p[k] = b * (2 * rng.uniform() - 1);
    };
    fill(0, 2 * h, bound(2, h));
    fill(oW2, h * h, bound(h, h));
    fill(oW3, h, Math.sqrt(6 / (h + 1))); // linear output layer: Glorot for both activations
    return p;
  };

  const lossAndGradient: Mlp['lossAndGradient'] = (p, X, Y, batch, grad) => {
    const count = batch ? batch.length : Y.length;
    grad.fill(0);
    let loss = 0;
    for (let s = 0; s < count; s++) {
      const n = batch ? batch[s] : s;
      const x = X[2 * n];
      const y = X[2 * n + 1];
      const z = forward(p, x, y);
      loss += softplus(z) - Y[n] * z;
      const dz = (sigmoid(z) - Y[n]) / count; // ∂(mean loss)/∂z
      grad[oB3] += dz;
      for (let j = 0; j < h; j++) {
        grad[oW3 + j] += dz * a2[j];
        d2[j] = dz * p[oW3 + j] * dphi(a2[j]);
        d1[j] = 0;
      }
      for (let j = 0; j < h; j++) {
        const row = oW2 + j * h;
        const dj = d2[j];
        grad[oB2 + j] += dj;
        for (let k = 0; k < h; k++) {
          grad[row + k] += dj * a1[k];
          d1[k] += p[row + k] * dj;
        }
      }
      for (let k = 0; k < h; k++) {
        const dk = d1[k] * dphi(a1[k]);
        grad[oB1 + k] += dk;
        grad[2 * k] += dk * x;
        grad[2 * k + 1] += dk * y;
      }
    }
    return loss / count;
  };

  const score = (p: Float64Array, X: Float64Array, Y: Uint8Array): MlpScore => {
    let loss = 0;
    let correct = 0;
    for (let n = 0; n < Y.length; n++) {
      const z = forward(p, X[2 * n], X[2 * n + 1]);
      loss += softplus(z) - Y[n] * z;
      if ((z >= 0 ? 1 : 0) === Y[n]) correct++;
    }
    return { loss: loss / Y.length, accuracy: correct / Y.length };
  };

  return { hidden: h, activation: act, size, weightMask, init, logit: forward, lossAndGradient, score };
}
