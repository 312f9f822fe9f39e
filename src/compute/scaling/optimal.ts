/**
 * Compute-optimal allocation under C ≈ 6ND for L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022,
 * eq. 4 and appendix D.2; Kaplan et al. 2020 for C ≈ 6ND).
 */
import type { ChinchillaFit } from './chinchilla.ts';

/** The parameters a loss surface needs (the objective of a fit is not used). */
export type LossSurface = Omit<ChinchillaFit, 'objective'>;

/** Compute-optimal N, D, D/N and loss at each compute, plus the exponents a, b and the constant G. */
export interface ComputeOptimal {
  N: Float64Array;
  D: Float64Array;
  tokensPerParam: Float64Array;
  loss: Float64Array;
  /** N_opt ∝ C^a with a = β/(α+β). */
  a: number;
  /** D_opt ∝ C^b with b = α/(α+β). */
  b: number;
  /** G = (αA/(βB))^(1/(α+β)). */
  G: number;
}

/** Checks a loss surface: A, B > 0, α, β > 0 (needed for a finite optimum), E finite. */
export function checkSurface(fit: LossSurface, name = 'fit'): void {
  if (fit === null || typeof fit !== 'object') throw new Error(`${name} must be an object {E, A, B, alpha, beta}`);
  if (!Number.isFinite(fit.E)) throw new Error(`${name}.E must be finite, got ${fit.E}`);
  for (const key of ['A', 'B', 'alpha', 'beta'] as const) {
    if (!Number.isFinite(fit[key]) || !(fit[key] > 0)) {
      throw new Error(`${name}.${key} must be a finite positive number, got ${fit[key]}`);
    }
  }
}

/** L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022, eq. 2). */
export function predictLoss(fit: LossSurface, N: number, D: number): number {
  return fit.E + fit.A / Math.pow(N, fit.alpha) + fit.B / Math.pow(D, fit.beta);
}

/**
 * Closed form of Hoffmann et al. 2022 eq. 4: N_opt(C) = G·(C/6)^(β/(α+β)), D_opt(C) = G⁻¹·(C/6)^(α/(α+β)),
 * G = (αA/(βB))^(1/(α+β)); also D_opt/N_opt and L(N_opt, D_opt), for each compute C (FLOPs, > 0).
 */
export function computeOptimal(fit: LossSurface, computes: Float64Array): ComputeOptimal {
  checkSurface(fit);
  if (!(computes instanceof Float64Array)) throw new Error('computes must be a Float64Array of FLOP counts');
  const { A, B, alpha, beta } = fit;
  const sum = alpha + beta;
  const a = beta / sum;
  const b = alpha / sum;
  // log G keeps G finite for extreme A, B (e.g. bootstrap fits with B ~ 1e10).
  const logG = (Math.log(alpha) + Math.log(A) - Math.log(beta) - Math.log(B)) / sum;
  const n = computes.length;
  const out: ComputeOptimal = {
    N: new Float64Array(n), D: new Float64Array(n), tokensPerParam: new Float64Array(n), loss: new Float64Array(n),
    a, b, G: Math.exp(logG),
  };
  for (let i = 0; i < n; i++) {
    const c = computes[i];
    if (!Number.isFinite(c) || c <= 0) throw new Error(`computes[${i}] must be a finite positive FLOP count, got ${c}`);
    const logC6 = Math.log(c / 6);
    const logN = logG + a * logC6;
    const logD = -logG + b * logC6;
    out.N[i] = Math.exp(logN);
    out.D[i] = Math.exp(logD);
    out.tokensPerParam[i] = Math.exp(logD - logN);
    out.loss[i] = fit.E + A * Math.exp(-alpha * logN) + B * Math.exp(-beta * logD);
  }
  return out;
}
