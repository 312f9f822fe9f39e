import { describe, expect, test } from 'vitest';
import { envelopeIndices, MAX_POINTS, pick, strideIndices, twoPanelLayout } from './series';

describe('strideIndices', () => {
  test('keeps the first and the last point, and at most about maxPoints', () => {
    const idx = strideIndices(10_000);
    expect(idx[0]).toBe(0);
    expect(idx.at(-1)).toBe(10_000);
    expect(idx.length).toBeLessThanOrEqual(MAX_POINTS + 2);
    for (let i = 1; i < idx.length; i++) expect(idx[i]).toBeGreaterThan(idx[i - 1]);
  });

  test('short runs keep every point', () => {
    expect(strideIndices(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(strideIndices(0)).toEqual([0]);
  });

  test('a scrubbed prefix keeps the whole run’s stride, and ends exactly at the scrubbed step', () => {
    const all = strideIndices(10_000);
    const part = strideIndices(10_000, 4321);
    expect(part.at(-1)).toBe(4321);
    expect(part.slice(0, -1)).toEqual(all.filter((i) => i < 4321));
    expect(strideIndices(100, 250)).toEqual(strideIndices(100)); // past the end: the whole run
    expect(strideIndices(100, -3)).toEqual([0]);
  });
});

describe('envelopeIndices', () => {
  test('short curves keep every finite point', () => {
    expect(envelopeIndices([1, NaN, 3, 4])).toEqual([0, 2, 3]);
  });

  test('long curves keep first, last, and every bucket’s extremes (spikes survive)', () => {
    const values = Float64Array.from({ length: 10_001 }, (_, i) => 1 / (i + 1));
    values[5000] = 100; // a spike
    const idx = envelopeIndices(values, 1500);
    expect(idx[0]).toBe(0);
    expect(idx.at(-1)).toBe(10_000);
    expect(idx).toContain(5000);
    expect(idx.length).toBeLessThanOrEqual(1502);
    for (let i = 1; i < idx.length; i++) expect(idx[i]).toBeGreaterThan(idx[i - 1]);
  });

  test('stops at a divergence: NaN tails are dropped', () => {
    const values = Float64Array.from({ length: 5000 }, (_, i) => (i < 3000 ? i + 1 : NaN));
    const idx = envelopeIndices(values, 100);
    expect(idx.at(-1)).toBe(2999);
    expect(pick(values, idx).every(Number.isFinite)).toBe(true);
    expect(envelopeIndices(new Float64Array(3000).fill(NaN), 100)).toEqual([]);
  });
});

describe('twoPanelLayout', () => {
  test('side by side: two x domains; stacked: two y domains, the x title only at the bottom', () => {
    const wide = twoPanelLayout(false, ['a', 'b'], 'step');
    expect(wide.xaxis?.domain?.[1]).toBeLessThan(wide.xaxis2?.domain?.[0] as number);
    expect(wide.xaxis?.title).toEqual({ text: 'step' });
    const tall = twoPanelLayout(true, ['a', 'b'], 'step');
    expect(tall.yaxis2?.domain?.[1]).toBeLessThan(tall.yaxis?.domain?.[0] as number);
    expect(tall.xaxis?.title).toBeUndefined();
    expect(tall.xaxis2?.title).toEqual({ text: 'step' });
    expect(tall.annotations?.map((a) => a.text)).toEqual(['a', 'b']);
  });
});
