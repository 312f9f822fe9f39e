import type { TrainAllArgs } from '../../compute/optimizers/widgets';
import type { PointsCsv } from '../../compute/optimizers/trainingCsv';
import { defineWidget, same, type ParamValues } from '../../core/params';
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
  title: { en: 'Training a small network with each optimizer', zh: '用各个优化器训练一个小网络' },
  description: {
    en: 'A 2 → h → h → 1 tanh network learns two moons, two spirals or your own CSV points (x, y, label), once per optimizer, from the same initial weights and batches; compare loss and accuracy on the training and test points, and the decision boundaries. One click sets Lion from AdamW by the rule of thumb.',
    zh: '一个 2 → h → h → 1 的 tanh 网络学习“双月”、“双螺旋”或你自己的 CSV 数据点（x, y, label），每个优化器各训练一次，初始权重和批次都相同；比较训练点与测试点上的损失和准确率，以及决策边界。一键即可按经验法则由 AdamW 设定 Lion。',
  },
  notebook: 'lion-optimizer',
  height: 400,
  footprint: { wide: 1660, narrow: 1270 },
  params: {
    dataset: {
      kind: 'choice',
      label: { en: 'Data set', zh: '数据集' },
      options: [
        { value: 'moons', label: { en: 'two moons', zh: '双月' } },
        { value: 'spirals', label: { en: 'two spirals', zh: '双螺旋' } },
        { value: 'csv', label: { en: 'your CSV (x, y, label)', zh: '你的 CSV（x, y, label）' } },
      ],
      default: 'moons',
    },
    csv: {
      kind: 'text',
      label: { en: 'CSV text', zh: 'CSV 文本' },
      maxLength: LINK_MAX,
      multiline: true,
      default: '',
      placeholder: same('x,y,label\n0.3,-1.2,0\n1.1,0.4,1\n…'),
      help: {
        en: 'the points trained on: columns x, y and label (0 or 1), with a header in any order or in that order without one',
        zh: '用来训练的点：列 x、y 与 label（0 或 1）；有表头时列可以任意排列，没有表头时须按这个顺序',
      },
    },
    samples: { kind: 'integer', label: { en: 'Points', zh: '点数' }, min: 40, max: 2000, default: 400, help: { en: 'a quarter are held out for testing', zh: '其中四分之一留作测试' } },
    dataNoise: { kind: 'number', label: { en: 'Data noise', zh: '数据噪声' }, min: 0, max: 1, step: 0.01, default: 0.15, help: { en: 'standard deviation added to each coordinate', zh: '加到每个坐标上的噪声的标准差' } },
    dataSeed: { kind: 'integer', label: { en: 'Data seed', zh: '数据种子' }, min: 0, max: 99999, default: 0 },
    hidden: { kind: 'integer', label: { en: 'Hidden units per layer', zh: '每层隐藏单元数' }, min: 2, max: 64, default: 16 },
    steps: { kind: 'integer', label: { en: 'Training steps', zh: '训练步数' }, min: 10, max: 5000, default: 600 },
    batch: { kind: 'integer', label: { en: 'Mini-batch size', zh: '小批量大小' }, min: 0, max: 2000, default: 64, help: { en: '0 trains on the full batch', zh: '0 表示全批量训练' } },
    seed: { kind: 'integer', label: { en: 'Initialisation seed', zh: '初始化种子' }, min: 0, max: 99999, default: 0, help: { en: 'weights and batch order; every optimizer starts from the same weights', zh: '决定权重与批次顺序；每个优化器都从相同的权重出发' } },
    view: {
      kind: 'choice',
      label: { en: 'Show', zh: '显示' },
      options: [
        { value: 'curves', label: { en: 'loss and accuracy curves', zh: '损失与准确率曲线' } },
        { value: 'boundaries', label: { en: 'data and decision boundaries', zh: '数据与决策边界' } },
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
