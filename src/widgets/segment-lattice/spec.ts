import { defineWidget } from '../../core/params';
import { alphaParam, piecesParam, textParam, vocabParam } from '../segment-shared/params';

/** Every vocabulary piece in a text as an arc; the Viterbi path; the forward sums; one arc's probabilities. */
export const segmentLatticeSpec = defineWidget({
  name: 'segment-lattice',
  title: { en: 'The segmentation lattice', zh: '切分词格' },
  description: {
    en: 'Every vocabulary piece found in a text, drawn as an arc over its characters: each path from the first position to the last is one segmentation. The Viterbi path, the forward sums log Z and Viterbi’s best scores per position; pick an arc (click it or choose it from the list) to see its probability, how often a perfect sample uses it, and where the old Viterbi Sampling meets it.',
    zh: '文本中出现的每个词表词条都画成跨在相应字符上的一条弧：从第一个位置到最后一个位置的每条路径就是一种切分。图中还有 Viterbi 路径、每个位置上的前向和 log Z 与 Viterbi 最优得分；选一条弧（点击它，或从列表中选择），可看到它的概率、完美采样用到它的频率，以及旧版 Viterbi Sampling 在什么次序遇到它。',
  },
  notebook: 'random-segmentation',
  height: 500,
  footprint: { wide: 893, narrow: 1073 },
  params: {
    text: textParam('今天天气不错', 80),
    vocab: vocabParam('weather'),
    pieces: piecesParam,
    alpha: alphaParam(1),
    arc: {
      kind: 'text', label: { en: 'Picked arc', zh: '选中的弧' }, maxLength: 12, default: '',
      help: { en: 'the arc’s start and end positions, e.g. 0-2 for the first two characters', zh: '弧的起止位置，如 0-2 表示前两个字符' },
    },
  },
});
