/**
 * Limited-memory BFGS (Nocedal & Wright, "Numerical Optimization", 2nd ed., Algorithm 7.4 two-loop
 * recursion and Algorithms 3.5/3.6 strong-Wolfe line search). Generic: the caller supplies one
 * callback that returns f(x) and writes ∇f(x) into `grad`.
 */
import { strongWolfeSearch } from './lbfgsLineSearch.ts';

/** f(x), writing ∇f(x) into `grad` (same length as x); must not keep references to either array. */
export type ObjectiveWithGradient = (x: Float64Array, grad: Float64Array) => number;

/** Options of {@link minimizeLbfgs}; the defaults suit smooth problems of a few to a few hundred variables. */
export interface LbfgsOptions {
  /** Number of stored correction pairs m (default 10). */
  memory?: number;
  /** Maximum number of iterations (default 1000). */
  maxIterations?: number;
  /** Stop when max|∇f| ≤ gradTol (default 1e-10). */
  gradTol?: number;
  /** Stop when (f_k − f_{k+1}) ≤ fTol · max(|f_k|, |f_{k+1}|) (default 1e-12; scale-free, unlike SciPy's factr). */
  fTol?: number;
  /** Stop when the step's largest component is below stepTol (default 1e-14). */
  stepTol?: number;
  /** Armijo constant c1 (default 1e-4). */
  c1?: number;
  /** Curvature constant c2 of the strong Wolfe condition (default 0.9). */
  c2?: number;
  /** Maximum objective evaluations per line search (default 25). */
  maxLineSearch?: number;
}

/** Result of {@link minimizeLbfgs}: the best point found, f and ∇f there, and why it stopped. */
export interface LbfgsResult {
  x: Float64Array;
  f: number;
  grad: Float64Array;
  iterations: number;
  evaluations: number;
  converged: boolean;
  reason: 'gradient' | 'ftol' | 'step' | 'max-iterations' | 'line-search';
}

function positive(name: string, value: number | undefined, fallback: number, integer = false): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`lbfgs: options.${name} must be a positive ${integer ? 'integer' : 'finite number'}, got ${value}`);
  }
  return value;
}

function dot(a: Float64Array, b: Float64Array, offset = 0, n = b.length): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[offset + i] * b[i];
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

/**
 * Minimises f from x0 by L-BFGS with analytic gradients (Nocedal & Wright, Alg. 7.4 + strong-Wolfe
 * search). f0 and grad0, when given, are f and ∇f at x0 already computed by the caller.
 */
export function minimizeLbfgs(
  fg: ObjectiveWithGradient, x0: ArrayLike<number>, options: LbfgsOptions = {}, f0?: number, grad0?: Float64Array,
): LbfgsResult {
  const n = x0.length;
  if (n === 0) throw new Error('lbfgs: x0 must have at least one component');
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x0[i])) throw new Error(`lbfgs: x0[${i}] must be finite, got ${x0[i]}`);
  }
  const m = positive('memory', options.memory, 10, true);
  const maxIter = positive('maxIterations', options.maxIterations, 1000, true);
  const gradTol = positive('gradTol', options.gradTol, 1e-10);
  const fTol = positive('fTol', options.fTol, 1e-12);
  const stepTol = positive('stepTol', options.stepTol, 1e-14);
  const c1 = positive('c1', options.c1, 1e-4);
  const c2 = positive('c2', options.c2, 0.9);
  if (!(c1 < c2 && c2 < 1)) throw new Error(`lbfgs: options.c1 and c2 must satisfy 0 < c1 < c2 < 1, got ${c1}, ${c2}`);
  const maxLs = positive('maxLineSearch', options.maxLineSearch, 25, true);

  const x = Float64Array.from(x0);
  const g = new Float64Array(n);
  let f: number;
  let evaluations = 0;
  if (f0 !== undefined && grad0 !== undefined && grad0.length === n) {
    f = f0; // the caller already evaluated x0 (multistart screening)
    g.set(grad0);
  } else {
    f = fg(x, g);
    evaluations = 1;
  }
  if (!Number.isFinite(f)) throw new Error(`lbfgs: objective at x0 must be finite, got ${f}`);

  const S = new Float64Array(m * n);
  const Y = new Float64Array(m * n);
  const rho = new Float64Array(m);
  const alphaBuf = new Float64Array(m);
  const p = new Float64Array(n);
  const work = { x: new Float64Array(n), g: new Float64Array(n), tx: new Float64Array(n), tg: new Float64Array(n) };
  let stored = 0;
  let head = 0; // index of the next slot to write
  let gamma = 1;
  let iterations = 0;
  let reason: LbfgsResult['reason'] = 'max-iterations';

  const finish = (): LbfgsResult => ({
    x, f, grad: g, iterations, evaluations, converged: reason !== 'max-iterations' && reason !== 'line-search', reason,
  });
  if (maxAbs(g) <= gradTol) {
    reason = 'gradient';
    return finish();
  }

  while (iterations < maxIter) {
    // Two-loop recursion: p = −H∇f.
    for (let i = 0; i < n; i++) p[i] = -g[i];
    for (let k = 0; k < stored; k++) {
      const slot = (head - 1 - k + m) % m;
      const a = rho[slot] * dot(S, p, slot * n, n);
      alphaBuf[slot] = a;
      for (let i = 0; i < n; i++) p[i] -= a * Y[slot * n + i];
    }
    for (let i = 0; i < n; i++) p[i] *= gamma;
    for (let k = stored - 1; k >= 0; k--) {
      const slot = (head - 1 - k + m) % m;
      const b = rho[slot] * dot(Y, p, slot * n, n);
      for (let i = 0; i < n; i++) p[i] += (alphaBuf[slot] - b) * S[slot * n + i];
    }
    let dphi0 = dot(g, p);
    if (!(dphi0 < 0)) {
      // Not a descent direction (lost curvature information): restart from steepest descent.
      stored = 0;
      gamma = 1;
      for (let i = 0; i < n; i++) p[i] = -g[i];
      dphi0 = dot(g, p);
    }
    const step0 = stored === 0 ? Math.min(1, 1 / Math.sqrt(-dphi0)) : 1;
    const ls = strongWolfeSearch(fg, x, f, p, dphi0, step0, c1, c2, maxLs, work);
    evaluations += ls.evaluations;
    iterations++;
    if (ls.step === 0) {
      if (stored > 0) {
        stored = 0; // retry once along steepest descent with a fresh memory
        gamma = 1;
        continue;
      }
      reason = 'line-search';
      break;
    }
    // s = step·p, y = g_new − g; store the pair when the curvature condition holds.
    const slot = head;
    let sy = 0;
    let yy = 0;
    let sMax = 0;
    for (let i = 0; i < n; i++) {
      const s = work.x[i] - x[i];
      const y = work.g[i] - g[i];
      S[slot * n + i] = s;
      Y[slot * n + i] = y;
      sy += s * y;
      yy += y * y;
      sMax = Math.max(sMax, Math.abs(s));
    }
    if (sy > 1e-16 * yy && yy > 0) {
      rho[slot] = 1 / sy;
      gamma = sy / yy;
      head = (head + 1) % m;
      stored = Math.min(stored + 1, m);
    }
    const fOld = f;
    x.set(work.x);
    g.set(work.g);
    f = ls.f;
    if (maxAbs(g) <= gradTol) { reason = 'gradient'; break; }
    if (fOld - f <= fTol * Math.max(Math.abs(fOld), Math.abs(f))) { reason = 'ftol'; break; }
    if (sMax <= stepTol) { reason = 'step'; break; }
  }
  return finish();
}
