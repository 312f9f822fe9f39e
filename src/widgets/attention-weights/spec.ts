import { defineWidget, type ParamValues } from '../../core/params';
import type { WeightsViewArgs } from '../../compute/attention/weightsView';
import { chosenVariants, scoreModelParams, SWEEP_VARIANTS, variantSwitches } from '../attention-shared/variants';

/** One query's weights at the training length and at k times it, side by side. */
export const attentionWeightsSpec = defineWidget({
  name: 'attention-weights',
  title: { en: 'One query at L and at k·L', zh: '同一个查询在 L 与 k·L 处' },
  description: {
    en: 'The same query and keys at the training length L and with k − 1 times as many keys appended: each normalisation’s weights sorted from largest to smallest on log axes, the relevant keys marked, and a table of their weight, the entropy and the total weight at both lengths.',
    zh: '同一组查询与键，先取训练长度 L，再追加 k − 1 倍的键：每种归一化方式的权重从大到小排列，画在对数坐标上，标出相关键，并列表给出两个长度下它们的权重、熵与总权重。',
  },
  notebook: 'attention-length',
  height: 420,
  footprint: { wide: 1256, narrow: 1280 },
  params: {
    trainLength: { kind: 'integer', label: { en: 'Training length L', zh: '训练长度 L' }, min: 16, max: 65536, default: 512, log: true, unit: { en: 'tokens', zh: 'token' } },
    factor: {
      kind: 'integer', label: { en: 'Longer context k', zh: '加长倍数 k' }, min: 1, max: 64, default: 16,
      help: { en: 'the right panel has k·L keys (at most 1 048 576)', zh: '右图有 k·L 个键（至多 1 048 576 个）' },
    },
    ...scoreModelParams,
    relevant: { ...scoreModelParams.relevant, default: 1 },
    ...variantSwitches(SWEEP_VARIANTS, ['relu2-sum']),
  },
});

export type WeightsValues = ParamValues<typeof attentionWeightsSpec.params>;

/** The request, or null when every variant is switched off. */
export function weightsArgs(v: WeightsValues): WeightsViewArgs | null {
  const variants = chosenVariants(SWEEP_VARIANTS, v);
  if (variants.length === 0) return null;
  return { d: v.d, kappa: v.kappa, trainLength: v.trainLength, factor: v.factor, relevant: { count: v.relevant, cosine: v.cosine }, seed: v.seed, variants };
}
