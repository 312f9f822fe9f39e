import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Data, Layout } from 'plotly.js';
import { sameRanges, steadyFixedRange, steadyRange, steadyRanges, withRanges } from './steadyAxes';

const line = (x: number[], y: number[], extra: object = {}) => ({ type: 'scatter', mode: 'lines', x, y, ...extra }) as Data;

describe('steadyRanges', () => {
  it('ranges every autoranged scatter axis: x tight on lines, y with room, log axes in log10 units', () => {
    const r = steadyRanges([line([0, 10], [3, 7]), line([1, 100], [10, 1000], { xaxis: 'x2', yaxis: 'y2' })], { yaxis2: { type: 'log' } });
    expect(r.xaxis).toEqual([0, 10]);
    expect(r.yaxis[0]).toBeLessThanOrEqual(3);
    expect(r.yaxis[1]).toBeGreaterThanOrEqual(7);
    expect(r.yaxis[1] - r.yaxis[0]).toBeLessThan(4 * 1.25);
    expect(r.yaxis2[0]).toBeLessThanOrEqual(1);
    expect(r.yaxis2[1]).toBeGreaterThanOrEqual(3);
    expect(r.yaxis2[1]).toBeLessThan(3.25);
  });

  it("keeps a range the layout fixes; leaves alone an autorange setting, a constraint, a bar's position, or categories", () => {
    const data = [line([0, 1], [0, 1]), { type: 'bar', x: [1, 2], y: [3, 4], xaxis: 'x2', yaxis: 'y2' } as Data];
    const r = steadyRanges(data, { xaxis: { range: [0, 5] }, yaxis: { autorange: 'reversed' } });
    expect(Object.keys(r).sort()).toEqual(['xaxis', 'yaxis2']);
    expect(r.xaxis).toEqual([0, 5]);
    // Bar heights stand on zero.
    expect(r.yaxis2[0]).toBe(0);
    expect(r.yaxis2[1]).toBeGreaterThan(4);
    expect(steadyRanges([line([0, 1], [0, 1])], { yaxis: { scaleanchor: 'x' }, xaxis: { type: 'category' } })).toEqual({});
  });

  it('while the hand moves, keeps a wider range in force over a range the layout fixes, and grows it when it falls short', () => {
    const bars = (n: number) => steadyRanges([line([0, n - 1], [0, 1])], { xaxis: { range: [-0.5, n - 0.5] } }, { xaxis: [-0.5, 63.5] }).xaxis;
    expect(bars(32)).toEqual([-0.5, 63.5]);
    expect(bars(64)).toEqual([-0.5, 63.5]);
    const grown = bars(66);
    expect(grown[0]).toBe(-0.5);
    expect(grown[1]).toBeGreaterThanOrEqual(65.5 + 60);
    // Steps that follow fit the grown range: it does not move again.
    expect(steadyFixedRange([-0.5, 99.5], grown)).toBe(grown);
    // A reversed axis stays reversed; a range in force running the other way does not count.
    expect(steadyFixedRange([100, 0], [120, -10])).toEqual([120, -10]);
    const down = steadyFixedRange([200, 0], [120, -10]);
    expect(down[0]).toBeGreaterThanOrEqual(200);
    expect(down[1]).toBe(-10);
    expect(steadyFixedRange([100, 0], [-10, 120])).toEqual([100, 0]);
    // At rest (no range in force) the layout's range is given as it is.
    expect(steadyFixedRange([0, 5], undefined)).toEqual([0, 5]);
  });

  it('starts at zero for rangemode tozero and pads marker traces', () => {
    const r = steadyRanges([line([0, 10], [5, 9], { mode: 'markers' })], { yaxis: { rangemode: 'tozero' } });
    expect(r.yaxis[0]).toBe(0);
    expect(r.yaxis[1]).toBeGreaterThan(9);
    expect(r.xaxis[0]).toBeLessThan(0);
    expect(r.xaxis[1]).toBeGreaterThan(10);
    // A marker trace with nothing in it pads nothing (plotly pads around the markers it draws).
    const bare = steadyRanges([line([0, 10], [5, 9]), line([], [], { mode: 'markers' })], {});
    expect(bare.xaxis).toEqual([0, 10]);
  });

  it('counts shapes drawn in data coordinates, as plotly does, and not those placed on the paper', () => {
    const shapes = [
      { type: 'line', xref: 'paper', x0: 0, x1: 1, yref: 'y', y0: -5, y1: -5 },
      { type: 'line', xref: 'x', x0: 50, x1: 50, yref: 'paper', y0: 0, y1: 1 },
    ] as Partial<Layout>['shapes'];
    const r = steadyRanges([line([0, 10], [1, 2])], { shapes });
    expect(r.yaxis[0]).toBeLessThanOrEqual(-5);
    expect(r.xaxis).toEqual([0, 50]);
  });

  it('ignores non-finite values and non-positive values on log axes, and skips axes with nothing to show', () => {
    const r = steadyRanges([line([0, 1, 2], [NaN, -1, 100]), line([0, 1], [Infinity, NaN], { yaxis: 'y2' })], { yaxis: { type: 'log' } });
    expect(r.yaxis[0]).toBeLessThanOrEqual(2);
    expect(r.yaxis[1]).toBeGreaterThanOrEqual(2);
    expect(r.yaxis2).toBeUndefined();
  });

  it('writes ranges into a copy of the layout and compares range sets', () => {
    const layout = { xaxis: { title: { text: 'n' } } };
    const out = withRanges(layout, { xaxis: [0, 1] }) as { xaxis: { range: number[]; title: unknown } };
    expect(out.xaxis).toEqual({ title: { text: 'n' }, range: [0, 1] });
    expect(layout.xaxis).toEqual({ title: { text: 'n' } });
    expect(sameRanges({ xaxis: [0, 1] }, { xaxis: [0, 1] })).toBe(true);
    expect(sameRanges({ xaxis: [0, 1] }, { xaxis: [0, 2] })).toBe(false);
    expect(sameRanges({ xaxis: [0, 1] }, { yaxis: [0, 1] })).toBe(false);
  });
});

