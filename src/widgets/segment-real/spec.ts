import { defineWidget } from '../../core/params';
import { alphaParam, piecesParam, textParam, vocabParam } from '../segment-shared/params';

/** Any sentence under a real unigram model: Viterbi's answer, samples from both methods, cut probabilities. */
export const segmentRealSpec = defineWidget({
  name: 'segment-real',
  title: { en: 'A real vocabulary: any sentence', zh: '真实词表：任意句子' },
  description: {
    en: 'Type any sentence and segment it with a real unigram model: ALBERT’s SentencePiece model (30 000 English pieces) or jieba’s dictionary (Chinese words and their counts), loaded on demand; or with your own list. Viterbi’s segmentation, samples from perfect sampling and from the old Viterbi Sampling with their exact probabilities, and the probability of a cut between each pair of characters, exact and as each sampler makes it.',
    zh: '输入任意句子，用真实的 unigram 模型切分：ALBERT 的 SentencePiece 模型（30 000 个英文词条）或 jieba 的词典（中文词及其词频），用到时才加载；也可以用你自己的词表。给出 Viterbi 切分、完美采样与旧版 Viterbi Sampling 的样本及其精确概率，以及每两个相邻字符之间被切开的概率：精确值和两种采样器各自的频率。',
  },
  notebook: 'random-segmentation',
  height: 380,
  footprint: { wide: 1684, narrow: 1539 },
  params: {
    text: textParam('Subword regularization samples a new segmentation every time.', 400),
    vocab: vocabParam('albert'),
    pieces: piecesParam,
    alpha: alphaParam(0.2),
    show: { kind: 'integer', label: { en: 'Samples listed', zh: '列出的样本数' }, min: 1, max: 20, default: 6 },
    seed: {
      kind: 'integer', label: { en: 'Seed', zh: '随机种子' }, min: 0, max: 999_999, default: 1,
      help: { en: 'the same seed draws the same samples', zh: '同一个种子抽出同样的样本' },
    },
  },
});
