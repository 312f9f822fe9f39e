import { describe, expect, test } from 'vitest';
import { allPartsFactors, capMultiplicity, coinFactors } from './builder';
import {
  builderSeries, countAt, countStrings, eulerCounts, EXPAND_MAX_N, log10All, packCounts, partitionsConvergence, partitionsCurve,
  partitionsExact, seriesWork,
} from './widgets';

describe('partitionsExact', () => {
  test('p(1000) digit for digit (OEIS A000041), with the mod-5 check that applies to 1000 ≢ 4', () => {
    const r = partitionsExact(1000);
    expect(r.digits).toBe('24061467864032622473692149727991');
    expect(r.log10).toBeCloseTo(31.381, 3);
    expect(r.checks.filter((c) => c.applies)).toEqual([]);
    expect(r.ms).toBeGreaterThanOrEqual(0);
  });

  test('p(99) = 169229875 satisfies the mod-5 and mod-25 congruences (99 = 5·19 + 4 = 25·3 + 24)', () => {
    const r = partitionsExact(99);
    expect(r.digits).toBe('169229875');
    expect(r.checks.filter((c) => c.applies).map((c) => [c.modulus, c.holds])).toEqual([[5, true], [25, true]]);
  });

  test('reports progress 0 then 1, and names a bad n', () => {
    const seen: number[] = [];
    partitionsExact(10, (f) => seen.push(f));
    expect(seen).toEqual([0, 1]);
    expect(() => partitionsExact(-1)).toThrow(/n must be a non-negative integer/);
    expect(() => partitionsExact(2.5)).toThrow(/got 2.5/);
    expect(() => partitionsExact(1e8 + 1)).toThrow(/≤ 100000000/);
  });
});

describe('series for the builder', () => {
  test('1/(1−x)³ at 2014 counts the ordered solutions of x+y+z = 2014', () => {
    const r = builderSeries(coinFactors([1, 1, 1]), 2014);
    expect(countAt(r.coefficients, 2014)).toBe('2031120');
    expect(r.expansion).toBeNull();
  });

  test('the expansion shows each partial product for small N, the last equal to the full series', () => {
    const r = builderSeries(allPartsFactors(6), 6);
    expect(r.expansion?.map((s) => s.factor.step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.expansion?.[0].coefficients).toEqual([1n, 1n, 1n, 1n, 1n, 1n, 1n]);
    expect(r.expansion?.[1].coefficients).toEqual([1n, 1n, 2n, 2n, 3n, 3n, 4n]);
    expect(r.expansion?.at(-1)?.coefficients.map(String)).toEqual(countStrings(r.coefficients));
    expect(countStrings(r.coefficients)).toEqual(['1', '1', '2', '3', '5', '7', '11']);
    expect(builderSeries(allPartsFactors(EXPAND_MAX_N + 1), EXPAND_MAX_N + 1).expansion).toBeNull();
  });

  test('log10 of the coefficients, −Infinity where a coefficient is 0', () => {
    const r = builderSeries(coinFactors([5, 10]), 12);
    expect(Array.from(r.log10.slice(0, 6))).toEqual([0, -Infinity, -Infinity, -Infinity, -Infinity, 0]);
    expect(r.log10[10]).toBeCloseTo(Math.log10(2), 12);
    expect(log10All([10n ** 600n])[0]).toBeCloseTo(600, 9);
  });

  test('progress reaches 1 and bad factors are named', () => {
    const seen: number[] = [];
    builderSeries(allPartsFactors(50), 1000, (f) => seen.push(f));
    expect(seen.at(-1)).toBe(1);
    expect(() => builderSeries([{ step: 0 }], 10)).toThrow(/factors\[0\]\.step/);
  });

  test('work counts passes over the series: capped factors cost two, factors past N nothing', () => {
    expect(seriesWork([{ step: 1 }, { step: 3 }, { step: 20 }], 10)).toBe(10 + 8);
    expect(seriesWork(capMultiplicity([{ step: 1 }], 2), 10)).toBe(20);
    expect(seriesWork([{ step: 1, maxCount: 1 }, { step: 2, maxCount: 0 }], 10)).toBe(10);
  });
});

describe('packed counts', () => {
  test('digits and offsets round-trip, empty counts included', () => {
    const p = packCounts([0n, 7n, 10n ** 40n, 123n]);
    expect(p.digits).toBe(`07${'1' + '0'.repeat(40)}123`);
    expect(Array.from(p.offsets)).toEqual([0, 1, 2, 43, 46]);
    expect(countStrings(p)).toEqual(['0', '7', String(10n ** 40n), '123']);
    expect(countStrings(packCounts([]))).toEqual([]);
  });
});

describe('p(n) curves', () => {
  test('the curve in base 10 matches ln/ln 10 and the ratio tends to 1 from below', () => {
    const c = partitionsCurve(1000);
    expect(c.n.length).toBe(300);
    expect(c.n[c.n.length - 1]).toBe(1000);
    expect(c.log10P[c.n.length - 1]).toBeCloseTo(31.381, 3);
    expect(c.ratio[c.n.length - 1]).toBeGreaterThan(0.98);
    expect(c.ratio[c.n.length - 1]).toBeLessThan(1);
    expect(partitionsCurve(5).n).toEqual(Float64Array.from([1, 2, 3, 4, 5]));
  });

  test('the convergence data comes straight from rademacherPartialSums', () => {
    const r = partitionsConvergence(1000, 20);
    expect(r.k.length).toBe(20);
    expect(r.log10AbsError[19]).toBeLessThan(-0.3);
  });
});

describe('eulerCounts', () => {
  test('distinct-part and odd-part counts agree (OEIS A000009) and nothing is flagged', () => {
    const r = eulerCounts(20);
    expect(countStrings(r.distinct).slice(0, 11)).toEqual(['1', '1', '1', '2', '2', '3', '4', '5', '6', '8', '10']);
    expect(countStrings(r.odd)).toEqual(countStrings(r.distinct));
    expect(r.mismatches).toEqual([]);
    expect(r.log10Odd[10]).toBe(1);
  });
});
