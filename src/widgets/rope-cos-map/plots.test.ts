import { expect, test } from 'vitest';
import { ropeCosMapFor } from '../../compute/rope/widgets';
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

test('the training length line only when it falls inside the positions (an empty trace otherwise)', () => {
  const line = (m: ReturnType<typeof map>, train: number | null) => cosMapFigure(m, train).data[1] as { y: number[] };
  expect(line(map(64), 32).y).toEqual([32, 32]);
  expect(line(map(64), 100).y).toEqual([]);
  expect(line(map(64), null).y).toEqual([]);
});

test('axes fixed on the cells, as plotly would autorange them, positions running down', () => {
  const m = map(640);
  const { layout } = cosMapFigure(m, null);
  expect(layout.xaxis?.range).toEqual([-0.5, m.cols - 0.5]);
  const y = Array.from(m.position);
  expect(layout.yaxis?.range).toEqual([y[63] + (y[63] - y[62]) / 2, -(y[1] - y[0]) / 2]);
});

test('CSV: one row per sampled position, one column per pair', () => {
  const lines = cosMapCsv(map(10)).trim().split('\n');
  expect(lines).toHaveLength(11);
  expect(lines[0]).toBe('position,pair_0,pair_1,pair_2,pair_3,pair_4,pair_5,pair_6,pair_7');
  expect(lines[1]).toBe('0,1,1,1,1,1,1,1,1');
});
