import { describe, expect, test } from 'vitest';
import { partitionsConvergence, partitionsCurve, partitionsExact } from '../../compute/partitions/widgets';
import { checkLine, formatMs, notApplying, pnCsv, pnFigure } from './plots';

describe('pnFigure', () => {
  const curve = partitionsCurve(100);
  const conv = partitionsConvergence(50, 10);

  test('three panels: the log curves, their ratio on the same n axis, and the series at n', () => {
    const fig = pnFigure(curve, conv);
    const names = fig.data.map((d) => (d as { name?: string }).name);
    expect(names).toEqual(['log₁₀ p(n), exact', 'Hardy–Ramanujan estimate', 'p(n) / estimate', 'chosen n', '|p(n) − partial sum|', '|term k|', 'Rademacher’s error bound', 'terms needed']);
    expect(fig.data[3]).toMatchObject({ x: [50], y: [conv.log10P] });
    expect((fig.data[2] as { yaxis?: string }).yaxis).toBe('y3');
    expect(fig.layout.xaxis?.anchor).toBe('y3');
    expect((fig.data[4] as { xaxis?: string }).xaxis).toBe('x2');
  });

  test('infinite or undefined logs become gaps, and n past the curve gets no marker', () => {
    const one = partitionsConvergence(1, 3);
    const fig = pnFigure(curve, one);
    const bound = fig.data.find((d) => (d as { name?: string }).name === 'Rademacher’s error bound') as { y: (number | null)[] };
    expect(bound.y).toEqual([null, null, null]);
    // (an empty trace, so that the figure keeps its traces while n is dragged past the curve's end)
    const past = pnFigure(curve, partitionsConvergence(500, 3)).data.find((d) => (d as { name?: string }).name === 'chosen n');
    expect(past).toMatchObject({ x: [], y: [] });
  });

  test('marks where the bound drops below 1/4, and draws what it has while the rest computes', () => {
    const fig = pnFigure(null, partitionsConvergence(1000, 40));
    const needed = fig.data.find((d) => (d as { name?: string }).name === 'terms needed');
    expect(needed).toMatchObject({ x: [34, 34], y: [0, 1], xaxis: 'x2', yaxis: 'y4' });
    expect(fig.layout.yaxis4).toMatchObject({ overlaying: 'y2', range: [0, 1], visible: false });
    expect(pnFigure(null, partitionsConvergence(1000, 3)).data.find((d) => (d as { name?: string }).name === 'terms needed')).toMatchObject({ x: [] });
    expect(pnFigure(curve, null).data.length).toBe(4);
  });
});

describe('readouts', () => {
  test('congruence lines for p(99) (99 = 5·19 + 4 = 25·3 + 24)', () => {
    const r = partitionsExact(99);
    const lines = r.checks.filter((c) => c.applies).map((c) => checkLine(99, c));
    expect(lines).toEqual([
      '✓ n = 99 = 5·19 + 4, and p(n) mod 5 = 0: p(5k+4) ≡ 0 (mod 5)',
      '✓ n = 99 = 25·3 + 24, and p(n) mod 25 = 0: p(25k+24) ≡ 0 (mod 25)',
    ]);
    expect(notApplying(99, r.checks)).toBe('n mod 7 = 1 ≠ 5; n mod 11 = 0 ≠ 6; n mod 49 = 1 ≠ 47; n mod 121 = 99 ≠ 116');
  });

  test('CSV puts the curve and the series side by side', () => {
    const csv = pnCsv(partitionsCurve(3), partitionsConvergence(3, 2)).split('\n');
    expect(csv[0]).toBe('n,log10_p,log10_hardy_ramanujan,ratio_p_over_hr,k,log10_abs_term,log10_abs_error,log10_bound');
    expect(csv[3].startsWith('3,0.47712125471966')).toBe(true);
    expect(csv.length).toBe(5);
  });

  test('milliseconds with one decimal below 10', () => {
    expect(formatMs(3.14159)).toBe('3.1');
    expect(formatMs(123.6)).toBe('124');
  });
});
