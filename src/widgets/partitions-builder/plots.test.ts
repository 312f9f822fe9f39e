import { describe, expect, test } from 'vitest';
import { builderSeries } from '../../compute/partitions/widgets';
import { coinFactors } from '../../compute/partitions/builder';
import { defaultValues } from '../../core/params';
import { buildFactors, visibleKeys, type BuilderValues } from './factors';
import { conjugate, envelope, listingText, seriesCsv, seriesFigure, tableWindow } from './plots';
import { partitionsBuilderSpec } from './spec';

const values = (over: Partial<BuilderValues>): BuilderValues => ({ ...defaultValues(partitionsBuilderSpec.params), ...over });

describe('buildFactors', () => {
  test('any parts up to N, with the product in TeX', () => {
    const b = buildFactors(values({ parts: 'all', upTo: 4 }));
    expect(b.ok && b.factors).toEqual([{ step: 1 }, { step: 2 }, { step: 3 }, { step: 4 }]);
    expect(b.ok && b.tex).toBe('\\frac{1}{(1-x)(1-x^{2})(1-x^{3})(1-x^{4})}');
  });

  test('at most 3 parts is the product for parts ≤ 3, listed as conjugates', () => {
    const b = buildFactors(values({ parts: 'fewParts', k: 3, upTo: 2014, cap: 5 }));
    expect(b.ok && b.factors).toEqual([{ step: 1 }, { step: 2 }, { step: 3 }]);
    expect(b.ok && b.conjugate).toBe(true);
  });

  test('repeated coins are separate factors, listed by uses per factor; a cap applies to each', () => {
    const b = buildFactors(values({ parts: 'coins', coins: '1 1, 1', cap: 2 }));
    expect(b.ok && b.factors).toEqual([{ step: 1, maxCount: 2 }, { step: 1, maxCount: 2 }, { step: 1, maxCount: 2 }]);
    expect(b.ok && b.byFactor).toBe(true);
  });

  test('a junk coin set names the bad token for the coin control', () => {
    expect(buildFactors(values({ parts: 'coins', coins: '1, 5, banana' }))).toEqual({
      ok: false, key: 'coins', message: "Coin values: 'banana' is not a positive integer.",
    });
    expect(buildFactors(values({ parts: 'coins', coins: ' ' }))).toMatchObject({ ok: false, message: /the coin set is empty/ });
  });

  test('past the factor limit the parts stop, with a note', () => {
    const b = buildFactors(values({ parts: 'all', upTo: 100_000 }));
    expect(b.ok && b.factors.length).toBe(5000);
    expect(b.ok && b.limitNote).toMatch(/Parts stop at 5000/);
    expect(buildFactors(values({ parts: 'odd', upTo: 100_000 }))).toMatchObject({ limitNote: /Parts stop at 9999/ });
  });

  test('each choice shows only the controls it uses', () => {
    expect(visibleKeys('coins')).toEqual(['parts', 'coins', 'cap', 'upTo', 'n']);
    expect(visibleKeys('distinct')).toEqual(['parts', 'upTo', 'n']);
  });
});

describe('figure and table', () => {
  test('envelope keeps every finite point when few, and min/max per bucket when many', () => {
    expect(envelope([0, -Infinity, 2, NaN, 1])).toEqual([0, 2, 4]);
    const y = Array.from({ length: 10_000 }, (_, i) => Math.sin(i));
    const idx = envelope(y, 100);
    expect(idx.length).toBeLessThanOrEqual(100);
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
    expect(Math.max(...idx.map((i) => y[i]))).toBe(Math.max(...y));
  });

  test('the figure leaves out zero coefficients and marks n', () => {
    const r = builderSeries(coinFactors([2]), 6);
    const fig = seriesFigure(r, 4);
    expect((fig.data[0] as { x: number[] }).x).toEqual([0, 2, 4, 6]);
    expect(fig.data[1]).toMatchObject({ x: [0, 2, 4, 6], mode: 'markers' });
    expect(fig.data[2]).toMatchObject({ x: [4, 4], y: [0, 1], yaxis: 'y2' });
    expect(fig.layout.yaxis2).toMatchObject({ overlaying: 'y', range: [0, 1], visible: false });
    expect(seriesFigure(r, 9).data[2]).toMatchObject({ x: [], y: [] });
    // Past 400 points: no dots, but the same traces.
    const big = builderSeries(coinFactors([1]), 1000);
    expect(seriesFigure(big, 5).data.map((d) => (d as { x: number[] }).x.length)).toEqual([1001, 0, 2]);
  });

  test('the table window stays inside 0 … N with as many rows as fit', () => {
    expect(tableWindow(100, 50)).toEqual([45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55]);
    expect(tableWindow(100, 1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(tableWindow(100, 500)).toEqual([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100]);
    expect(tableWindow(3, 2)).toEqual([0, 1, 2, 3]);
  });

  test('listings: parts, conjugates, or uses per factor', () => {
    expect(conjugate([4, 2, 1])).toEqual([3, 2, 1, 1]);
    expect(conjugate([])).toEqual([]);
    const item = { counts: [0, 1, 2], parts: [3, 1, 1] };
    expect(listingText(item, { conjugate: false, byFactor: false })).toBe('3+1+1');
    expect(listingText(item, { conjugate: true, byFactor: false })).toBe('3+1+1');
    expect(listingText({ counts: [1, 0], parts: [2, 2] }, { conjugate: true, byFactor: false })).toBe('2+2');
    expect(listingText({ counts: [4], parts: [1, 1, 1, 1] }, { conjugate: true, byFactor: false })).toBe('4');
    expect(listingText(item, { conjugate: false, byFactor: true })).toBe('(0, 1, 2)');
    expect(listingText({ counts: [], parts: [] }, { conjugate: false, byFactor: false })).toBe('0 (no parts)');
  });

  test('the CSV has every coefficient, exact', () => {
    expect(seriesCsv(builderSeries(coinFactors([1, 1, 1]), 3))).toBe('n,coefficient\n0,1\n1,3\n2,6\n3,10\n');
  });
});
