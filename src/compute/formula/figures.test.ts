import { describe, expect, test } from 'vitest';
import { checkFormula, checkRecurrence } from './check';
import { sampleMap, samplePlot, sampleSequence } from './figures';
import type { MapPlan, PlotPlan, SequencePlan } from './plan';
import type { Expr } from './tree';

const num = (v: number): Expr => ({ k: 'num', v });
const f = (text: string, symbols: string[], exact = false) => checkFormula(text, { symbols, exact }).tree;

/** The minimal block: a · sin t + t²/10 over [0, 2π]. */
const wave: PlotPlan = {
  kind: 'plot',
  params: ['a'],
  x: { symbol: 't', from: num(0), to: num(6.283185307179586), points: 2000, log: false },
  curves: [{ label: 'wave', y: f('a * sin(t) + t^2 / 10', ['a', 't']) }],
  readout: [{ label: 'peak estimate', value: f('a + 4', ['a']) }],
};

describe('samplePlot', () => {
  test('the curve is the expression evaluated in float64 at the x points, exactly', () => {
    const r = samplePlot(wave, { a: 2.5 });
    expect(r.x).toHaveLength(2000);
    expect(r.x[0]).toBe(0);
    expect(r.x[1999]).toBe(6.283185307179586);
    for (let k = 0; k < 2000; k++) {
      const t = r.x[k];
      expect(r.curves[0].y[k]).toBe(2.5 * Math.sin(t) + t ** 2 / 10);
      if (k > 0 && k < 1999) expect(t).toBe((6.283185307179586 * k) / 1999);
    }
    expect(r.readout).toEqual([6.5]);
    expect(r.notes).toEqual([]);
    expect(r.cut).toBeNull();
  });

  test('NaN and ±∞ stay in the data as gaps, with a note', () => {
    const plan: PlotPlan = { ...wave, x: { ...wave.x, from: num(-1), to: num(1), points: 201 }, curves: [{ label: 'root', y: f('sqrt(t)', ['a', 't']) }, { label: 'inverse', y: f('1 / t', ['a', 't']) }] };
    const r = samplePlot(plan, { a: 1 });
    expect(r.curves[0].y.slice(0, 100).every(Number.isNaN)).toBe(true);
    expect(r.notes).toEqual([
      { kind: 'gaps', label: 'root', symbol: 't', runs: [{ kind: 'undefined', place: { below: '0' } }], more: 0, exact: false },
      { kind: 'gaps', label: 'inverse', symbol: 't', runs: [{ kind: 'infinite', place: { at: '0' } }], more: 0, exact: false },
    ]);
  });

  test('ranges may be formulas of the parameters, spaced in log x, and are checked', () => {
    const plan: PlotPlan = { ...wave, x: { symbol: 't', from: num(1), to: f('10^a', ['a']), points: 3, log: true } };
    expect(Array.from(samplePlot(plan, { a: 2 }).x)).toEqual([1, 10.000000000000002, 100]);
    expect(() => samplePlot(plan, { a: 0 })).toThrow(/the range of t is empty: from 1 to 1/);
    expect(() => samplePlot({ ...plan, x: { ...plan.x, from: num(-1) } }, { a: 2 })).toThrow(/log scale needs t > 0/);
    expect(() => samplePlot(wave, { a: NaN })).toThrow(/values.a must be a finite number/);
  });

  test('a parametric curve evaluates x(t) and y(t) at each t', () => {
    const plan: PlotPlan = { ...wave, curves: [{ label: 'circle', x: f('a * cos(t)', ['a', 't']), y: f('a * sin(t)', ['a', 't']) }] };
    const r = samplePlot(plan, { a: 3 });
    for (let k = 0; k < r.x.length; k += 97) expect(Math.hypot(r.curves[0].x![k], r.curves[0].y[k])).toBeCloseTo(3, 12);
  });

  test('an evaluation past its time budget is cut with a message', () => {
    const r = samplePlot(wave, { a: 1 }, -1);
    expect(r.cut).toEqual({ seconds: expect.stringMatching(/^\d+\.\d$/), symbol: 't', at: '3.215', rest: 'curves' });
    expect(Number.isNaN(r.curves[0].y[1999])).toBe(true);
  });
});

