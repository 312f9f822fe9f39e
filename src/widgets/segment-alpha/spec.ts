import { defineWidget } from '../../core/params';
import { alphaParam, piecesParam, textParam, vocabParam } from '../segment-shared/params';

/** The distribution over segmentations as α goes from 0 (uniform) to large (Viterbi's answer alone). */
export const segmentAlphaSpec = defineWidget({
  name: 'segment-alpha',
  title: 'α: from uniform to Viterbi',
  description:
    'P(s) ∝ Π p(w)^α over every segmentation of a text. At α = 0 every segmentation is equally likely; as α grows, the mass piles onto the most probable one. The bars show P at the chosen α; below, the entropy of P and the probability of Viterbi’s segmentation for α from 0 to 10, computed from forward sums without listing segmentations.',
  notebook: 'random-segmentation',
  height: 560,
  footprint: { wide: 950, narrow: 1177 },
  params: {
    text: textParam('今天天气不错', 80),
    vocab: vocabParam('weather'),
    pieces: piecesParam,
    alpha: alphaParam(1),
  },
});

/** The α axis of the curves ends here. */
export const ALPHA_MAX = 10;
