import { afterEach, describe, expect, test } from 'vitest';
import { setLang } from '../../core/i18n';
import type { FormulaFigure } from '../../notebook/formulaFigure';
import type { MapResult, PlotResult, SequenceResult } from '../../compute/formula/widgets';
import { describeFigure, mapFigure, plotFigure, sequenceFigure } from './plots';

const axes = { x: { title: 't', log: false }, y: { title: 'y', log: false } };
const figure = (kind: FormulaFigure['kind'], labels: string[], extra: Partial<FormulaFigure> = {}): FormulaFigure =>
  ({
    kind,
    address: `guide/${kind}`,
    home: { kind: 'page', name: 'guide' },
    spec: { name: kind, title: 'Waves', description: '', notebook: 'guide', height: 300, footprint: { wide: 600, narrow: 700 }, params: {} },
    plan: { kind } as FormulaFigure['plan'],
    formulas: labels.map((label) => ({ label, html: '' })),
    readout: [],
    axes,
    ...extra,
  }) as FormulaFigure;

const plot: PlotResult = {
  x: Float64Array.from([0, 1, 2]),
  curves: [{ x: null, y: Float64Array.from([1, -2, 3]) }, { x: null, y: Float64Array.from([NaN, NaN, NaN]) }],
  readout: [],
  notes: [],
  cut: null,
};
const map: MapResult = {
  x: Float64Array.from([1, 10]),
  y: Float64Array.from([0, 2]),
  z: Float64Array.from([0, 1, 2, 3]),
  zMin: 0,
  zMax: 3,
  contours: { x: new Float64Array(0), y: new Float64Array(0) },
  readout: [],
  notes: [],
  cut: null,
} as unknown as MapResult;
const sequence: SequenceResult = { n: Float64Array.from([0, 1, 2]), values: [Float64Array.from([0, 1, 1])], exact: null, readout: [], notes: [], cut: null };

afterEach(() => setLang('en'));

describe('the figure in words (its accessible name)', () => {
  test('English, as before the catalogue', () => {
    expect(describeFigure(figure('plot', ['a', 'b']), null)).toBe('Line plot: Waves');
    expect(describeFigure(figure('plot', ['a', 'b']), plot)).toBe('Line plot over t from 0 to 2: a between −2 and 3; b undefined throughout');
    const m = figure('map', [], { axes: { ...axes, z: { title: 'f', log: false } } });
    expect(describeFigure(m, map)).toBe('Heatmap with contour lines of f over t from 1 to 10 and y from 0 to 2: values between 0 and 3');
    expect(describeFigure(figure('sequence', ['F']), sequence)).toBe('Sequence plot over t from 0 to 2: F between 0 and 1');
  });

  test('Chinese, with the author’s own labels as written', () => {
    setLang('zh');
    expect(describeFigure(figure('map', []), null)).toBe('带等高线的热力图：Waves');
    expect(describeFigure(figure('plot', ['a', 'b']), plot)).toBe('折线图，t 从 0 到 2：a 在 −2 与 3 之间；b 处处无定义');
  });
});

test('names the figure gives where the author gave none, and log axes, follow the language', () => {
  const unnamed = { ...figure('plot', []), formulas: [] };
  expect(plotFigure(plot, unnamed).data.map((d) => d.name)).toEqual(['curve 1', 'curve 2']);
  expect(sequenceFigure(sequence, { ...figure('sequence', []), formulas: [] }).data[0].name).toBe('sequence 1');
  const logged = figure('map', [], { axes: { x: { title: 'N', log: true }, y: { title: 'D', log: false } } });
  expect((mapFigure(map, logged, false).layout.xaxis?.title as { text: string }).text).toBe('N (log scale)');
  expect(plotFigure(plot, unnamed).layout.yaxis?.exponentformat).toBeUndefined();
  setLang('zh');
  expect(plotFigure(plot, unnamed).data.map((d) => d.name)).toEqual(['曲线 1', '曲线 2']);
  // 10⁹ rather than plotly's English 1B.
  expect(plotFigure(plot, unnamed).layout.yaxis?.exponentformat).toBe('power');
  expect((mapFigure(map, logged, false).layout.xaxis?.title as { text: string }).text).toBe('N（对数刻度）');
});

test('a map colours its finite cells between their extremes; NaN and ±∞ cells are blank, hover keeps the values', () => {
  const odd = { ...map, z: Float64Array.from([Infinity, 1, 3, NaN, -Infinity, 2]), x: Float64Array.from([0, 1, 2]) } as MapResult;
  const heat = mapFigure(odd, figure('map', []), false).data[0] as unknown as { z: ArrayLike<number>[]; customdata: ArrayLike<number>[] };
  expect(heat.z.map((row) => Array.from(row))).toEqual([[NaN, 0, 1], [NaN, NaN, 0.5]]);
  expect(heat.customdata.map((row) => Array.from(row))).toEqual([[Infinity, 1, 3], [NaN, -Infinity, 2]]);
  // On a log z axis the colours follow log10 z; z ≤ 0 has no colour.
  const logZ = figure('map', [], { axes: { ...axes, z: { title: 'f', log: true } } } as Partial<FormulaFigure>);
  const logged = { ...map, z: Float64Array.from([1, 10, 100, 0]) } as MapResult;
  const logHeat = mapFigure(logged, logZ, false).data[0] as unknown as { z: ArrayLike<number>[] };
  expect(logHeat.z.map((row) => Array.from(row))).toEqual([[0, 0.5], [1, NaN]]);
});
