import { defineWidget, type ParamValues } from '../../core/params';
import type { WeightsViewArgs } from '../../compute/attention/weightsView';
import { chosenVariants, scoreModelParams, SWEEP_VARIANTS, variantSwitches } from '../attention-shared/variants';

/** One query's weights at the training length and at k times it, side by side. */
export const attentionWeightsSpec = defineWidget({
  name: 'attention-weights',
  title: 'One query at L and at k·L',
  description:
    'The same query and keys at the training length L and with k − 1 times as many keys appended: each normalisation’s weights sorted from largest to smallest on log axes, the relevant keys marked, and a table of their weight, the entropy and the total weight at both lengths.',
  notebook: 'attention-length',
  height: 420,
  footprint: { wide: 1256, narrow: 1280 },
  params: {
    trainLength: { kind: 'integer', label: 'Training length L', min: 16, max: 65536, default: 512, log: true, unit: 'tokens' },
    factor: { kind: 'integer', label: 'Longer context k', min: 1, max: 64, default: 16, help: 'the right panel has k·L keys (at most 1 048 576)' },
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
