import { expect, test } from 'vitest';
import { setLang } from '../../core/i18n';
import { optimalFrontiers } from '../../compute/scaling/widgets';
import { bandSummary, budgetRows, laws, optimalCsv, optimalFigure } from './plots';

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

test('axis title and legend: subscripts, not raw underscores, and the title kept off the tick labels', () => {
  const fig = optimalFigure(view, 'epoch');
  const title = fig.layout.yaxis?.title as { text: string; standoff: number };
  expect(title.text).toBe('N<sub>opt</sub>, D<sub>opt</sub>');
  expect(title.standoff).toBeGreaterThanOrEqual(8);
  expect(fig.layout.yaxis?.automargin).toBe(true);
  for (const t of fig.data as { name?: string }[]) expect(t.name ?? '').not.toContain('_');
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

test('bands: each quantity shaded between its percentile edges (upper edge filled down to the lower), CSV columns, summary', () => {
  const C = view.C;
  const band = (scale: number) => ({ lo: C.map(() => scale), median: C.map(() => 2 * scale), hi: C.map(() => 3 * scale) });
  const bands = {
    C, N: band(1e9), D: band(1e11), tokensPerParam: band(10), fit: { ...view.published.epoch, objective: 0 }, resamples: 200, used: 198,
    percentiles: [2.5, 97.5] as [number, number],
    atChinchilla: { N: { lo: 2.5e10, median: 3e10, hi: 3.6e10 }, D: { lo: 2.9e12, median: 3.2e12, hi: 3.6e12 }, tokensPerParam: { lo: 80, median: 100, hi: 140 } },
  };
  const fig = optimalFigure(view, 'epoch', bands);
  expect(fig.data).toHaveLength(6 + 3 * 3 + 2);
  const [nLo, nHi, , , ratioLo, ratioHi] = fig.data as { y: number[]; fill?: string; yaxis: string; name: string; showlegend: boolean }[];
  expect([nLo.fill, nHi.fill]).toEqual([undefined, 'tonexty']);
  expect([nLo.y[0], nHi.y[0]]).toEqual([1e9, 3e9]);
  expect(nHi.name).toBe('N<sub>opt</sub> 95% bootstrap band (200 refits)');
  expect([ratioLo.yaxis, ratioHi.yaxis, ratioHi.showlegend]).toEqual(['y2', 'y2', false]);
  expect(optimalCsv(view, 'epoch', bands).split('\n')[0]).toMatch(/,N_opt_band_lo,N_opt_band_hi,D_opt_band_lo,D_opt_band_hi,tokens_per_param_band_lo,tokens_per_param_band_hi$/);
  expect(bandSummary(bands)).toBe('At C = 5.76×10²³ FLOPs, 2.5th–97.5th percentile over 198 refits (2 had no optimum: α or β ≤ 0): N_opt 2.5×10¹⁰ to 3.6×10¹⁰, D_opt 2.9×10¹² to 3.6×10¹², D/N 80 to 140.');
});

test('in Chinese: the law names, axis title and legend come from the catalogues', () => {
  setLang('zh');
  try {
    const rows = budgetRows(view, 'custom');
    expect(rows.map((x) => x.name)).toEqual(['自定义', 'Besiroglu 等人', 'Hoffmann 等人']);
    expect(rows[1].ratio).toBe('18.4');
    const fig = optimalFigure(view, 'custom');
    expect(fig.layout.xaxis?.title).toEqual({ text: '训练计算量 C（FLOPs）' });
    expect((fig.data[0] as { name: string }).name).toBe('N<sub>opt</sub> · 自定义');
  } finally {
    setLang('en');
  }
});
