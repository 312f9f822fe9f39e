import { expect, test } from 'vitest';
import { setLang } from '../../core/i18n';
import { quantaCurves } from '../../compute/scaling/widgets';
import { quantaCsv, quantaFigure, slopeRows } from './plots';

const r = quantaCurves({ alpha: 0.5, K: 1000, seed: 2 });

test('figure: n curve on the top axes, D curves on the lower ones, all log', () => {
  const fig = quantaFigure(r);
  expect(fig.data).toHaveLength(7);
  expect((fig.data[3] as { xaxis: string }).xaxis).toBe('x2');
  expect(fig.layout.xaxis?.type).toBe('log');
  expect(fig.layout.yaxis2?.type).toBe('log');
  expect((fig.data[2] as { hovertext: string[] }).hovertext[0]).toBe('theory −α = −0.500');
});

test('slope rows compare fitted exponents with α and α/(α+1)', () => {
  const rows = slopeRows(r);
  expect(rows[0].theory).toBe('α = 0.500');
  expect(rows[1].theory).toBe('α/(α+1) = 0.333');
  expect(Math.abs(Number(rows[0].fitted) - 0.5)).toBeLessThan(0.05);
});

test('csv has one row per sampled point', () => {
  const lines = quantaCsv(r).trim().split('\n');
  expect(lines[0]).toBe('n,loss_n,D,loss_D_expected,loss_D_sampled,learned_D_sampled');
  expect(lines.length).toBe(1 + Math.max(r.n.length, r.D.length));
});

test('in Chinese: axis titles, legend and table rows from the catalogue, numbers unchanged', () => {
  setLang('zh');
  try {
    const fig = quantaFigure(r);
    expect(fig.layout.xaxis?.title).toEqual({ text: '掌握的量子数 n' });
    expect((fig.data[1] as { name: string; legendgroup: string }).name).toBe('拟合斜率');
    expect((fig.data[2] as { hovertext: string[] }).hovertext[0]).toBe('理论 −α = −0.500');
    expect(slopeRows(r)[1]).toMatchObject({ name: 'L 随 D（抽样）', theory: 'α/(α+1) = 0.333' });
  } finally {
    setLang('en');
  }
});
