/**
 * The quantization model of neural scaling (Michaud, Liu, Girit & Tegmark 2023, "The Quantization
 * Model of Neural Scaling", §2): skills ("quanta") k = 1, 2, … are used with Zipfian frequencies
 * p_k ∝ k^−(α+1); a model with n quanta knows the n most used, so its loss is Σ_{k>n} p_k ∝ n^−α;
 * with D samples a quantum is learned once seen τ times, so n(D) ∝ D^{1/(α+1)} and L ∝ D^{−α/(α+1)}.
 *
 * Normalisation: 'zeta' (default, as in the paper) takes p_k = k^−(α+1)/ζ(α+1) over infinitely many
 * quanta and simulates the first K (the mass beyond K is never learned, which is exact in the expected
 * model up to D = τ/p_K, the default D_max); 'finite' normalises over exactly K quanta, so the curves
 * steepen as n → K and, for small α, the fitted exponents overshoot the theory (α = 0.25, K = 10⁴: 0.32).
 */
import { uniformStream } from '../numerics/random.ts';
import { unlearnedMass } from './quantaSampling.ts';
import { zipfTail } from './quantaZeta.ts';

/** Options of {@link simulateQuanta}; all optional. */
export interface QuantaOptions {
  /** Zipf exponent α ∈ (0, 5] of p_k ∝ k^−(α+1) (default 0.5). */
  alpha?: number;
  /** Number of quanta simulated K, integer in [10, 1e6] (default 10 000). */
  K?: number;
  /** 'zeta' (default): p_k = k^−(α+1)/ζ(α+1) over all k ≥ 1; 'finite': normalised over k ≤ K. */
  normalisation?: 'zeta' | 'finite';
  /** Samples of a quantum needed to learn it, τ, integer in [1, 1000] (default 1). */
  tau?: number;
  /** Loss b of a sample whose quantum is not learned, relative to one that is (default 1; L = b·Σ p_k). */
  lossPerQuantum?: number;
  /** Points on each curve, integer in [5, 1000] (default 40). */
  points?: number;
  /** Largest data size D in samples (default τ/p_K, where quantum K is expected learned, clamped to [1e3, 1e7]). */
  dMax?: number;
  /** Sampler: 'poisson' (default, O(K·τ)) or 'tokens' (draws every token, O(dMax)); see quantaSampling.ts. */
  sampler?: 'poisson' | 'tokens';
  /** Seed of the sampler (default 1). */
  seed?: number;
  /** Power-law region, in learned quanta n (default [10, K/10], at least [10, 20]); slopes are fitted there. */
  fitRange?: [number, number];
}

/** Curves for plotting plus fitted and theoretical exponents (positive: L ∝ x^−exponent). */
export interface QuantaResult {
  /** Use frequencies p_1 … p_K (sum 1 for 'finite'; 1 − Σ_{k>K} p_k for 'zeta'). */
  frequencies: Float64Array;
  /** Parameter scaling: n quanta held, loss L(n) = b·Σ_{k>n} p_k. */
  n: Float64Array;
  lossN: Float64Array;
  /** Data scaling: D samples; expected (learned iff D·p_k ≥ τ) and sampled losses and learned counts. */
  D: Float64Array;
  lossDExpected: Float64Array;
  lossDSampled: Float64Array;
  learnedDSampled: Float64Array;
  /** Least-squares slopes of log L on log n or log D over the fit range (NaN if fewer than 3 points). */
  exponentN: number;
  exponentDExpected: number;
  exponentDSampled: number;
  /** Theory: α for parameters, α/(α+1) for data. */
  theoryExponentN: number;
  theoryExponentD: number;
  fitRange: [number, number];
}

function integerIn(name: string, value: number, lo: number, hi: number): number {
  if (!Number.isInteger(value) || value < lo || value > hi) throw new Error(`options.${name} must be an integer in [${lo}, ${hi}], got ${value}`);
  return value;
}

/** Distinct integers log-spaced from lo to hi (inclusive), as floats. */
function logIntegers(lo: number, hi: number, count: number): Float64Array {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const v = Math.round(Math.exp(Math.log(lo) + ((Math.log(hi) - Math.log(lo)) * i) / (count - 1)));
    if (out.length === 0 || v > out[out.length - 1]) out.push(v);
  }
  return Float64Array.from(out);
}

/** Least-squares slope of log y on log x over the indices where use[i] holds and y > 0; NaN if fewer than 3. */
export function logLogSlope(x: Float64Array, y: Float64Array, use: (i: number) => boolean): number {
  let n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let i = 0; i < x.length; i++) {
    if (!use(i) || !(y[i] > 0) || !(x[i] > 0)) continue;
    const lx = Math.log(x[i]);
    const ly = Math.log(y[i]);
    n++; sx += lx; sy += ly; sxx += lx * lx; sxy += lx * ly;
  }
  if (n < 3) return NaN;
  return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

