import { afterEach, describe, expect, test } from 'vitest';
import { setLang } from '../../core/i18n';
import { segmentableLattice } from '../../compute/tokenize/lattice';
import { viterbiOldLaw } from '../../compute/tokenize/viterbiLaw';
import { formatVocabText } from '../../compute/tokenize/vocabText';
import { tokenizeKernels } from '../../compute/tokenize/widgets';
import { biasLine, comparedBars, lawNoteText, rowLabels, samplersCsv, samplersFigure } from './plots';

const kernels = tokenizeKernels(() => Promise.reject(new Error('no shipped vocabulary in this test')));

describe('samplers figure', () => {
  test('the tie: three rows, four bars each, the old method’s law and its TV floor drawn', async () => {
    const v = await kernels.samplers({ text: 'watching', vocab: 'watching', pieces: '', alpha: 1, samples: 2000, seed: 1 });
    expect(rowLabels(v).label).toEqual(['1. w|atching', '2. wat|ching', '3. watch|ing']);
    const fig = samplersFigure(v);
    const law = fig.data[3] as { x: number[] };
    expect(law.x).toEqual([0.25, 0.25, 0.5]);
    const floor = fig.data[6] as { y: number[] };
    expect(floor.y[0]).toBeCloseTo(1 / 6, 12);
    expect(biasLine(v)).toMatch(/^After 2,000 draws each: TV = [\d.e-]+ for perfect sampling, [\d.]+ for the old Viterbi Sampling\. The old method's exact law is 0\.1667 from P/);
    expect(samplersCsv(v).split('\n')[0]).toBe('segmentation,exact,perfect,old_viterbi,old_viterbi_exact_law');
  });

  test('with the law unknown its traces stay, empty; the rest of the mass is one row', async () => {
    const pieces = formatVocabText({ a: 0.3, b: 0.2, c: 0.1, ab: 0.05, bc: 0.04, ca: 0.02, abc: 0.01 });
    const v = await kernels.samplers({ text: 'abcab'.repeat(16), vocab: 'custom', pieces, alpha: 1, samples: 50, seed: 1 });
    const bars = comparedBars(v);
    expect(bars).toHaveLength(4);
    expect((bars[3] as { x: number[] }).x).toEqual([]);
    expect(rowLabels(v).label.at(-1)).toBe('all others');
    expect((samplersFigure(v).data[6] as { x: number[] }).x).toEqual([]);
  });

  afterEach(() => setLang('en'));

  test('the note on a missing law says the kernel’s words in English, and names the same limit in Chinese', async () => {
    const pieces = formatVocabText({ a: 0.3, b: 0.2, c: 0.1, ab: 0.05, bc: 0.04, ca: 0.02, abc: 0.01 });
    const long = await kernels.samplers({ text: 'abcab'.repeat(16), vocab: 'custom', pieces, alpha: 1, samples: 50, seed: 1 });
    let states = '';
    try {
      viterbiOldLaw(segmentableLattice('a'.repeat(30), { a: 0.5, aa: 0.2, aaa: 0.1, aaaa: 0.05 }), 1, 50);
    } catch (err) {
      states = (err as Error).message;
    }
    expect(lawNoteText('')).toBe('');
    expect(lawNoteText(long.lawNote)).toBe(`${long.lawNote}.`);
    expect(lawNoteText(states)).toBe(`${states}.`);
    setLang('zh');
    expect(lawNoteText(long.lawNote)).toBe('旧版 Viterbi Sampling 的精确分布只对切分数不超过 50000 的文本计算；这里只显示它的样本。');
    expect(lawNoteText(states)).toContain('超过 50 个联合状态');
    expect(biasLine(long)).toMatch(/^各抽 50 次后：完美采样的 TV = /);
  });
});
