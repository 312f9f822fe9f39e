import { defineWidget, type ParamValues } from '../../core/params';
import type { RetrievalArgs } from '../../compute/attention/retrieval';
import { chosenVariants, TRAINED_VARIANTS, variantSwitches } from '../attention-shared/variants';

/** A one-layer attention model trained on a lookup at one length and tested at others, per normalisation. */
export const attentionRetrievalSpec = defineWidget({
  name: 'attention-retrieval',
  title: 'Train at one length, test at others',
  description:
    'A one-layer attention model learns to return the value (±1) of the key its query copies, trained in the browser at length L with each normalisation from the same start on the same batches; then every model answers the same test sequences from L/8 to L·K keys. Error and accuracy per length show which normalisation carries to other lengths.',
  notebook: 'attention-length',
  height: 400,
  footprint: { wide: 1480, narrow: 1300 },
  params: {
    view: {
      kind: 'choice',
      label: 'Show',
      options: [
        { value: 'mse', label: 'mean squared error per test length' },
        { value: 'accuracy', label: 'share of signs right per test length' },
        { value: 'loss', label: 'training loss per step' },
      ],
      default: 'mse',
    },
    trainLength: { kind: 'integer', label: 'Training length L', min: 8, max: 512, default: 64, log: true, unit: 'keys' },
    maxFactor: { kind: 'integer', label: 'Longest test: L ×', min: 1, max: 64, default: 32, log: true, help: 'tests run from L/8 by doublings; L × this is at most 8192' },
    steps: { kind: 'integer', label: 'Training steps', min: 20, max: 5000, default: 600, log: true },
    batch: { kind: 'integer', label: 'Sequences per step', min: 1, max: 128, default: 16 },
    lr: { kind: 'number', label: 'Learning rate (AdamW)', min: 0.001, max: 0.3, default: 0.03, log: true },
    weightDecay: { kind: 'number', label: 'Weight decay', min: 0, max: 1, step: 0.001, default: 0.01 },
    noise: { kind: 'number', label: 'Query noise ε', min: 0, max: 1, step: 0.01, default: 0.3, help: 'norm of the noise added to the target key' },
    inputDim: { kind: 'integer', label: 'Key dimension D', min: 8, max: 64, default: 32 },
    headDim: { kind: 'integer', label: 'Head dimension d', min: 4, max: 64, default: 16 },
    testSequences: { kind: 'integer', label: 'Test sequences per length', min: 20, max: 1000, default: 200, log: true },
    seed: { kind: 'integer', label: 'Seed', min: 0, max: 99999, default: 0, help: 'vocabulary, initial weights, batches and test sets' },
    ...variantSwitches(TRAINED_VARIANTS, ['relu2-sum']),
  },
});

export type RetrievalValues = ParamValues<typeof attentionRetrievalSpec.params>;

/** The job request, or null when every variant is off. */
export function retrievalArgs(v: RetrievalValues): RetrievalArgs | null {
  const variants = chosenVariants(TRAINED_VARIANTS, v);
  if (variants.length === 0) return null;
  const { trainLength, maxFactor, steps, batch, lr, weightDecay, noise, inputDim, headDim, testSequences, seed } = v;
  return { trainLength, maxFactor, steps, batch, lr, weightDecay, noise, inputDim, headDim, testSequences, seed, variants };
}
