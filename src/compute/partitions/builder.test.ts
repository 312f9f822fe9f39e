import { describe, expect, test } from 'vitest';
import { gfCoefficients, partitionsTable } from './counts';
import {
  allPartsFactors, atMostKPartsFactors, capMultiplicity, coinFactors, distinctPartsFactors, gfTeX, oddPartsFactors,
  parseCoinSet, partsAtMostFactors,
} from './builder';
import { sortedTriples } from './asymptotics';

describe('factor lists', () => {
  test('all parts gives p(n); odd parts and distinct parts give the same counts', () => {
    expect(gfCoefficients(allPartsFactors(300), 300)).toEqual(partitionsTable(300));
    expect(gfCoefficients(oddPartsFactors(300), 300)).toEqual(gfCoefficients(distinctPartsFactors(300), 300));
    expect(oddPartsFactors(6).map((f) => f.step)).toEqual([1, 3, 5]);
    expect(distinctPartsFactors(2)).toEqual([{ step: 1, maxCount: 1 }, { step: 2, maxCount: 1 }]);
  });

  test('at most 3 parts = parts ≤ 3 = the sorted triples of the article (339024 at 2014)', () => {
    expect(atMostKPartsFactors(3)).toEqual(partsAtMostFactors(3));
    const c = gfCoefficients(atMostKPartsFactors(3), 2014);
    expect(c[2014]).toBe(339024n);
    for (let n = 0; n <= 2014; n += 53) expect(c[n]).toBe(sortedTriples(n));
  });

  test('coins 1, 5, 10, 25, 50 make change for a dollar in 292 ways; caps apply', () => {
    expect(gfCoefficients(coinFactors([1, 5, 10, 25, 50]), 100)[100]).toBe(292n);
    const capped = capMultiplicity([{ step: 1 }, { step: 2, maxCount: 1 }], 3);
    expect(capped).toEqual([{ step: 1, maxCount: 3 }, { step: 2, maxCount: 1 }]);
    expect(gfCoefficients(capped, 6)).toEqual([1n, 1n, 2n, 2n, 1n, 1n, 0n]);
  });

  test('argument errors', () => {
    expect(() => allPartsFactors(-2)).toThrow('N must be a non-negative integer ≤ 5000, got -2');
    expect(() => coinFactors([5, 0])).toThrow('coins[1].step must be a positive integer, got 0');
    expect(() => capMultiplicity([{ step: 1 }], 1.5)).toThrow('m must be a non-negative integer ≤ 200000, got 1.5');
  });
});

describe('parseCoinSet', () => {
  test('commas, semicolons and spaces separate values', () => {
    expect(parseCoinSet('1, 5,10 25;50')).toEqual([1, 5, 10, 25, 50]);
    expect(parseCoinSet('  7 ')).toEqual([7]);
  });

  test('the first bad token is named', () => {
    expect(() => parseCoinSet('1, 7x, 3')).toThrow("'7x' is not a positive integer");
    expect(() => parseCoinSet('2 0')).toThrow("'0' is not a positive integer");
    expect(() => parseCoinSet('2 -3')).toThrow("'-3' is not a positive integer");
    expect(() => parseCoinSet('2.5')).toThrow("'2.5' is not a positive integer");
    expect(() => parseCoinSet('300000')).toThrow("'300000' is too large: coin values go up to 200000");
    expect(() => parseCoinSet(' , ')).toThrow('the coin set is empty');
  });
});

describe('gfTeX', () => {
  test('uncapped factors go below, equal ones grouped as powers', () => {
    expect(gfTeX([{ step: 1 }, { step: 2 }, { step: 3 }])).toBe('\\frac{1}{(1-x)(1-x^{2})(1-x^{3})}');
    expect(gfTeX([{ step: 1 }, { step: 1 }, { step: 1 }])).toBe('\\frac{1}{(1-x)^{3}}');
  });

  test('capped factors go on top, with \\dots past three terms; maxCount 0 drops out', () => {
    expect(gfTeX([{ step: 2, maxCount: 1 }])).toBe('(1+x^{2})');
    expect(gfTeX([{ step: 1, maxCount: 2 }, { step: 3, maxCount: 7 }, { step: 4 }, { step: 5, maxCount: 0 }]))
      .toBe('\\frac{(1+x+x^{2})(1+x^{3}+\\dots+x^{21})}{(1-x^{4})}');
    expect(gfTeX([])).toBe('1');
  });

  test('long products are cut with \\cdots after three factors, keeping the last', () => {
    expect(gfTeX(allPartsFactors(1000))).toBe('\\frac{1}{(1-x)(1-x^{2})(1-x^{3})\\cdots(1-x^{1000})}');
    expect(gfTeX(distinctPartsFactors(7))).toBe('(1+x)(1+x^{2})(1+x^{3})\\cdots(1+x^{7})');
    expect(gfTeX(distinctPartsFactors(6))).toBe('(1+x)(1+x^{2})(1+x^{3})(1+x^{4})(1+x^{5})(1+x^{6})');
  });
});
