import { defineWidget } from '../../core/params';

/** The quantization model (Michaud et al. 2023): Zipfian quanta turn into power laws in n and D. */
export const scalingQuantaSpec = defineWidget({
  name: 'scaling-quanta',
  title: { en: 'Power laws from Zipfian quanta', zh: '由 Zipf 分布的量子得到幂律' },
  description: {
    en: 'Skills (quanta) used with frequencies p_k ∝ k^−(α+1): a model holding the n most used has loss Σ_{k>n} p_k ∝ n^−α, and one trained on D samples learns the quanta it has seen, so L ∝ D^−α/(α+1). Fitted slopes against the theory.',
    zh: '各项技能（量子）的使用频率为 p_k ∝ k^−(α+1)：掌握最常用的 n 个量子的模型，损失为 Σ_{k>n} p_k ∝ n^−α；用 D 个样本训练的模型学会它见过的量子，于是 L ∝ D^−α/(α+1)。拟合斜率与理论值对照。',
  },
  notebook: 'scaling-laws',
  height: 480,
  footprint: { wide: 910, narrow: 1080 },
  params: {
    alpha: {
      kind: 'number', label: { en: 'Zipf exponent α', zh: 'Zipf 指数 α' }, min: 0.1, max: 2, step: 0.01, default: 0.5,
      help: { en: 'quantum k is used with frequency ∝ k^−(α+1)', zh: '第 k 个量子的使用频率 ∝ k^−(α+1)' },
    },
    K: { kind: 'integer', label: { en: 'Number of quanta K', zh: '量子总数 K' }, min: 100, max: 1_000_000, log: true, default: 10_000 },
    seed: {
      kind: 'integer', label: { en: 'Sampling seed', zh: '抽样种子' }, min: 0, max: 99999, default: 1,
      help: { en: 'which quanta the D samples happen to show', zh: '决定 D 个样本恰好包含哪些量子' },
    },
  },
});
