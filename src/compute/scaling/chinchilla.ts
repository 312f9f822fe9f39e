/**
 * Chinchilla "approach 3" (Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models",
 * §3.3 and appendix D.2): fit L(N, D) = E + A/N^α + B/D^β by minimising the Huber loss of the
 * log-sum-exp residual with L-BFGS from a grid of starting points, keeping the best.
 */
import { multistartLbfgs, type ScreenStage } from '../numerics/lbfgsMultistart.ts';
import { checkDelta, chinchillaObjective, toLogData, type ScalingLogData } from './objective.ts';

/** One training run: N parameters, D training tokens, final loss (nats per token). */
export interface ScalingPoint { N: number; D: number; loss: number }

/** L(N, D) = E + A/N^α + B/D^β and the Huber objective (a sum over points) at those parameters. */
export interface ChinchillaFit { E: number; A: number; B: number; alpha: number; beta: number; objective: number }

/** A published parameter set with where it comes from. */
export interface PublishedFit { E: number; A: number; B: number; alpha: number; beta: number; citation: string }

/** Hoffmann et al. 2022, approach 3 (§3.3), as rounded in the paper. */
export const HOFFMANN_FIT: PublishedFit = {
  E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28,
  citation: 'Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models", §3.3 approach 3 (arXiv:2203.15556)',
};

/** Besiroglu et al. 2024: refit on Epoch's extraction of Hoffmann et al.'s Figure 4, without the 5 highest-loss runs. */
export const EPOCH_FIT: PublishedFit = {
  E: 1.82, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658,
  citation: 'Besiroglu, Erdil, Barnett & You 2024, "Chinchilla Scaling: A replication attempt" (arXiv:2404.10102)',
};

/** Starting grids: 'hoffmann' is the paper's 4 500 points; 'coarse' is a 243-point subset of it. */
export type StartGrid = 'hoffmann' | 'coarse' | 'none';

/** Options of {@link fitChinchilla}; every field is optional. */
export interface ChinchillaFitOptions {
  /** Huber δ on the log residual (default 1e-3, as Hoffmann et al.). */
  delta?: number;
  /** Grid of starting points (default 'hoffmann'). */
  grid?: StartGrid;
  /** Extra starting points, e.g. a previous fit (warm start); E, A or B may be 0 (a term that vanished). */
  starts?: ReadonlyArray<Omit<ChinchillaFit, 'objective'>>;
  /** Screening before the full optimisations (default {@link DEFAULT_STAGES}). */
  stages?: ScreenStage[];
  /** Called with the fraction done (at most ~100 calls, the last with 1). */
  onProgress?: (fraction: number) => void;
}

/**
 * Default screening: rank every start by f; the best 16 go straight to full optimisation and the best
 * 1 000 move three L-BFGS iterations, after which the best 24 are run to convergence too. (On the
 * reference and Chinchilla data, ranking by f alone already puts a start of the global basin first.)
 */
export const DEFAULT_STAGES: readonly ScreenStage[] = [{ iterations: 0, keep: 1000, promote: 16 }, { iterations: 3, keep: 24 }];

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);

/** Axes of the start grids in parameter order [a, b, e, α, β] (Hoffmann et al., appendix D.2). */
const GRIDS: Record<Exclude<StartGrid, 'none'>, number[][]> = {
  hoffmann: [range(0, 25, 5), range(0, 25, 5), range(-1, 1, 0.5), range(0, 2, 0.5), range(0, 2, 0.5)],
  coarse: [range(0, 20, 10), range(0, 20, 10), range(-1, 1, 1), range(0, 2, 1), range(0, 2, 1)],
};

/** The starting points of a grid as a flat array of [a, b, e, α, β] rows (Cartesian product of the axes). */
export function startGrid(grid: StartGrid): Float64Array {
  if (grid === 'none') return new Float64Array(0);
  const axes = GRIDS[grid];
  if (axes === undefined) throw new Error(`options.grid must be 'hoffmann', 'coarse' or 'none', got ${String(grid)}`);
  const count = axes.reduce((c, axis) => c * axis.length, 1);
  const out = new Float64Array(count * 5);
  for (let i = 0; i < count; i++) {
    let rest = i;
    for (let k = 4; k >= 0; k--) {
      const axis = axes[k];
      out[i * 5 + k] = axis[rest % axis.length];
      rest = Math.floor(rest / axis.length);
    }
  }
  return out;
}

