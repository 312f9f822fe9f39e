import { defineWidget, type ParamValues } from '../../core/params';
import type { SweepArgs } from '../../compute/attention/lengthSweep';
import { chosenVariants, scoreModelParams, SWEEP_VARIANTS, variantSwitches } from '../attention-shared/variants';

/** One query's attention entropy against the context length, per normalisation, over several seeds. */
export const attentionEntropySpec = defineWidget({
  name: 'attention-entropy',
  title: 'Attention entropy against length',
  description:
    'Keys uniform on a sphere (the model of 从熵不变性看Attention的Scale操作), one query, n from 16 to 65 536: the entropy of its attention (or the weight on the relevant keys, or the total weight) under softmax with a fixed scale, softmax with the log_L n scale, relu²/n, relu²/L and relu²/Σ, with the range over seeds and the article’s mean-field estimate.',
  notebook: 'attention-length',
  height: 420,
  footprint: { wide: 1300, narrow: 1390 },
  params: {
    metric: {
      kind: 'choice',
      label: 'Show',
      options: [
        { value: 'entropy', label: 'entropy of the weights (nats)' },
        { value: 'relevant', label: 'weight on the relevant keys (or the largest)' },
        { value: 'total', label: 'total weight Σa' },
      ],
      default: 'entropy',
    },
    trainLength: { kind: 'integer', label: 'Training length L', min: 16, max: 65536, default: 512, log: true, unit: 'tokens', help: 'where every variant has the same scale' },
    ...scoreModelParams,
    seeds: { kind: 'integer', label: 'Seeds', min: 1, max: 32, default: 8, help: 'independent queries; the band spans their smallest to largest value' },
    meanField: { kind: 'boolean', label: 'Mean-field estimate (dashed)', default: true },
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