describe('sampleMap', () => {
  const plan: MapPlan = {
    kind: 'map',
    params: ['c'],
    x: { symbol: 'x', from: num(-2), to: num(2), points: 200, log: false },
    y: { symbol: 'y', from: num(-1), to: num(3), points: 200, log: false },
    z: f('(c - x)^2 + 100 (y - x^2)^2', ['c', 'x', 'y']),
    contours: 8,
    readout: [],
  };

  test('z at every grid point, row by row along y, with its extremes and contour lines', () => {
    const r = sampleMap(plan, { c: 1 });
    expect(r.z).toHaveLength(40_000);
    for (const [i, j] of [[0, 0], [199, 0], [57, 123], [199, 199]]) {
      expect(r.z[j * 200 + i]).toBe((1 - r.x[i]) ** 2 + 100 * (r.y[j] - r.x[i] ** 2) ** 2);
    }
    expect(r.zMin).toBe(Math.min(...r.z));
    expect(r.zMax).toBe(Math.max(...r.z));
    expect(r.contours.levels).toHaveLength(8);
    expect(r.contours.x.length).toBeGreaterThan(100);
    expect(r.notes).toEqual([]);
  });

  test('undefined cells are left blank and counted', () => {
    const r = sampleMap({ ...plan, z: f('log(x)', ['c', 'x', 'y']) }, { c: 1 });
    expect(r.notes).toEqual([{ kind: 'blankCells', missing: 20_000, total: 40_000 }]);
  });
});

describe('sampleSequence', () => {
  const fib = checkRecurrence('a[n] = a[n-1] + a[n-2]', { symbols: [], exact: true });
  const plan: SequencePlan = {
    kind: 'sequence',
    params: ['N'],
    n: { symbol: 'n', from: num(0), to: f('N', ['N']) },
    exact: true,
    sequences: [{ label: 'Fibonacci', name: fib.name, recurrence: fib.tree, initial: ['0', '1'] }],
    readout: [],
  };

  test('exact mode keeps every digit; floats follow where they can', () => {
    const r = sampleSequence(plan, { N: 1500 });
    expect(r.exact![0][100]).toBe('354224848179261915075');
    expect(r.values[0][100]).toBe(Number(354224848179261915075n));
    // F(1477) is past float64's largest value: a gap in the plot, every digit in the table.
    expect(r.values[0][1477]).toBe(Infinity);
    expect(r.exact![0][1477]).toHaveLength(309);
    expect(r.notes).toEqual([{ kind: 'gaps', label: 'Fibonacci', symbol: 'n', runs: [{ kind: 'infinite', place: { above: '1476' } }], more: 0, exact: true }]);
  });

  test('float recurrences and closed forms agree (Binet)', () => {
    const fl = checkRecurrence('a[n] = a[n-1] + a[n-2]', { symbols: [] });
    const r = sampleSequence({
      ...plan,
      exact: false,
      sequences: [
        { label: 'recurrence', name: 'a', recurrence: fl.tree, initial: ['0', '1'] },
        { label: 'Binet', term: f('round(phi^n / sqrt(5))', ['N', 'n']) },
      ],
    }, { N: 70 });
    for (let n = 0; n <= 70; n++) expect(r.values[1][n]).toBe(r.values[0][n]);
  });

  test('a term that cannot be computed stops its sequence with a note naming n', () => {
    const halve = checkRecurrence('a[n] = a[n-1] / 2', { symbols: [], exact: true });
    const r = sampleSequence({ ...plan, sequences: [{ label: 'halves', name: 'a', recurrence: halve.tree, initial: ['12'] }] }, { N: 10 });
    expect(r.exact![0].slice(0, 4)).toEqual(['12', '6', '3', '']);
    expect(r.notes).toEqual([{ kind: 'stopped', label: 'halves', symbol: 'n', at: 3, why: { code: 'exactDivideNotWhole', args: ['3', '2'] } }]);
  });

  test('exact mode refuses fractional parameters; ranges are whole and bounded', () => {
    expect(() => sampleSequence(plan, { N: 2.5 })).toThrow(/whole numbers/);
    expect(() => sampleSequence(plan, { N: -1 })).toThrow(/empty/);
    expect(() => sampleSequence(plan, { N: 200_000 })).toThrow(/more than the 100,000/);
  });

  test('a long exact run is cut with a message and keeps what it computed', () => {
    const r = sampleSequence(plan, { N: 2000 }, -1);
    expect(r.cut).toEqual({ seconds: expect.stringMatching(/^\d+\.\d$/), symbol: 'n', at: '63', rest: 'terms' });
    expect(r.exact![0][63]).toBe('6557470319842');
    expect(r.exact![0][64]).toBe('');
  });
});
