import { describe, expect, test } from 'vitest';
import type { Data } from 'plotly.js';
import { figureShape, movable, onFixedAxes, perPointShape, pointColours, sameLayoutValues } from './plotShape';

const line = (y: number[], extra: object = {}): Data => ({ type: 'scatter', mode: 'lines', x: [0, 1, 2], y, name: 'a', ...extra });

describe('figureShape', () => {
  test('new numbers keep the shape; typed arrays count as numbers', () => {
    expect(figureShape([line([1, 2, 3])], { height: 300 })).toBe(figureShape([line([4, 5, 6])], { height: 300 }));
    expect(figureShape([{ ...line([1]), y: new Float64Array([1, 2]) } as Data], {})).toBe(figureShape([line([9])], {}));
  });

  test('a new name, style, trace count or layout changes it; a new axis range is a number', () => {
    const base = figureShape([line([1, 2, 3])], { xaxis: { range: [0, 2] } });
    expect(figureShape([line([1, 2, 3], { name: 'b' })], { xaxis: { range: [0, 2] } })).not.toBe(base);
    expect(figureShape([line([1, 2, 3], { line: { dash: 'dot' } })], { xaxis: { range: [0, 2] } })).not.toBe(base);
    expect(figureShape([line([1, 2, 3]), line([1, 2, 3])], { xaxis: { range: [0, 2] } })).not.toBe(base);
    expect(figureShape([line([1, 2, 3])], { xaxis: { range: [0, 2], type: 'log' } })).not.toBe(base);
    expect(figureShape([line([1, 2, 3])], { xaxis: {} })).not.toBe(base);
    expect(figureShape([line([1, 2, 3])], { xaxis: { range: [0, 3] } })).toBe(base);
  });
});

describe('movable', () => {
  const fixed = { xaxis: { range: [0, 1] as [number, number] }, yaxis: { range: [0, 1] as [number, number] } };
  test('scatter (the default type) and bar traces on fixed axes move', () => {
    expect(movable([line([1]), { y: [1] }, { type: 'bar', y: [1] }], fixed)).toBe(true);
    expect(movable([{ y: [1], xaxis: 'x2', yaxis: 'y2' }], { ...fixed, xaxis2: { range: [1, 2] }, yaxis2: { range: [0, 3] } })).toBe(true);
  });

  test('heatmaps and contours replot, though their axes may be fixed', () => {
    expect(movable([line([1]), { type: 'heatmap', z: [[1]] }], fixed)).toBe(false);
    expect(movable([{ type: 'contour', z: [[1]] }], fixed)).toBe(false);
    expect(onFixedAxes([line([1]), { type: 'heatmap', z: [[1]] }], fixed)).toBe(true);
  });

  test('an autoranged axis replots (animate would keep its old range)', () => {
    expect(movable([line([1])], {})).toBe(false);
    expect(movable([line([1])], { xaxis: { range: [0, 1] } })).toBe(false);
    expect(movable([line([1])], { ...fixed, yaxis: { range: [0, 1], autorange: true } })).toBe(false);
    expect(movable([{ y: [1], yaxis: 'y2' }], fixed)).toBe(false);
    expect(onFixedAxes([{ type: 'heatmap', z: [[1]] }], { xaxis: { range: [0, 1] } })).toBe(false);
  });
});

describe('markers styled point by point', () => {
  const dots = (marker: object) => ({ type: 'scatter', mode: 'markers', x: [1, 2], y: [1, 2], marker }) as never;
  test('colours given as CSS strings on a solid symbol can be painted; anything else is a shape only plotly draws', () => {
    expect(pointColours(dots({ color: ['#f00', 'rgb(0,0,255)'] }))).toEqual(['#f00', 'rgb(0,0,255)']);
    expect(perPointShape(dots({ color: ['#f00', '#00f'], symbol: 'x', size: 9 }))).toBe(false);
    // Numbers on a colour scale, an open symbol (coloured by its outline), or symbols per point.
    expect(pointColours(dots({ color: [0.1, 0.9] }))).toBeNull();
    expect(perPointShape(dots({ color: [0.1, 0.9] }))).toBe(true);
    expect(perPointShape(dots({ color: ['#f00', '#00f'], symbol: 'circle-open' }))).toBe(true);
    expect(perPointShape(dots({ color: ['#f00', '#00f'], symbol: ['circle', 'star'] }))).toBe(true);
    expect(perPointShape(dots({ size: [3, 4] }))).toBe(true);
    expect(perPointShape(dots({ color: '#f00', line: { width: [1, 2] } }))).toBe(true);
    expect(perPointShape(dots({ color: '#f00', size: 3 }))).toBe(false);
  });
});

describe('layout values the movers draw', () => {
  const image = { source: 'data:a', xref: 'x', yref: 'y', x: 0, y: 1, sizex: 1, sizey: 1, sizing: 'stretch', layer: 'below' } as const;
  test('images’ sources and places and the zoom revision are numbers to the shape, compared apart', () => {
    const a = { images: [image], uirevision: 'a' } as never;
    const b = { images: [{ ...image, source: 'data:b', x: 2, sizex: 3 }], uirevision: 'b' } as never;
    expect(figureShape([], a)).toBe(figureShape([], b));
    expect(figureShape([], a)).not.toBe(figureShape([], { images: [{ ...image, layer: 'above' }], uirevision: 'a' } as never));
    expect(figureShape([], a)).not.toBe(figureShape([], { images: [], uirevision: 'a' } as never));
    expect(sameLayoutValues(a, a)).toBe(true);
    expect(sameLayoutValues(a, { images: [image], uirevision: 'b' } as never)).toBe(false);
    expect(sameLayoutValues(a, { images: [{ ...image, y: 5 }], uirevision: 'a' } as never)).toBe(false);
    expect(sameLayoutValues(a, null)).toBe(false);
  });
});
