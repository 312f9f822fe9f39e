import { describe, expect, test } from 'vitest';
import { franklinCounts } from '../../compute/partitions/widgets';
import { franklinCsv, franklinFigure, franklinSummary, pentagonalNumbers } from './plots';

describe('figure, CSV and summary', () => {
  test('two bar traces, +1 and −1, with a value at every n; the traces do not change with N', () => {
    const fig = franklinFigure(franklinCounts(15));
    const [plus, minus] = fig.data as { y: number[]; x: number[]; name: string }[];
    expect([plus.name, minus.name]).toEqual(['+1', '−1']);
    expect(plus.x).toEqual(Array.from({ length: 16 }, (_, n) => n));
    // 1 − x − x² + x⁵ + x⁷ − x¹² − x¹⁵
    expect(plus.y.flatMap((v, n) => (v ? [n] : []))).toEqual([0, 5, 7]);
    expect(minus.y.flatMap((v, n) => (v ? [n] : []))).toEqual([1, 2, 12, 15]);
    const wider = franklinFigure(franklinCounts(200));
    expect(wider.data.map((d) => (d as { name: string }).name)).toEqual(['+1', '−1']);
    expect(wider.layout).toEqual(fig.layout);
  });

  test('pentagonal numbers with their j', () => {
    expect(pentagonalNumbers(26)).toEqual([
      { n: 0, j: 0 }, { n: 1, j: 1 }, { n: 2, j: -1 }, { n: 5, j: 2 }, { n: 7, j: -2 },
      { n: 12, j: 3 }, { n: 15, j: -3 }, { n: 22, j: 4 }, { n: 26, j: -4 },
    ]);
  });

  test('the CSV has both counts, their difference and Euler’s coefficient', () => {
    expect(franklinCsv(franklinCounts(5)).split('\n').slice(0, 7)).toEqual([
      'n,even_parts,odd_parts,difference,euler_coefficient',
      '0,1,0,1,1',
      '1,0,1,-1,-1',
      '2,0,1,-1,-1',
      '3,1,1,0,0',
      '4,1,1,0,0',
      '5,2,1,1,1',
    ]);
  });

  test('the summary names the pentagonal numbers and the zeros, or the mismatches', () => {
    const r = franklinCounts(12);
    expect(franklinSummary(r)).toBe(
      "✓ For every n from 0 to 12, counting gives q_even(n) − q_odd(n) = Euler's coefficient: ±1 at the 6 pentagonal numbers 0 (+1), 1 (−1), 2 (−1), 5 (+1), 7 (+1), 12 (−1), and 0 at the other 7.",
    );
    expect(franklinSummary({ ...r, mismatches: [3, 4] })).toBe("✗ The counts disagree with Euler's theorem at n = 3, 4.");
    expect(franklinSummary(franklinCounts(100))).toMatch(/at the 17 pentagonal numbers 0 \(\+1\), .*, …, and 0 at the other 84\.$/);
  });
});
