import { describe, expect, test } from 'vitest';
import { bigLog } from '../numerics/bigfloat';
import { gfCoefficients, partitionsP, partitionsTable } from './counts';
import {
  distinctAndOddCounts, FIRST_TERM_FROM, hardyRamanujan, logPartitionsCurve, orderedTriples, rademacherPartialSums, sortedTriples,
} from './asymptotics';
import { lnRademacherFirstTerm } from './rademacher';
import { loadReference } from '../testing/reference';

describe('closed forms for x + y + z = n', () => {
  test('agree with the generating functions for every n ≤ 500', () => {
    const ordered = gfCoefficients([{ step: 1 }, { step: 1 }, { step: 1 }], 500);
    const sorted = gfCoefficients([{ step: 1 }, { step: 2 }, { step: 3 }], 500);
    for (let n = 0; n <= 500; n++) {
      expect(orderedTriples(n)).toBe(ordered[n]);
      expect(sortedTriples(n)).toBe(sorted[n]);
    }
  });

  test('the article\'s answers for n = 2014', () => {
    expect(orderedTriples(2014)).toBe(2031120n);
    expect(sortedTriples(2014)).toBe(339024n);
  });

  test('exact beyond float64 and the argument check', () => {
    expect(orderedTriples(2 ** 40)).toBe(((2n ** 40n + 2n) * (2n ** 40n + 1n)) / 2n);
    expect(sortedTriples(10 ** 15)).toBe(((10n ** 15n + 3n) ** 2n + 6n) / 12n);
    expect(() => sortedTriples(-1)).toThrow('n must be a non-negative integer, got -1');
  });
});

describe('Hardy–Ramanujan and ln p(n)', () => {
  test('p(n)/HR(n) rises towards 1 like 1 − 0.44/√n', () => {
    for (const n of [100, 1000, 10_000, 100_000]) {
      const ratio = Math.exp(bigLog(partitionsP(n)) - hardyRamanujan(n));
      expect(ratio).toBeLessThan(1);
      expect(Math.abs(1 - ratio - 0.44 / Math.sqrt(n))).toBeLessThan(0.25 / Math.sqrt(n));
    }
    expect(hardyRamanujan(1)).toBeCloseTo(Math.PI * Math.sqrt(2 / 3) - Math.log(4 * Math.sqrt(3)), 14);
  });

  test('logPartitionsCurve: sampled n, exact ln p(n), HR alongside', () => {
    const curve = logPartitionsCurve(3000, 31);
    expect(curve.n[0]).toBe(1);
    expect(curve.n[curve.n.length - 1]).toBe(3000);
    const table = partitionsTable(3000);
    curve.n.forEach((n, i) => {
      expect(curve.lnP[i]).toBeCloseTo(Math.log(Number(table[n])), 9);
      expect(curve.lnHR[i]).toBe(hardyRamanujan(n));
      expect(curve.ratio[i]).toBeCloseTo(Math.exp(curve.lnP[i] - curve.lnHR[i]), 12);
    });
    expect(logPartitionsCurve(5, 20).n).toEqual(Float64Array.from([1, 2, 3, 4, 5]));
    // From FIRST_TERM_FROM on, the first Rademacher term stands for p(n): equal to exact ln p(n) to
    // float64 precision, up to 10^6 (and a little below the switch, where it is still that close).
    for (const n of [FIRST_TERM_FROM - 1, FIRST_TERM_FROM, 2718, 31_415, 271_828, 1_000_000]) {
      const exact = bigLog(partitionsP(n));
      expect(Math.abs(lnRademacherFirstTerm(n) - exact) / exact, `n = ${n}`).toBeLessThan(4e-16);
    }
    const big = logPartitionsCurve(1_000_000, 300);
    expect(big.lnP[big.lnP.length - 1]).toBe(lnRademacherFirstTerm(1_000_000));
    expect(big.ratio[big.ratio.length - 1]).toBeCloseTo(1 - 0.44 / 1000, 4);
    expect(() => logPartitionsCurve(10, 1)).toThrow('points must be an integer in [2, 500], got 1');
  });
});

describe('rademacherPartialSums', () => {
  test('errors fall under Rademacher\'s bound and below 1/4 from termsNeeded on', () => {
    for (const n of [2, 50, 1000, 123_456]) {
      const c = rademacherPartialSums(n, 60);
      expect(c.termsNeeded).toBeGreaterThanOrEqual(20);
      expect(c.log10P).toBeCloseTo(bigLog(partitionsP(n)) / Math.LN10, 12);
      for (let i = 0; i < 60; i++) {
        expect(c.k[i]).toBe(i + 1);
        expect(c.log10AbsError[i]).toBeLessThanOrEqual(c.log10Bound[i] + 1e-9);
        if (i + 1 >= c.termsNeeded) expect(c.log10AbsError[i]).toBeLessThan(Math.log10(0.25));
      }
    }
  });

  test('the first term carries about half the digits of p(n) at n = 10^5', () => {
    const c = rademacherPartialSums(100_000, 3);
    expect(c.log10P).toBeCloseTo(346.44, 1);
    expect(c.log10AbsTerm[0]).toBeCloseTo(c.log10P, 5);
    // what T_1 misses is essentially T_2 = O(e^{μ/2}), about half the digits
    expect(c.log10AbsError[0]).toBeCloseTo(c.log10AbsTerm[1], 6);
    expect(c.log10AbsTerm[1]).toBeGreaterThan(c.log10P / 2 - 4);
    expect(c.log10AbsTerm[1]).toBeLessThan(c.log10P / 2);
    expect(c.log10AbsError[2]).toBeLessThan(c.log10AbsError[0] - 50);
  });

  test('n = 1 has no bound (NaN) but converges; arguments are checked', () => {
    const c = rademacherPartialSums(1, 40);
    expect(c.termsNeeded).toBe(0);
    expect(Number.isNaN(c.log10Bound[0])).toBe(true);
    expect(c.log10AbsError[39]).toBeLessThan(-1);
    expect(() => rademacherPartialSums(0, 5)).toThrow('n must be a positive integer ≤ 100000000, got 0');
    expect(() => rademacherPartialSums(10, 0)).toThrow('K must be a positive integer ≤ 2000, got 0');
  });
});

describe('distinctAndOddCounts', () => {
  test('Euler: as many partitions into distinct parts as into odd parts, for every n ≤ 1000', () => {
    const { distinct, odd } = distinctAndOddCounts(1000);
    expect(distinct.length).toBe(1001);
    expect(distinct).toEqual(odd);
    expect(distinct[1000]).toBe(8635565795744155161506n); // q(1000), OEIS A000009
  });

  test('agrees with the reference "distinct parts" product up to 100', () => {
    const ref = loadReference<{ gf: { name: string; coeffs: string[] }[] }>('partitions.json');
    const entry = ref.gf.find((g) => g.name === 'distinct parts');
    expect(entry).toBeDefined();
    expect(distinctAndOddCounts(100).odd.map(String)).toEqual(entry?.coeffs);
  });
});
