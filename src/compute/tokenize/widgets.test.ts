import { describe, expect, test } from 'vitest';
import { buildAlbertVocab, buildJiebaVocab } from '../../data/vocabPlugin';
import { formatVocabText } from './vocabText';
import { VOCAB_PRESETS } from './presets';
import { logOfBig, logSpaced, tokenizeKernels, type VocabRequest } from './widgets';

const root = process.cwd();
const kernels = tokenizeKernels(async (name) => (name === 'albert' ? buildAlbertVocab(root) : buildJiebaVocab(root)));
const weather: VocabRequest = { text: '今天天气不错', vocab: 'weather', pieces: '', alpha: 1 };
const tie: VocabRequest = { text: 'watching', vocab: 'watching', pieces: '', alpha: 1 };

describe('segment-lattice kernel', () => {
  test('choice probabilities into each position sum to 1; arc marginals sum to the expected number of pieces', async () => {
    const v = await kernels.lattice(weather);
    expect(v.chars).toEqual(Array.from('今天天气不错'));
    for (let e = 1; e <= v.chars.length; e++) {
      const into = [...v.end.keys()].filter((k) => v.end[k] === e);
      expect(into.reduce((s, k) => s + v.choice[k], 0)).toBeCloseTo(1, 14);
      expect(into.map((k) => v.arrival[k])).toEqual(into.map((_, i) => i + 1));
    }
    // Every segmentation ends with exactly one arc into the last position.
    const last = [...v.end.keys()].filter((k) => v.end[k] === 6);
    expect(last.reduce((s, k) => s + v.marginal[k], 0)).toBeCloseTo(1, 14);
    expect(v.viterbi.map((k) => v.piece[k])).toEqual(['今天天气', '不错']);
    expect(v.count).toBe('12');
  });
});

describe('segment-samplers kernel', () => {
  test('the tie: exact 1/3 each, the old method’s law 1/4, 1/4, 1/2, and its TV floor 1/6', async () => {
    const v = await kernels.samplers({ ...tie, samples: 20_000, seed: 1 });
    expect(v.rows.map((r) => r.exact)).toEqual([1 / 3, 1 / 3, 1 / 3].map((p) => expect.closeTo(p, 14)));
    expect(new Map(v.rows.map((r) => [r.pieces.join('|'), r.law]))).toEqual(new Map([['w|atching', 0.25], ['wat|ching', 0.25], ['watch|ing', 0.5]]));
    expect(v.lawTv).toBeCloseTo(1 / 6, 14);
    const last = v.checkpoints.length - 1;
    expect(v.checkpoints[last]).toBe(20_000);
    expect(v.tvPerfect[last]).toBeLessThan(0.02);
    expect(Math.abs(v.tvViterbi[last] - 1 / 6)).toBeLessThan(0.02);
    expect(v.other.exact).toBeCloseTo(0, 14);
  });

  test('a long text: no list, the law out of budget is explained, TV still exact', async () => {
    const text = 'abcab'.repeat(16);
    const pieces = formatVocabText({ a: 0.3, b: 0.2, c: 0.1, ab: 0.05, bc: 0.04, ca: 0.02, abc: 0.01 });
    const v = await kernels.samplers({ text, vocab: 'custom', pieces, alpha: 1, samples: 200, seed: 2 });
    expect(v.lawNote).toBe('the exact law of the old Viterbi Sampling is computed for texts with at most 50000 segmentations; only its samples are shown');
    expect(v.lawTv).toBeNull();
    expect(v.rows.length).toBeGreaterThan(0);
    expect(BigInt(v.count)).toBeGreaterThan(50_000n);
  });
});

describe('segment-alpha kernel', () => {
  test('uniform at α = 0 (entropy log count), concentrating on Viterbi’s answer as α grows', async () => {
    const zero = await kernels.alphaSweep({ ...weather, alpha: 0, alphaMax: 10 });
    expect(zero.entropyAt).toBeCloseTo(Math.log(12), 13);
    expect(zero.logCount).toBeCloseTo(Math.log(12), 14);
    for (const b of zero.bars) expect(b.p).toBeCloseTo(1 / 12, 14);
    const big = await kernels.alphaSweep({ ...weather, alpha: 10, alphaMax: 10 });
    expect(big.pViterbiAt).toBeGreaterThan(0.999);
    expect(big.bars[0].pieces).toEqual(big.viterbi);
    for (let i = 1; i < big.entropy.length; i++) expect(big.entropy[i]).toBeLessThanOrEqual(big.entropy[i - 1] + 1e-12);
    expect(big.alphas[160]).toBe(10);
  });
});

