import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { setLang } from '../../core/i18n';
import { fitScalingData, type ScalingBootstrapResult } from '../../compute/scaling/widgets';
import { dropEffect, fitCsv, fitFigure, logRange, paramRows, shownData } from './plots';

const BUILTIN = readFileSync(new URL('../../data/chinchilla.csv', import.meta.url), 'utf8');
// A small synthetic data set keeps this test fast; the built-in fit is tested in scalingJobs.test.ts.
const rows = ['N,D,loss'];
for (const n of [1e8, 3e8, 1e9, 3e9]) for (const d of [1e9, 1e10, 1e11]) rows.push(`${n},${d},${1.8 + 400 / n ** 0.34 + 400 / d ** 0.28}`);
const r = fitScalingData({ csv: rows.join('\n'), dropHighest: true, delta: 1e-3 }, BUILTIN);

test('figure: per D band a point trace, a curve and residuals (string colours), plus the left-out runs', () => {
  const fig = fitFigure(r);
  expect(fig.data).toHaveLength(3 * r.bands.length + 1);
  const points = fig.data[0] as { marker: { color: unknown }; x: number[] };
  expect(typeof points.marker.color).toBe('string');
  expect((fig.data[2] as { yaxis: string }).yaxis).toBe('y2');
  expect((fig.data.at(-1) as { name: string; x: number[] }).x).toHaveLength(5);
  expect(fig.layout.xaxis?.type).toBe('log');
  // The plotted points are exactly the fitted ones, and their residuals are tiny on exact data.
  const plotted = fig.data.filter((d) => (d as { mode: string; yaxis?: string; name: string }).mode === 'markers' && !(d as { yaxis?: string }).yaxis && (d as { name: string }).name !== 'left out');
  expect(plotted.reduce((s, d) => s + (d as { x: number[] }).x.length, 0)).toBe(7);
});

test('every run, the left-out ones too, lies inside the loss axis', () => {
  const { layout, data } = fitFigure(r);
  expect(layout.yaxis?.type).toBe('log');
  const [lo, hi] = (layout.yaxis?.range as [number, number]).map((e) => 10 ** e);
  const shown = data.filter((d) => (d as { mode: string; yaxis?: string }).mode === 'markers' && !(d as { yaxis?: string }).yaxis);
  const losses = shown.flatMap((d) => (d as { y: number[] }).y);
  expect(losses).toHaveLength(r.loss.length);
  for (const loss of losses) {
    expect(loss).toBeGreaterThan(lo);
    expect(loss).toBeLessThan(hi);
  }
  expect(logRange([2, 5]).hi).toBeCloseTo(Math.log10(5) + 0.06 * Math.log10(2.5), 12);
  expect(logRange([3, 3])).toEqual({ lo: Math.log10(3) - 0.006, hi: Math.log10(3) + 0.006 });
});

test('parameter rows: ours, the interval when bootstrapped, and both published fits', () => {
  const plain = paramRows(r, null);
  expect(plain.map((x) => x.name)).toEqual(['E', 'A', 'B', 'α', 'β', 'a = β/(α+β)', 'D/N at 5.76×10²³ FLOP']);
  expect(plain[0].interval).toBe('');
  expect(plain[2].hoffmann).toBe('410.7');
  expect(plain[2].epoch).toBe('2085.43');
  const iv = { lo: 0.3, median: 0.34, hi: 0.38 };
  const boot = { resamples: 200, ms: 1, intervals: { E: iv, A: iv, B: iv, alpha: iv, beta: iv, exponent: iv, tokensPerParam: iv } } as ScalingBootstrapResult;
  expect(paramRows(r, boot)[3].interval).toBe('0.3 – 0.38');
});

test('dropEffect names B both ways', () => {
  const a = { ...r.fit, B: 2000, beta: 0.36 };
  const b = { ...r.fit, B: 12000, beta: 0.45 };
  expect(dropEffect(a, b, true)).toBe('Without the 5 highest-loss runs B = 2000 and β = 0.36; with every run B = 12000 and β = 0.45 (B × 6).');
  expect(dropEffect(b, a, false)).toBe(dropEffect(a, b, true));
  expect(dropEffect(a, null, true)).toBe('');
});

test('csv: one row per run with the fitted loss and whether it was left out', () => {
  const lines = fitCsv(r).trim().split('\n');
  expect(lines[0]).toBe('N,D,loss,fitted,residual,left_out');
  expect(lines).toHaveLength(13);
});

test('shownData names the data and the choice a figure for older settings still shows', () => {
  const builtin = { csv: null, dropHighest: true, delta: 1e-3 };
  const pasted = { csv: 'N,D,loss', dropHighest: true, delta: 1e-3 };
  expect(shownData(builtin, pasted)).toBe('the built-in Chinchilla data');
  expect(shownData(pasted, builtin)).toBe('your CSV, not the built-in data');
  expect(shownData(pasted, { ...pasted, csv: 'other' })).toBe('your CSV as it was before');
  expect(shownData(builtin, { ...pasted, dropHighest: false })).toBe('the built-in Chinchilla data, without the 5 highest-loss runs');
});

test('in Chinese: axes, the drop sentence and the stale note from the catalogue', () => {
  setLang('zh');
  try {
    const fig = fitFigure(r);
    expect(fig.layout.xaxis?.title).toEqual({ text: '参数量 N' });
    expect((fig.data.at(-1) as { name: string }).name).toBe('已去掉');
    expect(dropEffect({ ...r.fit, B: 2000, beta: 0.36 }, { ...r.fit, B: 12000, beta: 0.45 }, true))
      .toBe('去掉损失最高的 5 次训练时 B = 2000，β = 0.36；保留全部训练时 B = 12000，β = 0.45（B × 6）。');
    expect(shownData({ csv: null, dropHighest: true, delta: 1e-3 }, { csv: null, dropHighest: false, delta: 1e-3 }))
      .toBe('内置的 Chinchilla 数据，不含损失最高的 5 次训练');
    expect(paramRows(r, null)[6].name).toBe('5.76×10²³ FLOP 下的 D/N');
  } finally {
    setLang('en');
  }
});
