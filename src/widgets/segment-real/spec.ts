import { defineWidget } from '../../core/params';
import { alphaParam, piecesParam, textParam, vocabParam } from '../segment-shared/params';

/** Any sentence under a real unigram model: Viterbi's answer, samples from both methods, cut probabilities. */
export const segmentRealSpec = defineWidget({
  name: 'segment-real',
  title: 'A real vocabulary: any sentence',
  description:
    'Type any sentence and segment it with a real unigram model: ALBERT’s SentencePiece model (30 000 English pieces) or jieba’s dictionary (Chinese words and their counts), loaded on demand; or with your own list. Viterbi’s segmentation, samples from perfect sampling and from the old Viterbi Sampling with their exact probabilities, and the probability of a cut between each pair of characters, exact and as each sampler makes it.',
  notebook: 'random-segmentation',
  height: 380,
  footprint: { wide: 1684, narrow: 1539 },
  params: {
    text: textParam('Subword regularization samples a new segmentation every time.', 400),
    vocab: vocabParam('albert'),
    pieces: piecesParam,
    alpha: alphaParam(0.2),
    show: { kind: 'integer', label: 'Samples listed', min: 1, max: 20, default: 6 },
    seed: { kind: 'integer', label: 'Seed', min: 0, max: 999_999, default: 1, help: 'the same seed draws the same samples' },
  },
});