/**
 * Floor of log E, log A and log B in a warm start. A minimum where a term's weight ran off to zero (its
 * log towards −∞, so the constant reads 0 in float64) is a valid fit: as a start it becomes this log,
 * whose term is as good as absent (e^−700 ≈ 1e−304) yet finite to the objective.
 */
const LOG_FLOOR = -700;

/** [a, b, e, α, β] = [log A, log B, log E, α, β] of a fit. */
export function fitToParams(fit: Omit<ChinchillaFit, 'objective'>, name = 'fit'): Float64Array {
  for (const key of ['E', 'A', 'B'] as const) {
    if (!(fit[key] > 0) || !Number.isFinite(fit[key])) throw new Error(`${name}.${key} must be a finite positive number, got ${fit[key]}`);
  }
  for (const key of ['alpha', 'beta'] as const) {
    if (!Number.isFinite(fit[key])) throw new Error(`${name}.${key} must be finite, got ${fit[key]}`);
  }
  return Float64Array.of(Math.log(fit.A), Math.log(fit.B), Math.log(fit.E), fit.alpha, fit.beta);
}

/**
 * A warm start from a fit, e.g. a minimum found before: as fitToParams, except that E, A or B of 0 (a
 * term that vanished in an earlier fit) starts from LOG_FLOOR instead of being refused.
 */
export function startToParams(fit: Omit<ChinchillaFit, 'objective'>, name = 'start'): Float64Array {
  for (const key of ['E', 'A', 'B'] as const) {
    if (!(fit[key] >= 0) || !Number.isFinite(fit[key])) throw new Error(`${name}.${key} must be a finite non-negative number, got ${fit[key]}`);
  }
  const lifted = { ...fit, E: Math.max(fit.E, Math.exp(LOG_FLOOR)), A: Math.max(fit.A, Math.exp(LOG_FLOOR)), B: Math.max(fit.B, Math.exp(LOG_FLOOR)) };
  return fitToParams(lifted, name);
}

/** The fit at parameters x = [a, b, e, α, β]: A = eᵃ, B = eᵇ, E = eᵉ. */
export function paramsToFit(x: ArrayLike<number>, objective: number): ChinchillaFit {
  return { E: Math.exp(x[2]), A: Math.exp(x[0]), B: Math.exp(x[1]), alpha: x[3], beta: x[4], objective };
}

/** Distinct local minima of the Huber objective on log data, best first (the multi-start behind fitChinchilla). */
export function chinchillaMinimaOfLogData(data: ScalingLogData, options: ChinchillaFitOptions = {}): ChinchillaFit[] {
  const delta = checkDelta(options.delta ?? 1e-3);
  const grid = startGrid(options.grid ?? 'hoffmann');
  const extra = (options.starts ?? []).map((s, i) => startToParams(s, `options.starts[${i}]`));
  if (grid.length === 0 && extra.length === 0) throw new Error("options.starts must not be empty when options.grid is 'none'");
  const starts = new Float64Array(grid.length + extra.length * 5);
  extra.forEach((x, i) => starts.set(x, i * 5));
  starts.set(grid, extra.length * 5);
  const minima = multistartLbfgs(chinchillaObjective(data, delta), starts, 5, {
    stages: options.stages ?? [...DEFAULT_STAGES],
    onProgress: options.onProgress,
  });
  return minima.map((m) => paramsToFit(m.x, m.f));
}

/** Distinct local minima reached from the best screened starts, best first (the first is fitChinchilla's answer). */
export function findChinchillaMinima(points: ScalingPoint[], options: ChinchillaFitOptions = {}): ChinchillaFit[] {
  return chinchillaMinimaOfLogData(toLogData(points), options);
}

/**
 * Fits L(N, D) = E + A/N^α + B/D^β as Hoffmann et al. 2022 (appendix D.2): minimise
 * Σᵢ Huber_δ(LSE(a − α log Nᵢ, b − β log Dᵢ, e) − log Lᵢ) by L-BFGS from their 4 500-point grid,
 * screened as in DEFAULT_STAGES (40 candidates run to convergence), keeping the best; objective is that sum.
 */
export function fitChinchilla(points: ScalingPoint[], options: ChinchillaFitOptions = {}): ChinchillaFit {
  return findChinchillaMinima(points, options)[0];
}
