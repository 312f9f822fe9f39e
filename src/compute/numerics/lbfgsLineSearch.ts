/**
 * Strong-Wolfe line search for {@link minimizeLbfgs}: bracketing then zoom with safeguarded cubic
 * interpolation (Nocedal & Wright, "Numerical Optimization", 2nd ed., Algorithms 3.5 and 3.6, eq. 3.59).
 */
import type { ObjectiveWithGradient } from './lbfgs.ts';

/** Buffers owned by the caller: the accepted point goes to x/g, trial points use tx/tg. */
export interface LineSearchWork { x: Float64Array; g: Float64Array; tx: Float64Array; tg: Float64Array }

/** Accepted step (0 when no point with sufficient decrease was found), f there and evaluations used. */
export interface LineSearchResult { step: number; f: number; evaluations: number; wolfe: boolean }

/** Minimiser of the cubic through (a0, f0, d0) and (a1, f1, d1) (Nocedal & Wright eq. 3.59); NaN if none. */
export function cubicMinimizer(a0: number, f0: number, d0: number, a1: number, f1: number, d1: number): number {
  const t1 = d0 + d1 - (3 * (f0 - f1)) / (a0 - a1);
  const disc = t1 * t1 - d0 * d1;
  if (!(disc >= 0)) return NaN;
  const t2 = Math.sign(a1 - a0) * Math.sqrt(disc);
  return a1 - ((a1 - a0) * (d1 + t2 - t1)) / (d1 - d0 + 2 * t2);
}

/**
 * Finds a step a along p with f(x+ap) ≤ f0 + c1·a·φ'(0) and |φ'(a)| ≤ c2·|φ'(0)| (strong Wolfe), starting
 * at step0. If the evaluation budget runs out, the best point with sufficient decrease is returned
 * (wolfe = false); non-finite trial values count as "too far".
 */
export function strongWolfeSearch(
  fg: ObjectiveWithGradient, x: Float64Array, f0: number, p: Float64Array, dphi0: number,
  step0: number, c1: number, c2: number, maxEval: number, work: LineSearchWork,
): LineSearchResult {
  const n = x.length;
  const { tx, tg } = work;
  let evaluations = 0;
  let bestStep = 0;
  let bestF = f0;
  const evaluate = (a: number): [number, number] => {
    for (let i = 0; i < n; i++) tx[i] = x[i] + a * p[i];
    const ft = fg(tx, tg);
    evaluations++;
    let d = 0;
    for (let i = 0; i < n; i++) d += tg[i] * p[i];
    return [ft, d];
  };
  const armijo = (a: number, ft: number) => Number.isFinite(ft) && ft <= f0 + c1 * a * dphi0;
  const keep = (a: number, ft: number) => {
    if (armijo(a, ft) && ft < bestF) {
      bestStep = a;
      bestF = ft;
      work.x.set(tx);
      work.g.set(tg);
    }
  };
  const done = (wolfe: boolean): LineSearchResult => ({ step: bestStep, f: bestF, evaluations, wolfe });
  const curvatureOk = (d: number) => Math.abs(d) <= -c2 * dphi0;

  const zoom = (lo: number, fLo: number, dLo: number, hi: number, fHi: number, dHi: number): LineSearchResult => {
    while (evaluations < maxEval) {
      const width = Math.abs(hi - lo);
      if (width <= 1e-16 * Math.max(1, Math.abs(lo))) break;
      let a = Number.isFinite(fHi) && Number.isFinite(dHi) ? cubicMinimizer(lo, fLo, dLo, hi, fHi, dHi) : NaN;
      const left = Math.min(lo, hi) + 0.1 * width;
      const right = Math.max(lo, hi) - 0.1 * width;
      if (!(a >= left && a <= right)) a = 0.5 * (lo + hi);
      const [ft, dt] = evaluate(a);
      if (!armijo(a, ft) || ft >= fLo) {
        hi = a;
        fHi = ft;
        dHi = dt;
        continue;
      }
      keep(a, ft);
      if (curvatureOk(dt)) return done(true);
      if (dt * (hi - lo) >= 0) {
        hi = lo;
        fHi = fLo;
        dHi = dLo;
      }
      lo = a;
      fLo = ft;
      dLo = dt;
    }
    return done(false);
  };

  let aPrev = 0;
  let fPrev = f0;
  let dPrev = dphi0;
  let a = step0;
  while (evaluations < maxEval) {
    const [ft, dt] = evaluate(a);
    if (!armijo(a, ft) || (evaluations > 1 && ft >= fPrev)) return zoom(aPrev, fPrev, dPrev, a, ft, dt);
    keep(a, ft);
    if (curvatureOk(dt)) return done(true);
    if (dt >= 0) return zoom(a, ft, dt, aPrev, fPrev, dPrev);
    aPrev = a;
    fPrev = ft;
    dPrev = dt;
    a *= 4;
  }
  return done(false);
}
