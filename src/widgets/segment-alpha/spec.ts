import { defineWidget } from '../../core/params';
import { alphaParam, piecesParam, textParam, vocabParam } from '../segment-shared/params';

/** The distribution over segmentations as α goes from 0 (uniform) to large (Viterbi's answer alone). */
export const segmentAlphaSpec = defineWidget({
  name: 'segment-alpha',
  title: { en: 'α: from uniform to Viterbi', zh: 'α：从均匀分布到 Viterbi' },
  description: {
    en: 'P(s) ∝ Π p(w)^α over every segmentation of a text. At α = 0 every segmentation is equally likely; as α grows, the mass piles onto the most probable one. The bars show P at the chosen α; below, the entropy of P and the probability of Viterbi’s segmentation for α from 0 to 10, computed from forward sums without listing segmentations.',
    zh: '对一段文本的所有切分取 P(s) ∝ Π p(w)^α。α = 0 时每种切分等可能；α 增大时，概率质量向最可能的那种切分堆积。柱状图是所选 α 下的 P；下方是 α 从 0 到 10 时 P 的熵与 Viterbi 切分的概率，它们都由前向和算出，无须列举切分。',
  },
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
