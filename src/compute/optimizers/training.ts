/**
 * Trains the small MLP of trainingMlp.ts on a two-class data set with one optimizer, logging train and
 * test loss and accuracy, deterministically from its seeds. Runs in the worker; the widget compares
 * optimizers by calling it once per optimizer with the same data and seed (hence the same init).
 */
import { requireInteger, requireOneOf, describe } from '../numerics/checks';
import { gridAxes, type GridSpec } from './grid';
import { createOptimizer, type OptimizerConfig } from './rules';
import { DIVERGENCE_BOUND } from './trajectory';
import { createRng, deriveSeed, MAX_SEED, shuffleInPlace } from '../numerics/random';
import { checkDataset, makeDataset, type Dataset, type DatasetOptions } from './trainingData';
import { createMlp, sigmoid, type Activation, type MlpModel } from './mlp';

/** Which parameters weight decay applies to: weights only (the usual practice), or biases too (PyTorch's default group). */
export type DecayScope = 'weights' | 'all';

/** One training run; unset fields take TRAINING_DEFAULTS. */
export interface TrainingOptions {
  /** A data set to generate, or one already built (e.g. with splitDataset from a user's CSV). */
  data: DatasetOptions | Dataset;
  optimizer: OptimizerConfig;
  /** Width of both hidden layers: an integer in [1, 64]. */
  hidden?: number;
  activation?: Activation;
  /** Optimizer steps: an integer in [1, 5000]. */
  steps?: number;
  /** Points per mini-batch (reshuffled each epoch, incomplete last batch dropped); null = full batch. */
  batchSize?: number | null;
  decay?: DecayScope;
  /** Seed of the initialisation and the batch order (the data set has its own). */
  seed?: number;
  /** Metrics every `logEvery` steps (and at the last); default ⌈steps/100⌉, i.e. about 100 points per curve. */
  logEvery?: number;
  /** Called with the fraction done, at most about 100 times, the last time with 1. */
  onProgress?: (fraction: number) => void;
}

/** Defaults for the unset training options. */
export const TRAINING_DEFAULTS = {
  hidden: 16,
  activation: 'tanh',
  steps: 500,
  batchSize: null,
  decay: 'weights',
  seed: 0,
} as const;

/** Metrics at the logged steps; metrics are NaN from the divergent step on. */
export interface TrainingResult {
  /** Step numbers of the log: 0 (before training), logEvery, 2·logEvery, …, steps. */
  step: Float64Array;
  trainLoss: Float64Array;
  testLoss: Float64Array;
  trainAccuracy: Float64Array;
  testAccuracy: Float64Array;
  /** First step whose parameters were non-finite or beyond DIVERGENCE_BOUND, or null. */
  divergedAt: number | null;
  /** The final model, or the last finite one before a divergence. */
  model: MlpModel;
  dataset: Dataset;
}

function isDataset(data: DatasetOptions | Dataset): data is Dataset {
  return typeof data === 'object' && data !== null && 'trainX' in data;
}

/**
 * Trains with `optimizer` (optimizerRules.ts) on the mean binary cross-entropy, full-batch or with
 * seeded mini-batches; metrics are over the whole train and test sets at each logged step.
 */
