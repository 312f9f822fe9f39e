/**
 * The Chinchilla "approach 3" objective (Hoffmann et al. 2022, eq. 2 and appendix D.2):
 * Σᵢ Huber_δ( LSE(a − α·log Nᵢ, b − β·log Dᵢ, e) − log Lᵢ ), with its analytic gradient, over flat
 * Float64Arrays of logarithms precomputed once.
 */
import type { ObjectiveWithGradient } from '../numerics/lbfgs.ts';
import type { ScalingPoint } from './chinchilla.ts';

/** log N, log D and log L of each point, precomputed once; optional weights count repeated points. */
export interface ScalingLogData { logN: Float64Array; logD: Float64Array; logL: Float64Array; weight?: Float64Array }

/** Huber_δ(r) = r²/2 for |r| ≤ δ, else δ(|r| − δ/2) (as scipy.special.huber and Hoffmann et al.). */
export function huber(r: number, delta: number): number {
  const a = Math.abs(r);
  return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
}

/** Checks a Huber δ: finite and > 0. */
export function checkDelta(delta: number): number {
  if (!Number.isFinite(delta) || delta <= 0) throw new Error(`options.delta must be a positive finite number, got ${delta}`);
  return delta;
}

/** Validates the points (at least 5; N, D, loss finite and > 0) and returns log N, log D, log L. */
export function toLogData(points: readonly ScalingPoint[], minPoints = 5): ScalingLogData {
  if (!Array.isArray(points)) throw new Error('points must be an array of {N, D, loss}');
  if (points.length < minPoints) throw new Error(`points must hold at least ${minPoints} points, got ${points.length}`);
  const n = points.length;
  const logN = new Float64Array(n);
  const logD = new Float64Array(n);
  const logL = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = points[i];
    if (p === null || typeof p !== 'object') throw new Error(`points[${i}] must be an object {N, D, loss}`);
    for (const field of ['N', 'D', 'loss'] as const) {
      const v = p[field];
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
        throw new Error(`points[${i}].${field} must be a finite positive number, got ${String(v)}`);
      }
    }
    logN[i] = Math.log(p.N);
    logD[i] = Math.log(p.D);
    logL[i] = Math.log(p.loss);
  }
  return { logN, logD, logL };
}

/**
 * A bootstrap resample as weights: point i counted counts[i] times (points with count 0 are left out),
 * so Σᵢ cᵢ·Huberᵢ equals the sum over the resample with repeats, at fewer evaluations.
 */
export function weightedLogData(data: ScalingLogData, counts: ArrayLike<number>): ScalingLogData {
  if (counts.length !== data.logN.length) throw new Error(`counts must have one entry per point (${data.logN.length}), got ${counts.length}`);
  let n = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i] > 0) n++;
  const out = { logN: new Float64Array(n), logD: new Float64Array(n), logL: new Float64Array(n), weight: new Float64Array(n) };
  for (let i = 0, j = 0; i < counts.length; i++) {
    if (!(counts[i] > 0)) continue;
    out.logN[j] = data.logN[i];
    out.logD[j] = data.logD[i];
    out.logL[j] = data.logL[i];
    out.weight[j] = counts[i] * (data.weight ? data.weight[i] : 1);
    j++;
  }
  return out;
}

/**
 * f(a, b, e, α, β) = Σᵢ wᵢ·Huber_δ(LSE(a − α log Nᵢ, b − β log Dᵢ, e) − log Lᵢ) and its gradient
 * (∂LSE/∂uₖ = softmax qₖ; ∂/∂α = −q₁ log N, ∂/∂β = −q₂ log D). Parameters x = [a, b, e, α, β]; wᵢ = 1 unless data.weight.
 */
export function chinchillaObjective(data: ScalingLogData, delta = 1e-3): ObjectiveWithGradient {
  checkDelta(delta);
  const { logN, logD, logL } = data;
  const n = logN.length;
  const weight = data.weight ?? new Float64Array(n).fill(1);
  const halfDelta = 0.5 * delta;
  return (x, grad) => {
    const a = x[0], b = x[1], e = x[2], alpha = x[3], beta = x[4];
    let f = 0, ga = 0, gb = 0, ge = 0, gal = 0, gbe = 0;
    for (let i = 0; i < n; i++) {
      const ln = logN[i], ld = logD[i];
      const u1 = a - alpha * ln;
      const u2 = b - beta * ld;
      // Stable LSE: the largest exponent contributes exp(0) = 1; terms below e^−40 cannot change s.
      let q1 = 1, q2 = 1, q3 = 1, m: number;
      if (u1 >= u2 && u1 >= e) {
        m = u1; q2 = u2 - m > -40 ? Math.exp(u2 - m) : 0; q3 = e - m > -40 ? Math.exp(e - m) : 0;
      } else if (u2 >= e) {
        m = u2; q1 = u1 - m > -40 ? Math.exp(u1 - m) : 0; q3 = e - m > -40 ? Math.exp(e - m) : 0;
      } else {
        m = e; q1 = u1 - m > -40 ? Math.exp(u1 - m) : 0; q2 = u2 - m > -40 ? Math.exp(u2 - m) : 0;
      }
      const s = q1 + q2 + q3;
      const r = m + Math.log(s) - logL[i];
      const wt = weight[i];
      let dh: number;
      if (r > delta) { f += wt * delta * (r - halfDelta); dh = delta; }
      else if (r < -delta) { f += wt * delta * (-r - halfDelta); dh = -delta; }
      else { f += wt * 0.5 * r * r; dh = r; }
      const k = (wt * dh) / s;
      const k1 = k * q1, k2 = k * q2;
      ga += k1;
      gb += k2;
      ge += k * q3;
      gal -= k1 * ln;
      gbe -= k2 * ld;
    }
    grad[0] = ga; grad[1] = gb; grad[2] = ge; grad[3] = gal; grad[4] = gbe;
    return f;
  };
}
