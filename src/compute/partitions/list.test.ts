import { describe, expect, test } from 'vitest';
import { partitionsTable, type GFFactor } from './counts';
import { distinctToOdd, listPartitions, oddToDistinct, oddToDistinctSteps } from './list';
import { distinctAndOddCounts } from './asymptotics';

const allParts = (n: number): GFFactor[] => Array.from({ length: n }, (_, i) => ({ step: i + 1 }));
const oddParts = (n: number): GFFactor[] => allParts(n).filter((f) => f.step % 2 === 1);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const key = (xs: number[]) => xs.join('+');

describe('listPartitions', () => {
  test('all partitions of n ≤ 20, each once, largest parts first, as many as p(n)', () => {
    const p = partitionsTable(20);
    for (let n = 0; n <= 20; n++) {
      const { total, items, truncated } = listPartitions(n, allParts(Math.max(n, 1)), 10_000);
      expect(total).toBe(p[n]);
      expect(truncated).toBe(false);
      expect(BigInt(items.length)).toBe(p[n]);
      expect(new Set(items.map((it) => key(it.parts))).size).toBe(items.length);
      for (const { parts, counts } of items) {
        expect(sum(parts)).toBe(n);
        expect([...parts].sort((a, b) => b - a)).toEqual(parts);
        expect(sum(counts.map((c, i) => c * (i + 1)))).toBe(n);
      }
    }
    expect(listPartitions(4, allParts(4)).items.map((it) => it.parts)).toEqual([[4], [3, 1], [2, 2], [2, 1, 1], [1, 1, 1, 1]]);
  });

  test('repeated steps are told apart by counts: x + y + z = 3 has 10 solutions', () => {
    const { total, items } = listPartitions(3, [{ step: 1 }, { step: 1 }, { step: 1 }]);
    expect(total).toBe(10n);
    expect(items.map((it) => it.counts.join(''))).toEqual(['300', '210', '201', '120', '111', '102', '030', '021', '012', '003']);
  });

  test('caps, factor order and unreachable totals', () => {
    const factors: GFFactor[] = [{ step: 2, maxCount: 3 }, { step: 5 }, { step: 3, maxCount: 1 }];
    const { total, items } = listPartitions(17, factors);
    expect(BigInt(items.length)).toBe(total);
    for (const { counts, parts } of items) {
      expect(counts[0]).toBeLessThanOrEqual(3);
      expect(counts[2]).toBeLessThanOrEqual(1);
      expect(counts[0] * 2 + counts[1] * 5 + counts[2] * 3).toBe(17);
      expect(parts.length).toBe(counts[0] + counts[1] + counts[2]);
    }
    expect(listPartitions(7, [{ step: 2 }, { step: 4 }])).toEqual({ total: 0n, items: [], truncated: false });
    expect(listPartitions(0, [])).toEqual({ total: 1n, items: [{ counts: [], parts: [] }], truncated: false });
    expect(listPartitions(3, [])).toEqual({ total: 0n, items: [], truncated: false });
  });

  test('factors of a step above n change nothing but their own (zero) counts (the builder sends only the others)', () => {
    const parts = (N: number): GFFactor[] => Array.from({ length: N }, (_, k) => ({ step: k + 1 }));
    for (const n of [0, 1, 7, 12]) {
      const factors = [...parts(40), { step: 3, maxCount: 2 }];
      const kept = factors.map((f, i) => i).filter((i) => factors[i].step <= n);
      const all = listPartitions(n, factors, 500);
      const few = listPartitions(n, kept.map((i) => factors[i]), 500);
      expect(few.total).toBe(all.total);
      expect(few.items.map((item) => item.parts)).toEqual(all.items.map((item) => item.parts));
      expect(few.items.map((item) => item.counts)).toEqual(all.items.map((item) => kept.map((i) => item.counts[i])));
      for (const item of all.items) expect(item.counts.filter((_, i) => !kept.includes(i)).every((c) => c === 0)).toBe(true);
    }
  });

  test('limit truncates and says so; the total is still exact', () => {
    const { total, items, truncated } = listPartitions(60, allParts(60), 5000);
    expect(total).toBe(966467n);
    expect(items.length).toBe(5000);
    expect(truncated).toBe(true);
    expect(items[0].parts).toEqual([60]);
  });

  test('argument errors', () => {
    expect(() => listPartitions(2001, allParts(3))).toThrow('n must be a non-negative integer ≤ 2000, got 2001');
    expect(() => listPartitions(5, allParts(3), 0)).toThrow('limit must be a positive integer ≤ 10000, got 0');
    expect(() => listPartitions(5, [{ step: -1 }])).toThrow('factors[0].step must be a positive integer, got -1');
  });
});

describe('Glaisher\'s bijection', () => {
  test('for every partition of n ≤ 30 into odd parts: distinct image, exact inverse, and onto', () => {
    const q = distinctAndOddCounts(30).distinct;
    for (let n = 1; n <= 30; n++) {
      const odd = listPartitions(n, oddParts(n), 10_000).items.map((it) => it.parts);
      expect(BigInt(odd.length)).toBe(q[n]);
      const images = new Set<string>();
      for (const parts of odd) {
        const d = oddToDistinct(parts);
        expect(sum(d)).toBe(n);
        expect(new Set(d).size).toBe(d.length);
        expect(distinctToOdd(d)).toEqual(parts);
        images.add(key(d));
      }
      const distinct = listPartitions(n, allParts(n).map((f) => ({ ...f, maxCount: 1 })), 10_000).items.map((it) => it.parts);
      expect(images).toEqual(new Set(distinct.map(key)));
      for (const d of distinct) expect(oddToDistinct(distinctToOdd(d))).toEqual(d);
    }
  });

  test('examples: 7+7+7+1+1+1 ↔ 14+7+2+1, 12 ↔ 3+3+3+3', () => {
    expect(oddToDistinct([7, 1, 7, 1, 7, 1])).toEqual([14, 7, 2, 1]);
    expect(distinctToOdd([12])).toEqual([3, 3, 3, 3]);
    expect(oddToDistinct([])).toEqual([]);
  });

  test('merge steps: one pair at a time, ending at oddToDistinct', () => {
    const steps = oddToDistinctSteps([1, 1, 1, 1, 1, 3, 3, 5]);
    expect(steps[0]).toEqual([5, 3, 3, 1, 1, 1, 1, 1]);
    expect(steps[steps.length - 1]).toEqual(oddToDistinct([1, 1, 1, 1, 1, 3, 3, 5]));
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i].length).toBe(steps[i - 1].length - 1);
      expect(sum(steps[i])).toBe(16);
    }
    expect(steps[steps.length - 1]).toEqual([6, 5, 4, 1]); // 1·5 = 1·(4 + 1), 3·2 = 6
    expect(steps.length).toBe(1 + 8 - 4); // one merge per part lost
  });

  test('argument errors', () => {
    expect(() => oddToDistinct([3, 2])).toThrow('parts[1] must be odd, got 2');
    expect(() => distinctToOdd([4, 4])).toThrow('parts[1] repeats the part 4; parts must be distinct');
    expect(() => distinctToOdd([0])).toThrow('parts[0] must be a positive integer ≤ 2000, got 0');
    expect(() => oddToDistinct('1,3' as unknown as number[])).toThrow("parts must be an array of positive integers, got '1,3'");
    expect(() => oddToDistinctSteps(new Array(201).fill(1))).toThrow('parts must add up to at most 200, got 201');
  });
});
