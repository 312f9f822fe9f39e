import { defineWidget } from '../../core/params';
import { alphaParam, piecesParam, textParam, vocabParam } from '../segment-shared/params';

/** The old Viterbi Sampling against perfect sampling against the exact distribution. */
export const segmentSamplersSpec = defineWidget({
  name: 'segment-samplers',
  title: { en: 'Viterbi Sampling against perfect sampling', zh: 'Viterbi Sampling 与完美采样' },
  description: {
    en: 'Draw segmentations with the first Viterbi Sampling and with perfect sampling (forward sums, then backward sampling), and compare their frequencies with the exact probabilities, and with the exact law of the old method. The total-variation distance to the exact distribution as the draws grow: it shrinks to 0 for one sampler, not for the other.',
    zh: '分别用最初的 Viterbi Sampling 和完美采样（先算前向和，再反向采样）抽取切分，把它们的频率与精确概率、以及旧方法的精确分布相比较。随抽样次数增加，与精确分布的总变差距离对一种采样器趋于 0，对另一种则不然。',
  },
  notebook: 'random-segmentation',
  height: 620,
  footprint: { wide: 1147, narrow: 1507 },
  params: {
    text: textParam('watching', 80),
    vocab: vocabParam('watching'),
    pieces: piecesParam,
    alpha: alphaParam(1),
    samples: { kind: 'integer', label: { en: 'Draws per sampler', zh: '每种采样器的抽样次数' }, min: 10, max: 100_000, default: 5000, log: true },
    seed: {
      kind: 'integer', label: { en: 'Seed', zh: '随机种子' }, min: 0, max: 999_999, default: 1,
      help: { en: 'the same seed draws the same samples', zh: '同一个种子抽出同样的样本' },
    },
  },
});
