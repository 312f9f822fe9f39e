import { defineWidget } from '../../core/params';
import { alphaParam, piecesParam, textParam, vocabParam } from '../segment-shared/params';

/** Every vocabulary piece in a text as an arc; the Viterbi path; the forward sums; one arc's probabilities. */
export const segmentLatticeSpec = defineWidget({
  name: 'segment-lattice',
  title: 'The segmentation lattice',
  description:
    'Every vocabulary piece found in a text, drawn as an arc over its characters: each path from the first position to the last is one segmentation. The Viterbi path, the forward sums log Z and Viterbi’s best scores per position; pick an arc (click it or choose it from the list) to see its probability, how often a perfect sample uses it, and where the old Viterbi Sampling meets it.',
  notebook: 'random-segmentation',
  height: 500,
  footprint: { wide: 893, narrow: 1073 },
  params: {
    text: textParam('今天天气不错', 80),
    vocab: vocabParam('weather'),
    pieces: piecesParam,
    alpha: alphaParam(1),
    arc: { kind: 'text', label: 'Picked arc', maxLength: 12, default: '', help: 'the arc’s start and end positions, e.g. 0-2 for the first two characters' },
  },
});
