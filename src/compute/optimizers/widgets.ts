/**
 * What the Lion notebook's widgets call through the worker: one objective surface for the landscape's
 * contours; several optimizers run from the same start on the same (optionally noisy) gradients; and
 * the training widget's job (one data set, one initial network, each selected optimizer trained in
 * turn, with overall progress as the last positional argument, as the worker client's `job` expects).
 * Results are flat typed arrays, never per-point objects or models, so the worker transfers them.
 */
import { logGrid, objectiveGrid, resolveObjective, type Objective, type ObjectiveSpec } from './objectives';
import { decisionSurface, trainClassifier, type TrainingOptions } from './training';
import { makeDataset, type DatasetOptions } from './trainingData';
import { describe } from '../numerics/checks';
import { gridAxes, type GridSpec } from './grid';
import type { OptimizerConfig, OptimizerName } from './rules';
import { runTrajectory } from './trajectory';

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
  /** A name or spec from the page; a compiled Objective from kernels in the worker (a reader's formula). */
  objective: ObjectiveSpec | Objective;
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
  if (typeof args !== 'object' || args === null) throw new Error(`args must be an object, got ${describe(args)}`);
  if (!Array.isArray(args.optimizers)) throw new Error(`optimizers must be an array, got ${describe(args.optimizers)}`);
  const objective = typeof args.objective === 'object' && 'gradient' in args.objective ? args.objective : resolveObjective(args.objective);
  const runs = args.optimizers.map((optimizer, i): OptimizerRun => {
    try {
      const t = runTrajectory({ objective, start: args.start, steps: args.steps, optimizer, noise: args.noise });
      return { name: optimizer.name, ...t };
    } catch (err) {
      const who = typeof optimizer?.name === 'string' ? optimizer.name : `optimizers[${i}]`;
      throw new Error(`${who}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  });
  return { minValue: objective.minValue, runs };
}

/** What to train: the shared settings of TrainingOptions, and the optimizers to compare. */
export interface TrainAllArgs extends Omit<TrainingOptions, 'data' | 'optimizer' | 'onProgress'> {
  data: DatasetOptions;
  optimizers: OptimizerConfig[];
  /** Points per side of the grid on which each final network's p(class 1) is sampled (default 48). */
  grid?: number;
}

/** One optimizer's curves (trainClassifier's log) and its final network's p(class 1) on the grid. */
export interface TrainedRun {
  name: OptimizerName;
  step: Float64Array;
  trainLoss: Float64Array;
  testLoss: Float64Array;
  trainAccuracy: Float64Array;
  testAccuracy: Float64Array;
  divergedAt: number | null;
  /** σ(logit) at (gridX[i], gridY[j]), stored at j·nx + i. */
  probability: Float64Array;
}

/** Every run, the data set they shared, and the grid of the probability maps. */
export interface TrainAllResult {
  runs: TrainedRun[];
  trainX: Float64Array;
  trainY: Uint8Array;
  testX: Float64Array;
  testY: Uint8Array;
  gridX: Float64Array;
  gridY: Float64Array;
}

/** The data's bounding box, widened by a tenth of its size on each side (and at least ±0.1). */
function box(points: Float64Array[], axis: 0 | 1): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    for (let k = axis; k < p.length; k += 2) {
      lo = Math.min(lo, p[k]);
      hi = Math.max(hi, p[k]);
    }
  }
  const pad = Math.max(0.1, (hi - lo) / 10);
  return [lo - pad, hi + pad];
}

/**
 * Trains the MLP once per optimizer, sequentially, from the same data and seed (so the same initial
 * weights); reports (i + f)/n while optimizer i of n is a fraction f done.
 */
export function trainAll(args: TrainAllArgs, onProgress?: (fraction: number) => void): TrainAllResult {
  if (typeof args !== 'object' || args === null) throw new Error(`args must be an object, got ${describe(args)}`);
  if (!Array.isArray(args.optimizers)) throw new Error(`optimizers must be an array, got ${describe(args.optimizers)}`);
  const { data, optimizers, grid = 48, ...shared } = args;
  const dataset = makeDataset(data);
  const surface = { xRange: box([dataset.trainX, dataset.testX], 0), yRange: box([dataset.trainX, dataset.testX], 1), nx: grid, ny: grid };
  const { xs, ys } = gridAxes(surface);
  const runs = optimizers.map((optimizer, i): TrainedRun => {
    try {
      const r = trainClassifier({
        ...shared,
        data: dataset,
        optimizer,
        onProgress: onProgress && ((f) => onProgress((i + f) / optimizers.length)),
      });
      return {
        name: optimizer.name,
        step: r.step,
        trainLoss: r.trainLoss,
        testLoss: r.testLoss,
        trainAccuracy: r.trainAccuracy,
        testAccuracy: r.testAccuracy,
        divergedAt: r.divergedAt,
        probability: decisionSurface(r.model, surface),
      };
    } catch (err) {
      const who = typeof optimizer?.name === 'string' ? optimizer.name : `optimizers[${i}]`;
      throw new Error(`${who}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  });
  onProgress?.(1);
  return { runs, ...dataset, gridX: xs, gridY: ys };
}
