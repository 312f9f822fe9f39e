import { describe, expect, test } from 'vitest';
import { tokenizeKernels } from '../../compute/tokenize/widgets';
import { alphaCsv, alphaFigure } from './plots';
import { ALPHA_MAX } from './spec';

const kernels = tokenizeKernels(() => Promise.reject(new Error('no shipped vocabulary in this test')));

describe('α figure', () => {
  test('bars at α with the uniform level; curves over α with the chosen point', async () => {
    const v = await kernels.alphaSweep({ text: '今天天气不错', vocab: 'weather', pieces: '', alpha: 0, alphaMax: ALPHA_MAX });
    const fig = alphaFigure(v);
    const bars = fig.data[0] as { x: number[]; y: string[] };
    expect(bars.y).toHaveLength(12);
    for (const p of bars.x) expect(p).toBeCloseTo(1 / 12, 12);
    expect((fig.data[1] as { x: number[] }).x[0]).toBeCloseTo(1 / 12, 12);
    expect((fig.data[5] as { y: number[] }).y).toEqual([v.entropyAt]);
    const csv = alphaCsv(v);
    expect(csv.split('\n')[0]).toBe('segmentation,probability_at_alpha');
    expect(csv).toContain('alpha,entropy_nats,p_viterbi');
  });
});
