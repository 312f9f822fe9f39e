import type { TrainAllArgs } from '../../compute/optimizers/widgets';
import type { PointsCsv } from '../../compute/optimizers/trainingCsv';
import { defineWidget, type ParamValues } from '../../core/params';
import { optimizerConfigs, optimizerParams } from '../lion-shared/optimizers';

/** Share of the points held out for testing (the data kernel's default). */
const TEST_FRACTION = 0.25;
/** Longest CSV a link carries; longer data stays in the page and the reader is told so. */
export const LINK_MAX = 2000;
/** Longest CSV text the widget reads, pasted or from a file (2000 rows of x, y, label fit easily). */
export const TEXT_MAX = 200_000;

/** A small MLP trained on a two-class data set by each optimizer at its own settings. */
export const lionTrainingSpec = defineWidget({
  name: 'lion-training',
  title: 'Training a small network with each optimizer',
  description:
    'A 2 → h → h → 1 tanh network learns two moons, two spirals or your own CSV points (x, y, label), once per optimizer, from the same initial weights and batches; compare loss and accuracy on the training and test points, and the decision boundaries. One click sets Lion from AdamW by the rule of thumb.',
  notebook: 'lion-optimizer',
  height: 400,
  footprint: { wide: 1660, narrow: 1270 },
  params: {
    dataset: {
      kind: 'choice',
      label: 'Data set',
      options: [
        { value: 'moons', label: 'two moons' },
        { value: 'spirals', label: 'two spirals' },
        { value: 'csv', label: 'your CSV (x, y, label)' },
      ],
      default: 'moons',
    },
    csv: {
      kind: 'text',
      label: 'CSV text',
      maxLength: LINK_MAX,
      multiline: true,
      default: '',
      placeholder: 'x,y,label\n0.3,-1.2,0\n1.1,0.4,1\n…',
      help: 'the points trained on: columns x, y and label (0 or 1), with a header in any order or in that order without one',
    },
    samples: { kind: 'integer', label: 'Points', min: 40, max: 2000, default: 400, help: 'a quarter are held out for testing' },
    dataNoise: { kind: 'number', label: 'Data noise', min: 0, max: 1, step: 0.01, default: 0.15, help: 'standard deviation added to each coordinate' },
    dataSeed: { kind: 'integer', label: 'Data seed', min: 0, max: 99999, default: 0 },
    hidden: { kind: 'integer', label: 'Hidden units per layer', min: 2, max: 64, default: 16 },
    steps: { kind: 'integer', label: 'Training steps', min: 10, max: 5000, default: 600 },
    batch: { kind: 'integer', label: 'Mini-batch size', min: 0, max: 2000, default: 64, help: '0 trains on the full batch' },
    seed: { kind: 'integer', label: 'Initialisation seed', min: 0, max: 99999, default: 0, help: 'weights and batch order; every optimizer starts from the same weights' },
    view: {
      kind: 'choice',
      label: 'Show',
      options: [
        { value: 'curves', label: 'loss and accuracy curves' },
        { value: 'boundaries', label: 'data and decision boundaries' },
      ],
      default: 'curves',
    },
    ...optimizerParams({
      sgd: { on: true, lr: 0.1, weightDecay: 0, momentum: 0.9 },
      adam: { on: true, lr: 0.03, weightDecay: 0 },
      adamw: { on: true, lr: 0.03, weightDecay: 0.05 },
      lion: { on: true, lr: 0.003, weightDecay: 0.5 },
    }),
  },
});

export type TrainingValues = ParamValues<typeof lionTrainingSpec.params>;

/** Training points for `samples` points in all (the rest are held out, as makeDataset splits them). */
export const trainCount = (samples: number): number => samples - Math.round(samples * TEST_FRACTION);

/**
 * The job request (trainAll): a batch larger than the training set is capped to it; 0 = full batch.
 * `own` is the reader's parsed CSV, used when the data set is 'csv' and it can be trained on;
 * otherwise 'csv' falls back to the built-in two moons (a link too long to carry the data opens so).
 */
export function trainArgs(v: TrainingValues, own: PointsCsv | null = null): TrainAllArgs {
  const usable = v.dataset === 'csv' && own !== null && own.problem === null;
  const data: TrainAllArgs['data'] = usable
    ? { kind: 'custom', points: own.points, labels: own.labels, seed: v.dataSeed, testFraction: TEST_FRACTION }
    : { kind: v.dataset === 'spirals' ? 'spirals' : 'moons', samples: v.samples, noise: v.dataNoise, seed: v.dataSeed, testFraction: TEST_FRACTION };
  const points = usable ? own.labels.length : v.samples;
  return {
    data,
    hidden: v.hidden,
    activation: 'tanh',
    steps: v.steps,
    batchSize: v.batch === 0 ? null : Math.min(v.batch, trainCount(points)),
    seed: v.seed,
    optimizers: optimizerConfigs(v),
  };
}
