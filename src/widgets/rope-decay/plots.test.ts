import { describe, expect, test } from 'vitest';
import { DECAY_METHODS, ropeDecayCompare } from '../../compute/rope/widgets';
import { figureShape } from '../../plot/plotShape';
import { decayCsv, decayFigure, METHODS, withAlpha } from './plots';

const result = (spacing: 'linear' | 'log') =>
  ropeDecayCompare({ base: 10000, dim: 32, trainLength: 256, targetLength: 2048, methods: ['none', 'yarn'], points: 100, spacing });

describe('decay figure', () => {
  test('a band polygon and a line per method, and the training length as a vertical line', () => {
    const r = result('linear');
    const fig = decayFigure(r, 256, 'linear');
    expect(fig.data).toHaveLength(5);
    const [band, line] = fig.data as { x: number[]; y: number[]; fill?: string; legendgroup?: string }[];
    expect(band.fill).toBe('toself');
    expect(band.x).toHaveLength(200);
    expect(band.y.slice(0, 100)).toEqual(Array.from(r.curves[0].max!));
    expect(band.y.slice(100)).toEqual(Array.from(r.curves[0].min!).reverse());
    expect(line.x).toHaveLength(100);
    expect(band.legendgroup).toBe(line.legendgroup);
    expect((fig.data[4] as { x: number[] }).x).toEqual([256, 256]);
    // No fixed x range (the plot's steady axes fit it), and a new target length keeps the figure's shape.
    expect(fig.layout.xaxis?.range).toBeUndefined();
    const longer = decayFigure(
      ropeDecayCompare({ base: 10000, dim: 32, trainLength: 256, targetLength: 4096, methods: ['none', 'yarn'], points: 100, spacing: 'linear' }), 256, 'linear',
    );
    expect(figureShape(longer.data, longer.layout)).toBe(figureShape(fig.data, fig.layout));
  });

  test('without an envelope the bands are empty but present, so the traces stay the same', () => {
    const args = { base: 10000, dim: 32, trainLength: 256, targetLength: 2048, methods: ['none', 'yarn'] as const, points: 100, spacing: 'linear' as const };
    const quick = decayFigure(ropeDecayCompare({ ...args, envelope: false }), 256, 'linear');
    const full = decayFigure(ropeDecayCompare(args), 256, 'linear');
    expect(quick.data).toHaveLength(full.data.length);
    const band = quick.data[0] as { x: number[]; y: number[]; fill?: string };
    expect([band.x, band.y, band.fill]).toEqual([[], [], 'toself']);
    expect((quick.data[1] as { y: number[] }).y).toHaveLength(100);
    expect(decayCsv(ropeDecayCompare({ ...args, envelope: false })).split('\n')[0]).toBe('distance,none_value,yarn_value');
  });

  test('log axis: distance 0 is dropped and the axis is logarithmic', () => {
    const fig = decayFigure(result('log'), 256, 'log');
    const line = fig.data[1] as { x: number[] };
    expect(line.x[0]).toBe(1);
    expect(line.x).toHaveLength(99);
    expect(fig.layout.xaxis?.type).toBe('log');
  });

  test('no methods: only the training line', () => {
    const r = ropeDecayCompare({ base: 10000, dim: 16, trainLength: 64, targetLength: 256, methods: [], points: 10 });
    expect(decayFigure(r, 64, 'linear').data).toHaveLength(1);
    expect(decayCsv(r)).toBe('distance\n');
  });
});

test('CSV: one row per bucket, value/min/max per method', () => {
  const lines = decayCsv(result('linear')).trim().split('\n');
  expect(lines[0]).toBe('distance,none_value,none_min,none_max,yarn_value,yarn_min,yarn_max');
  expect(lines).toHaveLength(101);
  expect(lines[1].split(',').slice(0, 2)).toEqual(['0', '1']);
});

test('withAlpha turns a hex colour into rgba', () => {
  expect(withAlpha('#e08a00', 0.2)).toBe('rgba(224,138,0,0.2)');
});

test('the toggles list the methods the kernel knows', () => {
  expect(METHODS).toEqual(DECAY_METHODS);
});
