/**
 * One-variable saturating power law L(x) = E + A·x^(−α), fitted the way Hoffmann et al. 2022 fit
 * their two-variable law: Huber loss of the log-sum-exp residual, L-BFGS from many starts.
 */
import type { ObjectiveWithGradient } from '../numerics/lbfgs.ts';
import { multistartLbfgs, type ScreenStage } from '../numerics/lbfgsMultistart.ts';
import { checkDelta } from './objective.ts';

/** L(x) = E + A·x^(−α) and the Huber objective (a sum) at those parameters. */
export interface PowerLawFit { E: number; A: number; alpha: number; objective: number }

/** Options of {@link fitPowerLaw}. */
export interface PowerLawOptions {
  /** Huber δ on the log residual (default 1e-3). */
  delta?: number;
  /** Called with the fraction done (≤ ~100 calls). */
  onProgress?: (fraction: number) => void;
}

/** Start axes [a', e', α] in normalised units (x and y divided by their geometric means). */
const AXES = [[-6, -4, -2, -1, 0, 1], [-6, -3, -2, -1, -0.5, 0], [0, 0.1, 0.25, 0.5, 1, 2]];
const STAGES: ScreenStage[] = [{ iterations: 2, keep: 12 }];

/**
 * f(a, e, α) = Σᵢ Huber_δ(LSE(a − α·log xᵢ, e) − log yᵢ) and its gradient; parameters x = [a, e, α].
 */
export function powerLawObjective(logX: Float64Array, logY: Float64Array, delta = 1e-3): ObjectiveWithGradient {
  checkDelta(delta);
  const n = logX.length;
  const halfDelta = 0.5 * delta;
  return (p, grad) => {
    const a = p[0], e = p[1], alpha = p[2];
    let f = 0, ga = 0, ge = 0, gal = 0;
    for (let i = 0; i < n; i++) {
      const u = a - alpha * logX[i];
      // Stable LSE of two terms: max + log(1 + exp(−|u − e|)).
      const hi = u > e ? u : e;
      const t = Math.exp(-Math.abs(u - e));
      const r = hi + Math.log1p(t) - logY[i];
      let dh: number;
      if (r > delta) { f += delta * (r - halfDelta); dh = delta; }
      else if (r < -delta) { f += delta * (-r - halfDelta); dh = -delta; }
      else { f += 0.5 * r * r; dh = r; }
      const qu = u > e ? 1 / (1 + t) : t / (1 + t); // softmax weight of the power-law term
      ga += dh * qu;
      ge += dh * (1 - qu);
      gal -= dh * qu * logX[i];
    }
    grad[0] = ga; grad[1] = ge; grad[2] = gal;
    return f;
  };
}

function logsOf(values: ArrayLike<number>, name: string): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw new Error(`${name}[${i}] must be a finite positive number, got ${String(v)}`);
    out[i] = Math.log(v);
  }
  return out;
}

function mean(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return s / v.length;
}

/**
 * Fits L(x) = E + A·x^(−α) by minimising Σᵢ Huber_δ(LSE(a − α log xᵢ, e) − log yᵢ) (δ = 1e-3) with L-BFGS
 * from a 216-point grid of starts; x and y are rescaled by their geometric means first so the grid
 * fits any units (the objective is unchanged by that rescaling). A = eᵃ, E = eᵉ.
 */
export function fitPowerLaw(xs: ArrayLike<number>, ys: ArrayLike<number>, options: PowerLawOptions = {}): PowerLawFit {
  if (xs?.length === undefined || ys?.length === undefined) throw new Error('xs and ys must be arrays of numbers');
  if (xs.length !== ys.length) throw new Error(`xs and ys must have the same length, got ${xs.length} and ${ys.length}`);
  if (xs.length < 4) throw new Error(`xs must hold at least 4 points (3 parameters), got ${xs.length}`);
  const logX = logsOf(xs, 'xs');
  const logY = logsOf(ys, 'ys');
  const cx = mean(logX);
  const cy = mean(logY);
  const lx = logX.map((v) => v - cx);
  const ly = logY.map((v) => v - cy);
  const starts = new Float64Array(AXES[0].length * AXES[1].length * AXES[2].length * 3);
  let k = 0;
  for (const a of AXES[0]) for (const e of AXES[1]) for (const alpha of AXES[2]) starts.set([a, e, alpha], 3 * k++);
  const [best] = multistartLbfgs(powerLawObjective(lx, ly, options.delta ?? 1e-3), starts, 3, {
    stages: STAGES, onProgress: options.onProgress,
  });
  // Undo the rescaling: y = e^cy·y', x' = x·e^(−cx) ⇒ A = e^(a' + cy + α·cx), E = e^(e' + cy).
  const [a, e, alpha] = best.x;
  return { E: Math.exp(e + cy), A: Math.exp(a + cy + alpha * cx), alpha, objective: best.f };
}