describe('segment-real kernel and vocabulary sources', () => {
  test('ALBERT: normalised text, SentencePiece’s answer, unknown characters get a fallback piece', async () => {
    const v = await kernels.real({ text: 'Hello  World 你', vocab: 'albert', pieces: '', alpha: 0.1, show: 5, seed: 3 });
    expect(v.text).toBe('▁hello▁world▁你');
    expect(v.viterbi.pieces).toEqual(['▁hello', '▁world', '▁', '你']);
    expect(v.unknownChars).toEqual(['你']);
    expect(v.model).toEqual({ name: 'albert', pieces: 29_995, normalized: true });
    expect(v.perfect).toHaveLength(5);
    for (const s of [...v.perfect, ...v.old]) expect(s.pieces.join('')).toBe(v.text);
    expect(v.rows[0].exact).toBeGreaterThan(0);
    // A cut always falls at both ends; inside, the exact cut probabilities are the arc marginals.
    expect([v.cutExact[0], v.cutExact[v.text.length]]).toEqual([1, expect.closeTo(1, 12)]);
    for (let i = 1; i < v.text.length; i++) expect(Math.abs(v.cutPerfect[i] - v.cutExact[i])).toBeLessThan(0.05);
  });

  test('the notebook’s defaults: the old method leans toward Viterbi’s cuts (about 17 pieces where P expects 21)', async () => {
    const v = await kernels.real({ text: 'Subword regularization samples a new segmentation every time.', vocab: 'albert', pieces: '', alpha: 0.2, show: 6, seed: 1 });
    const n = Array.from(v.text).length;
    // Expected number of pieces = 1 + the cut probabilities at the interior gaps.
    const pieces = (cuts: Float64Array) => 1 + cuts.slice(1, n).reduce((s, x) => s + x, 0);
    expect(pieces(v.cutExact)).toBeCloseTo(21, 0);
    expect(pieces(v.cutViterbi)).toBeCloseTo(17, 0);
    // Where Viterbi cuts inside a word (▁regular|ization, ▁segment|ation) the old method cuts more often than P.
    const after = (prefix: string) => Array.from(prefix).length;
    for (const prefix of ['▁subword▁regular', '▁subword▁regularization▁samples▁a▁new▁segment']) {
      expect(v.cutViterbi[after(prefix)]).toBeGreaterThan(v.cutExact[after(prefix)] + 0.03);
    }
  });

  test('the length cap counts the text as typed: a full box works although ALBERT adds its ▁', async () => {
    const request = { vocab: 'albert', pieces: '', alpha: 0.2, show: 1, seed: 1 } as const;
    const full = await kernels.real({ ...request, text: 'a'.repeat(400) });
    expect(Array.from(full.text)).toHaveLength(401);
    await expect(kernels.real({ ...request, text: 'a'.repeat(401) })).rejects.toThrow('text must have at most 400 characters here, got 401');
    // NFKC writes ﷺ as 18 characters.
    await expect(kernels.real({ ...request, text: 'ﷺ'.repeat(50) })).rejects.toThrow('text must have at most 800 characters once the model has prepared it, got 901');
  });

  test('jieba: the shipped list leaves out rare words (今天天气, counted 3 times), so the cut differs from full jieba', async () => {
    const v = await kernels.real({ text: '今天天气不错', vocab: 'jieba', pieces: '', alpha: 1, show: 3, seed: 4 });
    expect(v.viterbi.pieces).toEqual(['今天', '天气', '不错']);
    expect(v.model).toEqual({ name: 'jieba', pieces: 83_664, normalized: false });
  });

  test('bad input: the first bad vocabulary line, empty or unsegmentable text, negative α', async () => {
    await expect(kernels.lattice({ ...tie, vocab: 'custom', pieces: 'w 0.1\nwat zero\nx -1' })).rejects.toThrow("vocabulary line 2: wat: 'zero' is not a number: write p(w) as 0.25, 2.5e-3 or 1/4 (and 1 more bad line)");
    await expect(kernels.lattice({ ...tie, vocab: 'custom', pieces: '# nothing' })).rejects.toThrow('the vocabulary is empty');
    await expect(kernels.lattice({ ...tie, text: '' })).rejects.toThrow('text must be a non-empty string');
    await expect(kernels.lattice({ ...tie, text: 'watchinx' })).rejects.toThrow("text 'watchinx' has no segmentation into vocabulary pieces: no piece starts at character 6 ('inx'), the furthest any segmentation reaches");
    await expect(kernels.lattice({ ...tie, alpha: -1 })).rejects.toThrow('alpha must be a non-negative finite number, got -1');
    await expect(kernels.real({ text: '   ', vocab: 'albert', pieces: '', alpha: 1, show: 1, seed: 1 })).rejects.toThrow('text must be a non-empty string, got only spaces');
    await expect(kernels.real({ text: '', vocab: 'jieba', pieces: '', alpha: 1, show: 1, seed: 1 })).rejects.toThrow("text must be a non-empty string, got ''");
    await expect(kernels.lattice({ ...tie, text: 'w'.repeat(81), vocab: 'custom', pieces: 'w 1' })).rejects.toThrow('text must have at most 80 characters here, got 81');
  });

  test('presets and helpers', () => {
    expect(Object.keys(VOCAB_PRESETS)).toEqual(['watching', 'weather']);
    expect(logSpaced(10, 1000, 3)).toEqual([10, 100, 1000]);
    expect(logOfBig(10n ** 40n)).toBeCloseTo(40 * Math.LN10, 12);
  });
});
