import { describe, expect, test } from 'vitest';
import { setLang } from '../core/i18n';
import { describeFigure, shortNumber } from './figureSummary';

describe('describeFigure', () => {
  test('names each series with its count and ranges, on the axes the layout titles', () => {
    setLang('en');
    const text = describeFigure(
      [
        { type: 'bar', name: 'digit', x: [0, 1, 2, 3], y: [1, 0.5, 0, 1.25] },
        { type: 'scatter', mode: 'lines', name: 'β', x: [-0.5, 3.5], y: [1.33, 1.33] },
        { type: 'scatter', name: 'loss', x: [0, 1, 2], y: [2, NaN, 0.001234], yaxis: 'y2' },
      ],
      { xaxis: { title: { text: 'pair i' } }, yaxis2: { title: { text: 'N<sub>opt</sub>' } } },
    );
    expect(text).toBe(
      'Data: “digit”: 4 bars, pair i from 0 to 3, y from 0 to 1.25; “β”: 2 points, pair i from -0.5 to 3.5, y 1.33; '
        + '“loss”: 2 points, pair i from 0 to 2, Nopt from 0.00123 to 2.',
    );
  });

  test('a heatmap by its grid and value range; empty traces are left out; many series are counted', () => {
    setLang('en');
    expect(describeFigure([{ type: 'heatmap', name: 'cos', z: [[1, -1], [0.5, 0.25], [0, 0]] }, { type: 'scatter', x: [], y: [] }]))
      .toBe('Data: “cos”: 3 × 2 cells, values from -1 to 1.');
    const many = Array.from({ length: 10 }, (_, i) => ({ type: 'scatter' as const, name: `s${i}`, x: [0], y: [i] }));
    expect(describeFigure(many)).toMatch(/“s7”: 1 point, x 0, y 7; and 2 more series\.$/);
    expect(describeFigure([])).toBe('Data: no data.');
    // Typed rows as a map gives them; NaN and ±∞ are not values of the range.
    const rows = [Float64Array.from([Infinity, 2, NaN]), Float64Array.from([-3, -Infinity, 0.5])];
    expect(describeFigure([{ type: 'heatmap', name: 'f', z: rows as unknown as number[][] }])).toBe('Data: “f”: 2 × 3 cells, values from -3 to 2.');
  });

  test('in Chinese when the page is', () => {
    setLang('zh');
    expect(describeFigure([{ type: 'bar', name: '数位', x: [0, 1], y: [2, 3] }])).toBe('数据：“数位”：2 根柱，x 从 0 到 1，y 从 2 到 3。');
    setLang('en');
  });
});

test('shortNumber: three significant digits, exponents only for very large or small', () => {
  expect([shortNumber(1234.5), shortNumber(0.000123), shortNumber(2.5e12), shortNumber(-0.5), shortNumber(0)]).toEqual(['1230', '1.23e-4', '2.5e+12', '-0.5', '0']);
});
