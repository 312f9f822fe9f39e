import { describe, expect, test } from 'vitest';
import { questionCurves, raceLap, sumOfFirst, sumUpTo } from './widgets';
import { firstPrimesSumEstimates, primeSumEstimates } from './asymptotics';
import { ARTICLE, SUM_FIRST_BILLION, SUM_POWERS_OF_TEN } from './reference';

describe('the two questions', () => {
  test('at two million: the exact answers and how close the estimates come', () => {
    const a = sumUpTo(2_000_000);
    expect([a.count, a.sum]).toEqual([ARTICLE.primesBelowTwoMillion, ARTICLE.sumBelowTwoMillion]);
    expect(a.li.ratio).toBeCloseTo(1, 3); // li(x²) is within 0.1 %
    expect(a.leading.ratio).toBeGreaterThan(1.03); // x²/(2 ln x) is 3–4 % low
    const b = sumOfFirst(2_000_000);
    expect([b.prime, b.sum]).toEqual([ARTICLE.twoMillionthPrime, ARTICLE.sumFirstTwoMillion]);
    expect(Math.abs(b.primeEstimate / b.prime - 1)).toBeLessThan(1e-3);
    expect(b.sinha.ratio).toBeCloseTo(1, 3);
    expect(b.leading.ratio).toBeGreaterThan(1.05); // N² ln N / 2 alone misses by 8 %
  });

  test('the estimates approach the sums: li(x²) beats x²/(2 ln x) from x = 1000 on', () => {
    for (let k = 3; k <= 13; k++) {
      const x = 10 ** k, e = primeSumEstimates(x), s = Number(SUM_POWERS_OF_TEN[k]);
      expect(Math.abs(s / e.li - 1)).toBeLessThan(Math.abs(s / e.leading - 1));
    }
    expect(primeSumEstimates(1e13).li / Number(SUM_POWERS_OF_TEN[13])).toBeCloseTo(1, 4);
    const e = firstPrimesSumEstimates(1e9);
    expect(e.sinha / Number(SUM_FIRST_BILLION)).toBeCloseTo(1, 4);
  });

  test('the curves hold three points a decade from 100 up to their caps, each ratio from the exact sum', () => {
    const c = questionCurves(100_000, 1000);
    expect(Array.from(c.x)).toEqual([100, 215, 464, 1000, 2154, 4642, 10000, 21544, 46416, 100000]);
    expect(Array.from(c.N)).toEqual([100, 215, 464, 1000]);
    expect(c.ratioLeading[0]).toBeCloseTo(1060 / (1e4 / (2 * Math.log(100))), 12);
    expect(c.firstRatioLeading[0]).toBeCloseTo(24133 / (5000 * Math.log(100)), 12);
  });

  test('arguments', () => {
    expect(() => sumUpTo(1)).toThrow('x must be an integer in [2, 10000000000000], got 1');
    expect(() => sumOfFirst(1e9 + 1)).toThrow('N must be an integer in [2, 1000000000], got 1000000001');
  });
});

describe('raceLap', () => {
  test('each method answers and reports its work; a method past its limit is refused', () => {
    for (const method of ['sieve', 'lucy', 'fast'] as const) {
      const lap = raceLap(method, 1_000_000);
      expect([lap.count, lap.sum]).toEqual([78498n, 37550402023n]);
      expect(lap.ms).toBeGreaterThanOrEqual(0);
      expect(lap.work).toBeGreaterThan(0);
    }
    expect(() => raceLap('sieve', 1e11)).toThrow('x must be a positive integer ≤ 10000000000, got 100000000000');
    expect(() => raceLap('bogo' as 'fast', 10)).toThrow("method must be one of sieve, lucy, fast, got 'bogo'");
  });
});
