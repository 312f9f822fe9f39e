import { expect, test } from 'vitest';
import { ropeCosMapFor } from '../../compute/ropeCompare';
import { cosMapCsv, cosMapFigure } from './plots';

const map = (positions: number) => ropeCosMapFor({ method: 'none', base: 10000, dim: 16, positions, factor: 1, trainLength: 64, maxRows: 64 });

test('a row per position, a column per pair; aliased pairs left blank', () => {
  const m = map(640);
  expect(m.aliased).toBeGreaterThan(0);
  const heat = cosMapFigure(m, null).data[0] as { z: (number | null)[][]; x: number[]; y: number[] };
  expect(heat.z).toHaveLength(64);
  expect(heat.z[5].slice(0, m.aliased).every((v) => v === null)).toBe(true);
  expect(heat.z[5][m.aliased]).toBe(m.values[5 * m.cols + m.aliased]);
  expect(heat.y[63]).toBe(639);
});

test('the training length line only when it falls inside the positions', () => {
  expect(cosMapFigure(map(64), 32).data).toHaveLength(2);
  expect(cosMapFigure(map(64), 100).data).toHaveLength(1);
  expect(cosMapFigure(map(64), null).data).toHaveLength(1);
});

test('CSV: one row per sampled position, one column per pair', () => {
  const lines = cosMapCsv(map(10)).trim().split('\n');
  expect(lines).toHaveLength(11);
  expect(lines[0]).toBe('position,pair_0,pair_1,pair_2,pair_3,pair_4,pair_5,pair_6,pair_7');
  expect(lines[1]).toBe('0,1,1,1,1,1,1,1,1');
});
