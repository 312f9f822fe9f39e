import { describe, expect, test } from 'vitest';
import { findGaps, formatNumber } from './gaps';

const xs = [-2, -1, 0, 1, 2, 3];

describe('findGaps', () => {
  const gaps = (label: string, symbol: string, runs: unknown[], more = 0) => ({ kind: 'gaps', label, symbol, runs, more, exact: false });

  test('says nothing when every value is finite', () => {
    expect(findGaps('c', 't', xs, [1, 2, 3, 4, 5, 6])).toBeNull();
  });

  test('places each run where a curve is undefined or infinite', () => {
    expect(findGaps('root', 't', xs, [NaN, NaN, 0, 1, 1.4, 1.7])).toEqual(gaps('root', 't', [{ kind: 'undefined', place: { below: '0' } }]));
    expect(findGaps('inverse', 't', xs, [-0.5, -1, Infinity, 1, 0.5, 0.3])).toEqual(gaps('inverse', 't', [{ kind: 'infinite', place: { at: '0' } }]));
    expect(findGaps('c', 't', xs, [1, 1, 1, 1, NaN, NaN])).toEqual(gaps('c', 't', [{ kind: 'undefined', place: { above: '1' } }]));
    expect(findGaps('c', 't', xs, [1, NaN, -Infinity, 1, 1, 1])).toEqual(gaps('c', 't', [{ kind: 'both', place: { from: '−2', to: '1' } }]));
  });

  test('counts gaps past the third', () => {
    const y = [NaN, 1, NaN, 1, NaN, 1, NaN, 1, NaN, 1];
    const x = y.map((_, i) => i);
    const undef = (place: object) => ({ kind: 'undefined', place });
    expect(findGaps('c', 'x', x, y)).toEqual(gaps('c', 'x', [undef({ below: '1' }), undef({ at: '2' }), undef({ at: '4' })], 2));
  });

  test('a curve with no value at all says so', () => {
    expect(findGaps('c', 'x', [0, 1], [NaN, Infinity])).toEqual({ kind: 'noValues', label: 'c' });
  });
});

test('formatNumber keeps four significant digits and no float noise', () => {
  expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  expect(formatNumber(-1.23456)).toBe('−1.235');
  expect(formatNumber(1234567)).toBe('1.235e6');
  expect(formatNumber(2.5e-7)).toBe('2.5e-7');
  expect(formatNumber(-Infinity)).toBe('−∞');
});
