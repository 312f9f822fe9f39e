import { describe, expect, test } from 'vitest';
import { describeGaps, formatNumber } from './gaps';

const xs = [-2, -1, 0, 1, 2, 3];

describe('describeGaps', () => {
  test('says nothing when every value is finite', () => {
    expect(describeGaps('c', 't', xs, [1, 2, 3, 4, 5, 6])).toBeNull();
  });

  test('names where a curve is undefined or infinite', () => {
    expect(describeGaps('root', 't', xs, [NaN, NaN, 0, 1, 1.4, 1.7])).toBe('root: undefined for t < 0 (left as gaps)');
    expect(describeGaps('inverse', 't', xs, [-0.5, -1, Infinity, 1, 0.5, 0.3])).toBe('inverse: infinite at t = 0 (left as gaps)');
    expect(describeGaps('c', 't', xs, [1, 1, 1, 1, NaN, NaN])).toBe('c: undefined for t > 1 (left as gaps)');
    expect(describeGaps('c', 't', xs, [1, NaN, -Infinity, 1, 1, 1])).toBe('c: undefined or infinite for −2 < t < 1 (left as gaps)');
  });

  test('counts gaps past the third', () => {
    const y = [NaN, 1, NaN, 1, NaN, 1, NaN, 1, NaN, 1];
    const x = y.map((_, i) => i);
    expect(describeGaps('c', 'x', x, y)).toBe('c: undefined for x < 1; undefined at x = 2; undefined at x = 4, and in 2 more places (left as gaps)');
  });

  test('a curve with no value at all says so', () => {
    expect(describeGaps('c', 'x', [0, 1], [NaN, Infinity])).toMatch(/at every point/);
  });
});

test('formatNumber keeps four significant digits and no float noise', () => {
  expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  expect(formatNumber(-1.23456)).toBe('−1.235');
  expect(formatNumber(1234567)).toBe('1.235e6');
  expect(formatNumber(2.5e-7)).toBe('2.5e-7');
  expect(formatNumber(-Infinity)).toBe('−∞');
});
