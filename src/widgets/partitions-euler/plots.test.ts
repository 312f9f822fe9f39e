import { describe, expect, test } from 'vitest';
import { eulerCounts } from '../../compute/partitions/widgets';
import { glaisherWalk } from '../../compute/partitions/parse';
import { cellSize, eulerCsv, eulerFigure, shownFrames, walkFrames } from './plots';

describe('walkFrames', () => {
  test('merges: the two rows that merge next, and the row each merge made', () => {
    const frames = walkFrames(glaisherWalk([5, 3, 3, 1, 1, 1]));
    expect(frames.map((f) => f.parts)).toEqual([[5, 3, 3, 1, 1, 1], [5, 3, 3, 2, 1], [6, 5, 2, 1]]);
    expect(frames.map((f) => f.going)).toEqual([[4, 5], [1, 2], []]);
    expect(frames.map((f) => f.fresh)).toEqual([[], [3], [0]]);
    expect(frames.map((f) => f.move)).toEqual(['1+1 → 2', '3+3 → 6', '']);
  });

  test('splits: the even row that splits next, and the two rows each split made', () => {
    const frames = walkFrames(glaisherWalk([6, 1]));
    expect(frames.map((f) => f.parts)).toEqual([[6, 1], [3, 3, 1]]);
    expect(frames[0]).toMatchObject({ going: [0], move: '6 → 3+3' });
    expect(frames[1].fresh).toEqual([0, 1]);
  });

  test('long walks keep their ends around a gap; cells shrink to fit the widest row', () => {
    const frames = walkFrames(glaisherWalk(Array(64).fill(1)));
    expect(frames.length).toBe(64);
    const shown = shownFrames(frames);
    expect(shown.length).toBe(17);
    expect(shown[8]).toBeNull();
    expect(shown[16]).toBe(frames[63]);
    expect(cellSize(frames)).toBe(4);
    expect(cellSize(walkFrames(glaisherWalk([3])))).toBe(16);
  });
});

describe('figure and CSV', () => {
  test('one line per count, from the counts themselves', () => {
    const r = eulerCounts(10);
    const fig = eulerFigure(r);
    expect(fig.data.map((d) => (d as { name: string }).name)).toEqual(['odd parts', 'distinct parts', 'distinct parts']);
    expect((fig.data[1] as { y: number[] }).y[10]).toBe(1);
    // Few values: dots, and the dotted line empty; many: the other way round, with the same traces.
    expect(fig.data.map((d) => (d as { x: number[] }).x.length)).toEqual([11, 11, 0]);
    const many = eulerFigure(eulerCounts(500));
    expect(many.data.map((d) => (d as { x: number[] }).x.length)).toEqual([501, 0, 501]);
    expect(many.data.map((d) => (d as { mode: string }).mode)).toEqual(fig.data.map((d) => (d as { mode: string }).mode));
    expect(eulerCsv(r).split('\n').slice(0, 3)).toEqual(['n,distinct_parts,odd_parts,equal', '0,1,1,yes', '1,1,1,yes']);
  });
});
