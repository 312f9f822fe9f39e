import { afterEach, describe, expect, test } from 'vitest';
import { setLang } from '../../core/i18n';
import { sieveBoard, sieveWorkCurve } from '../../compute/primes/widgets';
import { boardCells, CELL, sieveCsv, sieveFigure, sieveSummary, stepRows, stepSummary } from './plots';

const board = sieveBoard(30);

describe('board cells', () => {
  test('step 0: only 2 and 3 are certain, nothing is crossed', () => {
    const c = boardCells(board, 0);
    expect([c[1], c[2], c[3], c[4], c[29]]).toEqual([CELL.one, CELL.prime, CELL.prime, CELL.open, CELL.open]);
  });

  test('step 2 (p = 3): new cross-outs from 9, repeats on multiples of 6, earlier ones of 2, and certainty below 25', () => {
    const c = boardCells(board, 2);
    expect(c[3]).toBe(CELL.current);
    expect([c[9], c[15], c[21], c[27]]).toEqual([CELL.crossedNow, CELL.crossedNow, CELL.crossedNow, CELL.crossedNow]);
    expect([c[12], c[18], c[24], c[30]]).toEqual([CELL.crossedAgain, CELL.crossedAgain, CELL.crossedAgain, CELL.crossedAgain]);
    expect([c[4], c[10], c[6]]).toEqual([CELL.crossedBefore, CELL.crossedBefore, CELL.crossedBefore]);
    expect([c[5], c[23], c[25], c[29]]).toEqual([CELL.prime, CELL.prime, CELL.open, CELL.open]);
  });

  test('a step past the last one shows the finished board: exactly the primes survive', () => {
    const c = boardCells(board, 99);
    const survivors = [];
    for (let n = 2; n <= 30; n++) if (c[n] === CELL.prime || c[n] === CELL.current) survivors.push(n);
    expect(survivors).toEqual([2, 3, 5, 7, 11, 13, 17, 19, 23, 29]);
  });
});

describe('readouts', () => {
  test('step summaries count the work and the repeats', () => {
    expect(stepSummary(board, 2)).toEqual({ step: 2, prime: 3, stepsNeeded: 3, work: 14 + 8, repeats: 4, crossedOut: 14 + 4, left: 19 - 18, done: false });
    expect(stepSummary(board, 3).done).toBe(true);
    expect(sieveSummary(board, 3)).toContain('the 10 numbers left are exactly the primes');
    expect(sieveSummary(board, 0)).toContain('every number from 2 still standing');
    expect(stepRows(board)).toEqual([[1, 2, 4, 14, 14, 0], [2, 3, 9, 8, 4, 4], [3, 5, 25, 2, 1, 1]]);
  });

  test('figure: a grid of N cells in rows of the chosen width, and the work curve with this board marked', () => {
    const fig = sieveFigure(board, 1, 10, sieveWorkCurve(1e6, 5));
    const grid = fig.data[0] as { z: (number | null)[][] };
    expect(grid.z.length).toBe(3);
    expect(grid.z[2][9]).toBe(CELL.crossedNow); // 30, crossed by 2 at step 1
    expect(fig.data.map((d) => (d as { name?: string }).name)).toEqual(['board', 'cross-outs per number, sieve of 2…N', 'ln ln N', 'ln ln √N + M − 1/ln N (Mertens)', 'this board']);
    expect(fig.data[4]).toMatchObject({ x: [30], y: [24 / 30] });
    const odd = sieveFigure(sieveBoard(31), 0, 6, null);
    expect((odd.data[0] as { z: (number | null)[][] }).z[5]).toEqual([CELL.open, null, null, null, null, null]);
  });

  test('CSV has one row per number and the curve beside it', () => {
    const lines = sieveCsv(board, 2, sieveWorkCurve(100, 2)).trim().split('\n');
    expect(lines[0]).toBe('n,state,first_crossed_at_step,times_crossed,curve_N,curve_cross_outs,curve_N_ln_ln_N,curve_mertens');
    expect(lines.length).toBe(31);
    expect(lines[12]).toBe('12,crossed out again now,1,2,,,,');
  });
});

describe('in Chinese', () => {
  afterEach(() => setLang('en'));

  test('the summary, legend and hover speak Chinese with the same numbers; the CSV keeps its English data', () => {
    setLang('zh');
    expect(sieveSummary(board, 3)).toBe('3 步之后（最后一步划掉 5 的倍数），19 个合数中已有 19 个被划掉，共划掉 24 次（其中 5 次是重复）。这是 ≤ √30 的最后一个素数：剩下的 10 个数恰好就是全部素数。');
    const fig = sieveFigure(board, 2, 10, sieveWorkCurve(1e6, 5));
    expect(fig.data.map((d) => (d as { name?: string }).name)).toEqual(['棋盘', '平均每个数的划掉次数（筛 2…N）', 'ln ln N', 'ln ln √N + M − 1/ln N（Mertens）', '当前棋盘']);
    const hover = (fig.data[0] as { customdata: string[][] }).customdata;
    expect(hover[1][1]).toBe('12 = 2·6：本步再次划掉；被 2、3 划掉');
    expect(sieveCsv(board, 2, null).trim().split('\n')[12]).toBe('12,crossed out again now,1,2,,,,');
  });
});
