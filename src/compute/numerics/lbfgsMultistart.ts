/**
 * Multi-start L-BFGS: cheap screening stages (rank every start by f, move the best few hundred a few
 * iterations, re-rank), then full optimisation of the most promising candidates, then deduplication
 * of the minima they reach. Screening is what makes 4 500 starts affordable in a browser.
 */
import { minimizeLbfgs, type LbfgsOptions, type ObjectiveWithGradient } from './lbfgs.ts';

/**
 * One screening stage: move every surviving candidate `iterations` L-BFGS steps (0 = just evaluate),
 * pass the best `keep` to the next stage, and send the best `promote` (default 0) straight to the full
 * optimisation, so a start that looks best early is not lost if a few iterations make it look worse.
 */
export interface ScreenStage { iterations: number; keep: number; promote?: number }

/** Options of {@link multistartLbfgs}. */
export interface MultistartOptions {
  /** Screening stages run in order (default one stage: 2 iterations from every start, keep 20). */
  stages?: ScreenStage[];
  /** Options of the full optimisations. */
  lbfgs?: LbfgsOptions;
  /** Called with the fraction of work done, at most ~100 times, last with 1. */
  onProgress?: (fraction: number) => void;
}

/** One distinct local minimum: where, its value, and how many kept candidates converged to it. */
export interface LocalMinimum { x: Float64Array; f: number; count: number; converged: boolean }

/** Rough cost of a full optimisation in evaluations, relative to one screening iteration (for progress only). */
const FULL_COST = 100;
const ITERATION_COST = 2.5;

/** Two minima are the same when their values agree to 1e-9 (relative) and their points to 1e-4. */
function sameMinimum(p: LocalMinimum, x: Float64Array, f: number): boolean {
  if (Math.abs(p.f - f) > 1e-9 * Math.max(Math.abs(p.f), Math.abs(f), 1e-300)) return false;
  for (let i = 0; i < x.length; i++) if (Math.abs(p.x[i] - x[i]) > 1e-4 * (1 + Math.abs(x[i]))) return false;
  return true;
}

/** Builds a progress reporter that calls back only when the whole percent changes (≤ 101 calls). */
export function progressReporter(onProgress?: (fraction: number) => void): (fraction: number) => void {
  if (onProgress === undefined) return () => {};
  if (typeof onProgress !== 'function') throw new Error('options.onProgress must be a function');
  let last = -1;
  return (fraction) => {
    const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
    if (percent > last) {
      last = percent;
      onProgress(percent / 100);
    }
  };
}

function checkStages(stages: ScreenStage[]): ScreenStage[] {
  if (!Array.isArray(stages)) throw new Error('options.stages must be an array of {iterations, keep}');
  stages.forEach((st, i) => {
    if (!Number.isInteger(st?.iterations) || st.iterations < 0) {
      throw new Error(`options.stages[${i}].iterations must be a non-negative integer, got ${st?.iterations}`);
    }
    if (!Number.isInteger(st.keep) || st.keep < 1) throw new Error(`options.stages[${i}].keep must be a positive integer, got ${st.keep}`);
    if (st.promote !== undefined && (!Number.isInteger(st.promote) || st.promote < 0)) {
      throw new Error(`options.stages[${i}].promote must be a non-negative integer, got ${st.promote}`);
    }
  });
  return stages;
}

/**
 * Minimises fg from each start (flat: start i is starts[i·dim … i·dim+dim−1]): screening stages rank
 * the candidates by f, the survivors run L-BFGS to convergence; returns the distinct minima, best first.
 */
export function multistartLbfgs(
  fg: ObjectiveWithGradient, starts: Float64Array, dim: number, options: MultistartOptions = {},
): LocalMinimum[] {
  if (!Number.isInteger(dim) || dim < 1) throw new Error(`dim must be a positive integer, got ${dim}`);
  if (starts.length === 0 || starts.length % dim !== 0) {
    throw new Error(`starts must hold a positive multiple of dim = ${dim} numbers, got ${starts.length}`);
  }
  const stages = checkStages(options.stages ?? [{ iterations: 2, keep: 20 }]);
  const report = progressReporter(options.onProgress);
  const count = starts.length / dim;
  const xs = Float64Array.from(starts);
  const fs = new Float64Array(count).fill(NaN); // NaN: not evaluated yet
  const gs = new Float64Array(count * dim);

  // Progress is measured in estimated evaluations.
  let total = 0;
  let alive = count;
  let finalists = 0;
  for (const st of stages) {
    total += alive * Math.max(1, ITERATION_COST * st.iterations);
    finalists += Math.min(alive, st.promote ?? 0);
    alive = Math.min(alive, st.keep);
  }
  total += (alive + finalists) * FULL_COST;
  let done = 0;

  let survivors = Array.from({ length: count }, (_, i) => i);
  const promoted = new Map<number, Float64Array>(); // start index → its point when promoted
  for (const st of stages) {
    const cost = Math.max(1, ITERATION_COST * st.iterations);
    survivors.forEach((i, k) => {
      const x = xs.subarray(i * dim, (i + 1) * dim);
      const g = gs.subarray(i * dim, (i + 1) * dim);
      if (Number.isNaN(fs[i])) fs[i] = fg(x, g);
      if (Number.isFinite(fs[i]) && st.iterations > 0) {
        const r = minimizeLbfgs(fg, x, { ...options.lbfgs, maxIterations: st.iterations }, fs[i], g);
        x.set(r.x);
        g.set(r.grad);
        fs[i] = r.f;
      }
      if (!Number.isFinite(fs[i])) fs[i] = Infinity;
      if (k % 64 === 0) report((done + k * cost) / total);
    });
    done += survivors.length * cost;
    const ranked = survivors.filter((i) => fs[i] < Infinity).sort((i, j) => fs[i] - fs[j]);
    if (ranked.length === 0) throw new Error('multistart: the objective is not finite at any starting point');
    // Promoted candidates keep their current point: later stages do not move them.
    for (const i of ranked.slice(0, st.promote ?? 0)) if (!promoted.has(i)) promoted.set(i, xs.slice(i * dim, (i + 1) * dim));
    survivors = ranked.slice(0, st.keep);
  }

  // Survivors of the last stage, then promoted starts that did not survive to it.
  const finalStarts: Float64Array[] = survivors.map((i) => xs.slice(i * dim, (i + 1) * dim));
  for (const [i, x] of promoted) if (!survivors.includes(i)) finalStarts.push(x);
  const minima: LocalMinimum[] = [];
  for (const x0 of finalStarts) {
    const r = minimizeLbfgs(fg, x0, options.lbfgs);
    const same = minima.find((p) => sameMinimum(p, r.x, r.f));
    if (same) {
      same.count++;
      if (r.f < same.f) Object.assign(same, { x: r.x, f: r.f, converged: r.converged });
    } else {
      minima.push({ x: r.x, f: r.f, count: 1, converged: r.converged });
    }
    done += FULL_COST;
    report(done / total);
  }
  report(1);
  return minima.sort((p, q) => p.f - q.f);
}
