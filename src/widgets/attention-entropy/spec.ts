import { defineWidget, type ParamValues } from '../../core/params';
import type { SweepArgs } from '../../compute/attention/lengthSweep';
import { chosenVariants, scoreModelParams, SWEEP_VARIANTS, variantSwitches } from '../attention-shared/variants';

/** One query's attention entropy against the context length, per normalisation, over several seeds. */
export const attentionEntropySpec = defineWidget({
  name: 'attention-entropy',
  title: { en: 'Attention entropy against length', zh: '注意力熵随长度的变化' },
  description: {
    en: 'Keys uniform on a sphere (the model of 从熵不变性看Attention的Scale操作), one query, n from 16 to 65 536: the entropy of its attention (or the weight on the relevant keys, or the total weight) under softmax with a fixed scale, softmax with the log_L n scale, relu²/n, relu²/L and relu²/Σ, with the range over seeds and the article’s mean-field estimate.',
    zh: '键均匀分布在球面上（《从熵不变性看Attention的Scale操作》中的模型），一个查询，n 从 16 到 65 536：在固定缩放的 softmax、log_L n 缩放的 softmax、relu²/n、relu²/L 与 relu²/Σ 下，它的注意力的熵（或相关键上的权重，或总权重），并给出各种子的取值范围与原文的平均场估计。',
  },
  notebook: 'attention-length',
  height: 420,
  footprint: { wide: 1300, narrow: 1390 },
  params: {
    metric: {
      kind: 'choice',
      label: { en: 'Show', zh: '显示' },
      options: [
        { value: 'entropy', label: { en: 'entropy of the weights (nats)', zh: '权重的熵（nat）' } },
        { value: 'relevant', label: { en: 'weight on the relevant keys (or the largest)', zh: '相关键上的权重（或最大权重）' } },
        { value: 'total', label: { en: 'total weight Σa', zh: '总权重 Σa' } },
      ],
      default: 'entropy',
    },
    trainLength: {
      kind: 'integer', label: { en: 'Training length L', zh: '训练长度 L' }, min: 16, max: 65536, default: 512, log: true,
      unit: { en: 'tokens', zh: 'token' }, help: { en: 'where every variant has the same scale', zh: '各种归一化方式在这一长度上缩放相同' },
    },
    ...scoreModelParams,
    seeds: {
      kind: 'integer', label: { en: 'Seeds', zh: '种子个数' }, min: 1, max: 32, default: 8,
      help: { en: 'independent queries; the band spans their smallest to largest value', zh: '独立查询的个数；色带覆盖它们的最小值到最大值' },
    },
    meanField: { kind: 'boolean', label: { en: 'Mean-field estimate (dashed)', zh: '平均场估计（虚线）' }, default: true },
    ...variantSwitches(SWEEP_VARIANTS, ['relu2-train', 'relu2-sum']),
  },
});

export type EntropyValues = ParamValues<typeof attentionEntropySpec.params>;

/** The sweep request, or null when every variant is switched off. */
export function sweepArgs(v: EntropyValues): SweepArgs | null {
  const variants = chosenVariants(SWEEP_VARIANTS, v);
  if (variants.length === 0) return null;
  return {
    d: v.d,
    kappa: v.kappa,
    trainLength: v.trainLength,
    relevant: { count: v.relevant, cosine: v.cosine },
    seeds: v.seeds,
    seed: v.seed,
    variants,
  };
}
