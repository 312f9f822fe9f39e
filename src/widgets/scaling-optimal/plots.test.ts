import { expect, test } from 'vitest';
import { optimalFrontiers } from '../../compute/scaling/widgets';
import { budgetRows, laws, optimalCsv, optimalFigure } from './plots';

const view = optimalFrontiers({ custom: { E: 1.7, A: 400, B: 400, alpha: 0.3, beta: 0.3 }, cMin: 1e18, cMax: 1e27, points: 10 });

test('the chosen law comes first, then the others', () => {
  expect(laws(view, 'hoffmann').map((x) => x.law)).toEqual(['hoffmann', 'epoch', 'custom']);
  expect(laws({ ...view, custom: null }, 'epoch').map((x) => x.law)).toEqual(['epoch', 'hoffmann']);
});

test('figure: three lines per law on log axes, Chinchilla marked, the 20-tokens line on the lower axis', () => {
  const fig = optimalFigure(view, 'custom');
  expect(fig.data).toHaveLength(3 * 3 + 2);
  expect((fig.data[0] as { line: { width: number } }).line.width).toBeGreaterThan((fig.data[3] as { line: { width: number } }).line.width);
  expect(fig.layout.xaxis?.type).toBe('log');
  const rule = fig.data.at(-1) as { y: number[]; yaxis: string };
  expect(rule.y).toEqual([20, 20]);
  expect(rule.yaxis).toBe('y2');
});

test('budget rows: D/N and its drift per decade of compute', () => {
  const rows = budgetRows(view, 'epoch');
  expect(rows[0].name).toBe('Besiroglu et al.');
  expect(rows[0].ratio).toBe('18.4');
  expect(rows.find((r) => r.law === 'custom')!.drift).toBe('× 1.000');
  expect(rows.find((r) => r.law === 'custom')!.ratio).toBe('1');
});

test('csv: one row per compute', () => {
  const lines = optimalCsv(view, 'epoch').trim().split('\n');
  expect(lines).toHaveLength(11);
  expect(lines[0].startsWith('C,N_opt_epoch,D_opt_epoch,tokens_per_param_epoch,loss_epoch')).toBe(true);
});