describe('steadyRange', () => {
  it('while the hand moves, keeps the previous range as long as the data fit it, however little they fill', () => {
    expect(steadyRange([2, 8], [0, 10], false)).toEqual([0, 10]);
    expect(steadyRange([2, 3], [0, 10], false)).toEqual([0, 10]);
    // Fresh (at rest): the data's own range.
    expect(steadyRange([2, 3], undefined, false)).toEqual([2, 3]);
  });

  it('grows with headroom on the side the data crossed, keeping the other side, so the next steps fit', () => {
    const grown = steadyRange([0, 11], [0, 10], false);
    expect(grown[0]).toBe(0);
    expect(grown[1]).toBeGreaterThanOrEqual(11 + 11);
    expect(steadyRange([5, 12], grown, false)).toEqual(grown);
    expect(steadyRange([-1, 5], [0, 10], false)).toEqual([-7, 10]);
    // A flat line leaving the range gets room in proportion to the old range.
    expect(steadyRange([20, 20], [0, 10], false)).toEqual([0, 30]);
  });

  it('gives a flat line a window around its value', () => {
    expect(steadyRange([5, 5], undefined, false)).toEqual([4.5, 5.5]);
    expect(steadyRange([0, 0], undefined, false)).toEqual([-1, 1]);
  });

  it('always contains the data, with or without a previous range', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(finite, finite, fc.option(fc.tuple(finite, finite)), fc.boolean(), (a, b, prev, padded) => {
        const extent: [number, number] = [Math.min(a, b), Math.max(a, b)];
        const previous = prev ? ([Math.min(...prev), Math.max(...prev)] as [number, number]) : undefined;
        const [lo, hi] = steadyRange(extent, previous, padded);
        return lo <= extent[0] && hi >= extent[1] && lo < hi;
      }),
    );
  });
});
