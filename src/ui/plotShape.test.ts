import { describe, expect, test } from 'vitest';
import type { Data } from 'plotly.js';
import { figureShape, movable, onFixedAxes } from './plotShape';

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
  const fixed = { xaxis: { range: [0, 1] }, yaxis: { range: [0, 1] } };
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
