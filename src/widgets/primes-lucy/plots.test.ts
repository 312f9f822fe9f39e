import { afterEach, describe, expect, test } from 'vitest';
import { setLang } from '../../core/i18n';
import { lucySteps } from '../../compute/primes/widgets';
import { mathTree } from '../../ui/texSubset';
import { column, followed, lucyCsv, lucyFigure, lucySummary, recursionTex, shownStep, startTex, tableRows } from './plots';

const sums = lucySteps(100, 'sum');
const counts = lucySteps(100, 'count');

describe('Lucy table readouts', () => {
  test('the recursion for v = 100 when 3 is removed, with the numbers filled in (sums and counts)', () => {
    // After 2: S(100) = 2 + (3 + 5 + … + 99) = 2501, S(33) = 2 + (3 + … + 33) = 290, S(2) = 2.
    expect(column(sums, 1)[0]).toBe(2501);
    expect(recursionTex(sums, 2, 0)).toEqual({ tex: 'S(100,3) = S(100,2) - 3\\cdot(S(33,2) - S(2,2)) = 2501 - 3\\cdot(290 - 2) = 1637', note: '' });
    expect(recursionTex(counts, 2, 0).tex).toBe('S(100,3) = S(100,2) - (S(33,2) - S(2,2)) = 50 - (17 - 1) = 34');
    // 5 < 3²: unchanged.
    const five = sums.values.indexOf(5);
    expect(recursionTex(sums, 2, five)).toEqual({ tex: 'S(5,3) = S(5,2) = 10', note: 'unchanged: 5 < 3² = 9' });
    expect(startTex(sums, 0)).toBe('S(100,1) = \\frac{100\\cdot 101}{2} - 1 = 5049');
    expect(startTex(counts, 0)).toBe('S(100,1) = 100 - 1 = 99');
  });

  test('every formula the widget can show is in the TeX subset the browser typesets', () => {
    for (const t of [sums, counts, lucySteps(99_991, 'sum')]) {
      for (let s = 1; s <= t.primes.length; s++) for (let i = 0; i < t.values.length; i += 7) expect(() => mathTree(recursionTex(t, s, i).tex)).not.toThrow();
      expect(() => mathTree(startTex(t, 3))).not.toThrow();
    }
  });

  test('table rows: before and after the step, and which quotient was read', () => {
    const rows = tableRows(sums, 2);
    expect(rows[0]).toEqual({ v: 100, before: 2501, after: 1637, quotient: 33 });
    expect(rows.find((r) => r.v === 5)).toEqual({ v: 5, before: 10, after: 10, quotient: null });
    expect(tableRows(sums, 0)[0]).toEqual({ v: 100, before: 5049, after: 5049, quotient: null });
  });

  test('following a value: exact, or the largest value below it', () => {
    expect(followed(sums, 33)).toEqual({ index: 2, exact: true });
    expect(followed(sums, 40)).toEqual({ index: 2, exact: false });
    expect(followed(sums, 100_000)).toEqual({ index: 0, exact: false });
    expect(shownStep(sums, 65)).toBe(4);
  });

  test('figure, summary and CSV', () => {
    const fig = lucyFigure(sums, 4, 0);
    expect(fig.data.map((d) => (d as { name?: string }).name)).toEqual(['start: S(v, 1)', 'end: sum of primes ≤ v', 'now: S(v, 7)', 'the v followed']);
    expect((fig.data[2] as { y: (number | null)[] }).y.at(-1)).toBeNull(); // S(1) = 0 has no place on a log axis
    expect(lucySummary(sums, 4)).toContain('S(100) is now 1\u2009060, which is the prime sum of 100');
    expect(lucySummary(counts, 0)).toContain('counts all of 2…v');
    const csv = lucyCsv(counts).trim().split('\n');
    expect(csv[0]).toBe('v,start,after_2,after_3,after_5,after_7');
    expect(csv[1]).toBe('100,99,50,34,28,25');
  });
});

describe('in Chinese', () => {
  afterEach(() => setLang('en'));

  test('summary, note and legend speak Chinese with the same numbers', () => {
    setLang('zh');
    expect(lucySummary(sums, 4)).toBe('x = 100 共有 19 个不同的取值 ⌊x/k⌋，≤ √x 的素数有 4 个。去掉 7 改变了其中 2 个值（即 v ≥ 7² 的那些）；S(100) 现在是 1\u2009060，这正是不超过 100 的素数之和。');
    expect(recursionTex(sums, 2, sums.values.indexOf(5)).note).toBe('不变：5 < 3² = 9');
    expect(lucyFigure(counts, 0, 0).data.map((d) => (d as { name?: string }).name)).toEqual(['起始：S(v, 1)', '最终：π(v)', '当前：S(v, 1)', '跟踪的 v']);
  });
});