/**
 * Simulates the quantization model (Michaud et al. 2023): loss against quanta held, L(n) = b·Σ_{k>n} p_k,
 * and against data D (expected: quantum learned iff D·p_k ≥ τ; sampled, seeded), with power-law
 * exponents fitted on the range where n is in fitRange, to compare with α and α/(α+1).
 */
export function simulateQuanta(options: QuantaOptions = {}): QuantaResult {
  const alpha = options.alpha ?? 0.5;
  if (!Number.isFinite(alpha) || alpha <= 0 || alpha > 5) throw new Error(`options.alpha must be in (0, 5], got ${alpha}`);
  const K = integerIn('K', options.K ?? 10_000, 10, 1_000_000);
  const tau = integerIn('tau', options.tau ?? 1, 1, 1000);
  const points = integerIn('points', options.points ?? 40, 5, 1000);
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new Error(`options.seed must be an integer, got ${seed}`);
  const b = options.lossPerQuantum ?? 1;
  if (!Number.isFinite(b) || b <= 0) throw new Error(`options.lossPerQuantum must be a finite positive number, got ${b}`);
  const sampler = options.sampler ?? 'poisson';
  if (sampler !== 'poisson' && sampler !== 'tokens') throw new Error(`options.sampler must be 'poisson' or 'tokens', got ${String(sampler)}`);
  const fitRange = options.fitRange ?? [10, Math.max(20, K / 10)];
  if (!Array.isArray(fitRange) || !(fitRange[0] >= 1 && fitRange[1] > fitRange[0] && fitRange[1] <= K)) {
    throw new Error(`options.fitRange must be [lo, hi] with 1 ≤ lo < hi ≤ K = ${K}, got ${String(fitRange)}`);
  }

  const normalisation = options.normalisation ?? 'zeta';
  if (normalisation !== 'zeta' && normalisation !== 'finite') {
    throw new Error(`options.normalisation must be 'zeta' or 'finite', got ${String(normalisation)}`);
  }
  // tail[n] = Σ_{k>n} p_k, summed from the small end (plus the analytic tail beyond K for 'zeta').
  const s = alpha + 1;
  const beyond = normalisation === 'zeta' ? zipfTail(s, K + 1) : 0;
  const tail = new Float64Array(K + 1);
  tail[K] = beyond;
  for (let k = K; k >= 1; k--) tail[k - 1] = tail[k] + Math.pow(k, -s);
  const Z = tail[0];
  const p = new Float64Array(K);
  for (let k = 0; k <= K; k++) {
    if (k < K) p[k] = Math.pow(k + 1, -s) / Z;
    tail[k] /= Z;
  }

  const n = logIntegers(1, K, points);
  const lossN = n.map((v) => b * tail[v]);

  const dDefault = Math.min(1e7, Math.max(1e3, tau / p[K - 1]));
  const dMax = options.dMax ?? dDefault;
  const dCap = sampler === 'tokens' ? 1e8 : 1e12;
  if (!Number.isFinite(dMax) || dMax < 10 || dMax > dCap) throw new Error(`options.dMax must be in [10, ${dCap}] for the '${sampler}' sampler, got ${dMax}`);
  const D = logIntegers(1, dMax, points);
  // Expected model: quantum k is learned iff D·p_k ≥ τ; p is decreasing, so that is a prefix of length nExp.
  const nExpected = D.map((d) => {
    let lo = 0;
    let hi = K; // count of k with p_k ≥ τ/d
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (d * p[mid - 1] >= tau) lo = mid; else hi = mid - 1;
    }
    return lo;
  });
  const lossDExpected = nExpected.map((m) => b * tail[m]);
  const { mass, learned } = unlearnedMass(p, tail[K], tau, D, uniformStream(seed), sampler);
  const lossDSampled = mass.map((v) => b * v);

  const [lo, hi] = fitRange;
  const inRange = (v: number) => v >= lo && v <= hi;
  return {
    frequencies: p, n, lossN, D, lossDExpected, lossDSampled, learnedDSampled: learned,
    exponentN: -logLogSlope(n, lossN, (i) => inRange(n[i])),
    exponentDExpected: -logLogSlope(D, lossDExpected, (i) => inRange(nExpected[i])),
    exponentDSampled: -logLogSlope(D, lossDSampled, (i) => inRange(nExpected[i])),
    theoryExponentN: alpha,
    theoryExponentD: alpha / (alpha + 1),
    fitRange: [lo, hi],
  };
}