export function trainClassifier(options: TrainingOptions): TrainingResult {
  if (typeof options !== 'object' || options === null) throw new Error(`options must be an object, got ${describe(options)}`);
  const dataset = isDataset(options.data) ? checkDataset(options.data) : makeDataset(options.data);
  const nTrain = dataset.trainY.length;
  const mlp = createMlp(options.hidden ?? TRAINING_DEFAULTS.hidden, options.activation ?? TRAINING_DEFAULTS.activation);
  const steps = requireInteger('steps', options.steps ?? TRAINING_DEFAULTS.steps, 1, 5000);
  const batchSize = options.batchSize ?? null;
  if (batchSize !== null) requireInteger('batchSize', batchSize, 1, nTrain);
  const decay = requireOneOf('decay', options.decay ?? TRAINING_DEFAULTS.decay, ['weights', 'all'] as const);
  const seed = requireInteger('seed', options.seed ?? TRAINING_DEFAULTS.seed, 0, MAX_SEED);
  const logEvery = requireInteger('logEvery', options.logEvery ?? Math.ceil(steps / 100), 1, steps);
  const onProgress = options.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new Error(`onProgress must be a function, got ${describe(onProgress)}`);
  }
  const optimizer = createOptimizer(options.optimizer, mlp.size, decay === 'weights' ? mlp.weightMask : undefined);

  const params = mlp.init(deriveSeed(seed, 0));
  const previous = new Float64Array(mlp.size);
  const grad = new Float64Array(mlp.size);
  const order = new Int32Array(nTrain);
  for (let k = 0; k < nTrain; k++) order[k] = k;
  const shuffleRng = createRng(deriveSeed(seed, 1));
  let cursor = nTrain; // forces a shuffle before the first mini-batch

  const nLog = Math.ceil(steps / logEvery) + 1;
  const log = {
    // The step column is complete even after a divergence, so curves keep their x-axis.
    step: Float64Array.from({ length: nLog }, (_, row) => Math.min(row * logEvery, steps)),
    trainLoss: new Float64Array(nLog).fill(NaN),
    testLoss: new Float64Array(nLog).fill(NaN),
    trainAccuracy: new Float64Array(nLog).fill(NaN),
    testAccuracy: new Float64Array(nLog).fill(NaN),
  };
  const record = (row: number): void => {
    const train = mlp.score(params, dataset.trainX, dataset.trainY);
    const test = mlp.score(params, dataset.testX, dataset.testY);
    log.trainLoss[row] = train.loss;
    log.testLoss[row] = test.loss;
    log.trainAccuracy[row] = train.accuracy;
    log.testAccuracy[row] = test.accuracy;
  };
  record(0);

  const progressEvery = Math.ceil(steps / 100);
  let divergedAt: number | null = null;
  for (let t = 1; t <= steps; t++) {
    let batch: Int32Array | null = null;
    if (batchSize !== null) {
      if (cursor + batchSize > nTrain) {
        shuffleInPlace(order, shuffleRng);
        cursor = 0;
      }
      batch = order.subarray(cursor, cursor + batchSize);
      cursor += batchSize;
    }
    mlp.lossAndGradient(params, dataset.trainX, dataset.trainY, batch, grad);
    previous.set(params);
    optimizer.step(params, grad);
    if (!withinBound(params)) {
      divergedAt = t;
      params.set(previous);
      break;
    }
    if (t % logEvery === 0 || t === steps) record(Math.ceil(t / logEvery));
    if (onProgress && t % progressEvery === 0 && t < steps) onProgress(t / steps);
  }
  onProgress?.(1);
  return {
    ...log,
    divergedAt,
    model: { hidden: mlp.hidden, activation: mlp.activation, params },
    dataset,
  };
}

/** True when every entry is finite and at most DIVERGENCE_BOUND in magnitude (NaN fails the comparison). */
function withinBound(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!(Math.abs(values[i]) <= DIVERGENCE_BOUND)) return false;
  return true;
}

/** p(class 1) = σ(logit) of `model` on a grid, laid out as objectiveGrid: value j·nx + i is at (xs[i], ys[j]). */
export function decisionSurface(model: MlpModel, grid: GridSpec): Float64Array {
  const mlp = createMlp(model.hidden, model.activation);
  if (!(model.params instanceof Float64Array) || model.params.length !== mlp.size) {
    throw new Error(`model.params must be a Float64Array of length ${mlp.size}, got length ${describe(model.params?.length)}`);
  }
  const { xs, ys } = gridAxes(grid);
  const out = new Float64Array(xs.length * ys.length);
  for (let j = 0; j < ys.length; j++) {
    for (let i = 0; i < xs.length; i++) out[j * xs.length + i] = sigmoid(mlp.logit(model.params, xs[i], ys[j]));
  }
  return out;
}
