import { describe, expect, test } from 'vitest';
import { tokenizeKernels } from '../../compute/tokenize/widgets';
import { arcHeight, arcIndex, arcY, latticeCsv, latticeFigure, pickArc } from './plots';

const kernels = tokenizeKernels(() => Promise.reject(new Error('no shipped vocabulary in this test')));

describe('lattice figure', () => {
  test('arcs are parabolas through both ends; a click picks the nearest arc under it', async () => {
    expect(arcY(2, 4, 2)).toBe(0);
    expect(arcY(2, 4, 3)).toBeCloseTo(arcHeight(2, 4), 12);
    expect(arcY(2, 4, 5)).toBeNull();
    const v = await kernels.lattice({ text: '今天天气不错', vocab: 'weather', pieces: '', alpha: 1 });
    const k = pickArc(v, 3, arcHeight(2, 4));
    expect(v.piece[k]).toBe('天气');
    expect(pickArc(v, 3, 5)).toBe(-1); // nothing drawn there
    expect(arcIndex(v, '4-6')).toBe(v.piece.indexOf('不错'));
    expect(arcIndex(v, ' 4-6 ')).toBe(v.piece.indexOf('不错'));
    expect(arcIndex(v, '4-5')).toBe(v.piece.indexOf('不'));
    expect(arcIndex(v, '3-6')).toBe(-1);
    expect(arcIndex(v, 'junk')).toBe(-1);
  });

  test('the figure keeps its traces whatever is picked; reader text is escaped; the CSV lists every arc', async () => {
    const v = await kernels.lattice({ text: '<b>', vocab: 'custom', pieces: '< 0.5\nb 0.5\n> 0.5\n<b 0.1', alpha: 1 });
    const none = latticeFigure(v, -1);
    const picked = latticeFigure(v, 0);
    expect(picked.data).toHaveLength(none.data.length);
    const labels = (none.data[3] as { text: string[] }).text;
    expect(labels).toContain('&lt;b');
    const csv = latticeCsv(v).split('\n');
    expect(csv[0]).toBe('piece,start,end,p,log_p,unknown_character,on_viterbi_path,marginal,backward_choice,arrival_at_end,logZ_start,logZ_end');
    expect(csv.filter((line) => line !== '')).toHaveLength(1 + v.piece.length);
  });
});
