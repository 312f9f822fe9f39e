import { describe, expect, test } from 'vitest';
import { tokenizeKernels } from '../../compute/tokenize/widgets';
import { realCsv, realFigure } from './plots';

const kernels = tokenizeKernels(() => Promise.reject(new Error('no shipped vocabulary in this test')));

describe('real-vocabulary figure', () => {
  test('one bar and two marker series over the interior cuts; CSV of cuts and segmentations', async () => {
    const v = await kernels.real({ text: '今天天气不错', vocab: 'weather', pieces: '', alpha: 1, show: 2, seed: 1 });
    const fig = realFigure(v);
    expect(fig.data).toHaveLength(3);
    expect((fig.data[0] as { x: number[] }).x).toEqual([1, 2, 3, 4, 5]);
    // A cut after 天气 (position 4) is certain: every segmentation ends a piece there.
    expect((fig.data[0] as { y: number[] }).y[3]).toBeCloseTo(1, 12);
    expect((fig.data[1] as { customdata: string[] }).customdata[0]).toBe('今|天');
    const csv = realCsv(v);
    expect(csv.split('\n')[0]).toBe('cut_after_character,between,exact,perfect,old_viterbi');
    expect(csv).toContain('segmentation,exact,perfect,old_viterbi');
  });
});
