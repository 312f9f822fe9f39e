import { defineWidget, same, type ParamValues } from '../../core/params';

/** N_opt(C), D_opt(C) and D/N from a loss law L = E + A/N^α + B/D^β under C = 6ND. */
export const scalingOptimalSpec = defineWidget({
  name: 'scaling-optimal',
  title: { en: 'The compute-optimal model', zh: '计算最优的模型' },
  description: {
    en: 'For a training budget C = 6ND FLOPs, the model size N and token count D that minimise E + A/N^α + B/D^β, and tokens per parameter, from Hoffmann et al.’s fit, the replication’s, or your own constants, with 95% bootstrap bands from refitting resamples of the Chinchilla runs.',
    zh: '给定训练预算 C = 6ND FLOPs，求使 E + A/N^α + B/D^β 最小的模型规模 N 与 token 数 D，以及每个参数对应的 token 数；常数取自 Hoffmann 等人的拟合、复现工作的拟合或你自己设定的值，并附上对 Chinchilla 训练记录重抽样再拟合得到的 95% bootstrap 区间带。',
  },
  notebook: 'scaling-laws',
  height: 440,
  footprint: { wide: 950, narrow: 1150 },
  params: {
    law: {
      kind: 'choice',
      label: { en: 'Loss law', zh: '损失定律' },
      options: [
        { value: 'epoch', label: { en: 'Besiroglu et al. 2024 (refit)', zh: 'Besiroglu 等人 2024（重新拟合）' } },
        { value: 'hoffmann', label: { en: 'Hoffmann et al. 2022 (approach 3)', zh: 'Hoffmann 等人 2022（方法 3）' } },
        { value: 'custom', label: { en: 'your own constants', zh: '自定义常数' } },
      ],
      default: 'epoch',
    },
    // The custom constants start at the replication's fit (EPOCH_FIT; spec.test.ts checks they agree).
    alpha: { kind: 'number', label: { en: 'α (parameters)', zh: 'α（参数量）' }, min: 0.05, max: 1, step: 0.001, default: 0.3478 },
    beta: { kind: 'number', label: { en: 'β (data)', zh: 'β（数据量）' }, min: 0.05, max: 1, step: 0.001, default: 0.3658 },
    A: { kind: 'number', label: same('A'), min: 1, max: 1e5, log: true, default: 482.01 },
    B: { kind: 'number', label: same('B'), min: 1, max: 1e5, log: true, default: 2085.43 },
    E: { kind: 'number', label: { en: 'E (irreducible loss)', zh: 'E（不可约损失）' }, min: 0, max: 4, step: 0.01, default: 1.82 },
    bands: {
      kind: 'boolean',
      label: { en: 'Bootstrap bands (95%)', zh: 'Bootstrap 区间带（95%）' },
      default: true,
      help: {
        en: 'refit the Chinchilla runs (less the 5 highest losses) on resamples drawn with replacement; shade the 2.5th–97.5th percentiles',
        zh: '对 Chinchilla 的训练记录（去掉损失最高的 5 个）做有放回重抽样并重新拟合；阴影为第 2.5 到第 97.5 百分位',
      },
    },
    resamples: {
      kind: 'integer', label: { en: 'Bootstrap resamples', zh: 'Bootstrap 重抽样次数' }, min: 100, max: 2000, step: 100, default: 200,
      help: { en: 'more resamples: steadier band edges, longer wait', zh: '次数越多，区间边缘越稳定，等待也越久' },
    },
  },
});

export type OptimalValues = ParamValues<typeof scalingOptimalSpec.params>;

/** Compute range of the plot, FLOPs: from small research runs to beyond today's largest models. */
export const C_RANGE = { cMin: 1e18, cMax: 1e27, points: 91 } as const;

/** The bootstrap job (frontierBands): the built-in runs as the fit widget reads them by default, on the plot's grid. */
export function bandArgs(v: OptimalValues) {
  return { csv: null, dropHighest: true, delta: 1e-3, resamples: v.resamples, seed: 1, ...C_RANGE };
}

/** The request for optimalFrontiers: the reader's constants only when the custom law is chosen. */
export function optimalArgs(v: OptimalValues) {
  const custom = v.law === 'custom' ? { E: v.E, A: v.A, B: v.B, alpha: v.alpha, beta: v.beta } : null;
  return { custom, ...C_RANGE };
}
