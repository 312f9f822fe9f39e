/**
 * Kernels behind the Lion notebook's landscape and update-size widgets: one objective surface for the
 * contour, and several optimizers run from the same start on the same (optionally noisy) gradients.
 * Results are flat typed arrays, never per-point objects, so the worker transfers them.
 */
import { logGrid, objectiveGrid, resolveObjective, type ObjectiveSpec } from './objectives';
import { gridAxes, show, type GridSpec } from './optimizerChecks';
import type { OptimizerConfig, OptimizerName } from './optimizerRules';
import { runTrajectory } from './optimizers';

/** An objective sampled on a grid, for a contour plot. */
export interface ObjectiveSurface {
  /** Grid coordinates: nx values of x, ny values of y. */
  x: Float64Array;
  y: Float64Array;
  /** log₁₀(f − f* + 10⁻³) at (x[i], y[j]), stored at j·nx + i (logGrid of objectiveGrid). */
  logGap: Float64Array;
  /** The global minimisers, flat: x₀, y₀, x₁, y₁, … */
  minima: Float64Array;
  /** f* = the global minimum value. */
  minValue: number;
}

/** log₁₀(f − f* + 10⁻³) of `objective` on a grid, with its minimisers (objectives.ts: objectiveGrid, logGrid). */
export function objectiveSurface(args: { objective: ObjectiveSpec } & GridSpec): ObjectiveSurface {
  const objective = resolveObjective(args.objective);
  const { xs, ys } = gridAxes(args);
  return {
    x: xs,
    y: ys,
    logGap: logGrid(objectiveGrid(args), objective.minValue),
    minima: Float64Array.from(objective.minima.flat()),
    minValue: objective.minValue,
  };
}

/** Several optimizers on one objective from one start (optimizers.ts, runTrajectory). */
export interface CompareArgs {
  objective: ObjectiveSpec;
  start: [number, number];
  steps: number;
  /** Run in this order; each one gets the same noise sequence (the same seed). */
  optimizers: OptimizerConfig[];
  noise?: { sigma: number; seed: number };
}

/** One optimizer's run: runTrajectory's arrays (NaN from a divergent step on). */
export interface OptimizerRun {
  name: OptimizerName;
  /** x₀, y₀, x₁, y₁, … for steps 0 … steps. */
  path: Float64Array;
  /** f(θₜ) for t = 0 … steps, without noise. */
  loss: Float64Array;
  /** ‖θₜ₊₁ − θₜ‖₂ for t = 0 … steps − 1. */
  updateNorm: Float64Array;
  divergedAt: number | null;
}

/** Runs each optimizer in turn; a bad setting throws with the optimizer's name in the message. */
export function compareTrajectories(args: CompareArgs): { minValue: number; runs: OptimizerRun[] } {
  if (typeof args !== 'object' || args === null) throw new Error(`args must be an object, got ${show(args)}`);
  if (!Array.isArray(args.optimizers)) throw new Error(`optimizers must be an array, got ${show(args.optimizers)}`);
  const objective = resolveObjective(args.objective);
  const runs = args.optimizers.map((optimizer, i): OptimizerRun => {
    try {
      const t = runTrajectory({ objective, start: args.start, steps: args.steps, optimizer, noise: args.noise });
      return { name: optimizer.name, ...t };
    } catch (err) {
      const who = typeof optimizer?.name === 'string' ? optimizer.name : `optimizers[${i}]`;
      throw new Error(`${who}: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  return { minValue: objective.minValue, runs };
}
