/**
 * The training widget's job: one data set, one initial network, and each selected optimizer trained
 * in turn (training.ts, trainClassifier), with overall progress. The last positional argument is the
 * progress callback, as the worker client's `job` expects. Returns typed arrays only (no models).
 */
import { gridAxes, show } from './optimizerChecks';
import type { OptimizerConfig, OptimizerName } from './optimizerRules';
import { decisionSurface, trainClassifier, type TrainingOptions } from './training';
import { makeDataset, type DatasetOptions } from './trainingData';

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
  if (typeof args !== 'object' || args === null) throw new Error(`args must be an object, got ${show(args)}`);
  if (!Array.isArray(args.optimizers)) throw new Error(`optimizers must be an array, got ${show(args.optimizers)}`);
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
      throw new Error(`${who}: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  onProgress?.(1);
  return { runs, ...dataset, gridX: xs, gridY: ys };
}
