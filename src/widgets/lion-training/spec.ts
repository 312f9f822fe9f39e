import type { TrainAllArgs } from '../../compute/optimizers/widgets';
import { defineWidget, type ParamValues } from '../../core/params';
import { optimizerConfigs, optimizerParams } from '../lion-shared/optimizers';

/** Share of the points held out for testing (the data kernel's default). */
const TEST_FRACTION = 0.25;

/** A small MLP trained on a two-class data set by each optimizer at its own settings. */
export const lionTrainingSpec = defineWidget({
  name: 'lion-training',
  title: 'Training a small network with each optimizer',
  description:
    'A 2 → h → h → 1 tanh network learns two moons or two spirals, once per optimizer, from the same initial weights and batches; compare loss and accuracy on the training and test points, and the decision boundaries. One click sets Lion from AdamW by the rule of thumb.',
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
      ],
      default: 'moons',
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

/** The job request (trainAll): a batch larger than the training set is capped to it; 0 = full batch. */
export function trainArgs(v: TrainingValues): TrainAllArgs {
  return {
    data: { kind: v.dataset, samples: v.samples, noise: v.dataNoise, seed: v.dataSeed, testFraction: TEST_FRACTION },
    hidden: v.hidden,
    activation: 'tanh',
    steps: v.steps,
    batchSize: v.batch === 0 ? null : Math.min(v.batch, trainCount(v.samples)),
    seed: v.seed,
    optimizers: optimizerConfigs(v),
  };
}
