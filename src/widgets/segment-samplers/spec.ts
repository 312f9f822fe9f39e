import { defineWidget } from '../../core/params';
import { alphaParam, piecesParam, textParam, vocabParam } from '../segment-shared/params';

/** The old Viterbi Sampling against perfect sampling against the exact distribution. */
export const segmentSamplersSpec = defineWidget({
  name: 'segment-samplers',
  title: 'Viterbi Sampling against perfect sampling',
  description:
    'Draw segmentations with the first Viterbi Sampling and with perfect sampling (forward sums, then backward sampling), and compare their frequencies with the exact probabilities, and with the exact law of the old method. The total-variation distance to the exact distribution as the draws grow: it shrinks to 0 for one sampler, not for the other.',
  notebook: 'random-segmentation',
  height: 620,
  footprint: { wide: 1147, narrow: 1507 },
  params: {
    text: textParam('watching', 80),
    vocab: vocabParam('watching'),
    pieces: piecesParam,
    alpha: alphaParam(1),
    samples: { kind: 'integer', label: 'Draws per sampler', min: 10, max: 100_000, default: 5000, log: true },
    seed: { kind: 'integer', label: 'Seed', min: 0, max: 999_999, default: 1, help: 'the same seed draws the same samples' },
  },
});
