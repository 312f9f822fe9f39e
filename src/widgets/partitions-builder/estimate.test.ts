import { describe, expect, test } from 'vitest';
import { allPartsFactors, capMultiplicity, coinFactors, distinctPartsFactors, oddPartsFactors, parseCoinSet } from '../../compute/partitions/builder';
import { gfCoefficients, type GFFactor } from '../../compute/partitions/counts';
import { defaultValues } from '../../core/params';
import { buildFactors } from './factors';
import { coefficientBits, LONG_SECONDS, roughDuration, seriesLimbWork, seriesSeconds } from './estimate';
import { coefficientParams, partitionsBuilderSpec } from './spec';

const bitsOf = (x: bigint) => x.toString(2).length;

describe('coefficientBits: the saddle-point bound on the coefficient of x^N', () => {
  const cases: [string, GFFactor[], number][] = [
    ['any parts', allPartsFactors(600), 600],
    ['odd parts', oddPartsFactors(599), 600],
    ['distinct parts', distinctPartsFactors(600), 600],
    ['parts ≤ 3', allPartsFactors(3), 600],
    ['UK coins', coinFactors(parseCoinSet('1, 2, 5, 10, 20, 50, 100, 200')), 600],
    ['each part at most twice', capMultiplicity(allPartsFactors(600), 2), 600],
  ];
  test.each(cases)('%s: never below the exact coefficient, and close to it', (_, factors, N) => {
    const exact = bitsOf(gfCoefficients(factors, N)[N]);
    const bound = coefficientBits(factors, N);
    expect(bound).toBeGreaterThanOrEqual(exact - 1);
    expect(bound).toBeLessThan(exact * 1.15 + 12);
  });

  test('p(200 000) has 493 digits; parts stopped at 5000 bound it from above within a few digits', () => {
    const digits = coefficientBits(allPartsFactors(5000), 200_000) * Math.log10(2);
    expect(digits).toBeGreaterThan(490);
    expect(digits).toBeLessThan(500);
  });
});

describe('the long-job notice', () => {
  const at = (upTo: number, parts: 'all' | 'coins' = 'all') => {
    const built = buildFactors({ ...defaultValues(partitionsBuilderSpec.params), parts, upTo });
    if (!built.ok) throw new Error(built.message);
    return seriesSeconds(built.factors, upTo);
  };

  test('the largest product is announced as long; small ones and coin sets are not', () => {
    expect(at(200_000)).toBeGreaterThan(20);
    expect(at(30)).toBeLessThan(0.001);
    expect(at(5000)).toBeLessThan(LONG_SECONDS);
    expect(at(200_000, 'coins')).toBeLessThan(LONG_SECONDS);
  });

  test('work grows with N: more coefficients, each longer', () => {
    const f = allPartsFactors(5000);
    expect(seriesLimbWork(f, 100_000)).toBeGreaterThan(2 * seriesLimbWork(f, 50_000));
    expect(seriesLimbWork(f, 200_000)).toBeGreaterThan(2 * seriesLimbWork(f, 100_000));
  });

  test('durations read as a reader reads an estimate', () => {
    expect(roughDuration(3.2)).toEqual({ amount: 5, unit: 's' });
    expect(roughDuration(36.4)).toEqual({ amount: 35, unit: 's' });
    expect(roughDuration(58)).toEqual({ amount: 1, unit: 'min' });
    expect(roughDuration(150)).toEqual({ amount: 3, unit: 'min' });
  });
});

test('the n slider runs over the powers the series has, 0 … N', () => {
  expect(coefficientParams(30).n).toMatchObject({ min: 0, max: 30, log: true });
  expect(coefficientParams(200_000).n).toMatchObject({ max: 200_000 });
  expect(coefficientParams(1).n).toMatchObject({ max: 1 });
  // The declaration itself still reads any n a link or a notebook may hold.
  expect(partitionsBuilderSpec.params.n.max).toBe(200_000);
});
