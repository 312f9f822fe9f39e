import { describe, expect, test } from 'vitest';
import { describe as describeValue, requireFiniteArray, requireInRange, requireInteger, requireOneOf } from './checks';
import { gridAxes } from '../optimizers/grid';

describe('argument checks', () => {
  test('messages name the argument, the rule and the value', () => {
    expect(() => requireInRange('beta1', 1, 0, 1, { openHigh: true })).toThrow('beta1 must be a finite number in [0, 1), got 1');
    expect(requireInRange('beta1', 1, 0, 1)).toBe(1);
    expect(() => requireInRange('base', 1, 1, Infinity, { openLow: true })).toThrow('base must be a finite number greater than 1, got 1');
    expect(() => requireInteger('steps', 3.5, 0, 10)).toThrow('steps must be a non-negative integer ≤ 10, got 3.5');
    expect(() => requireInteger('d', 11, 2, 10)).toThrow('d must be an integer in [2, 10], got 11');
    expect(() => requireOneOf('kind', 'x', ['a', 'b'])).toThrow("kind must be one of a, b, got 'x'");
    expect(() => requireFiniteArray('points', [0, 1, NaN])).toThrow('points[2] must be a finite number, got NaN');
  });

  test('values are described, never dumped', () => {
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(12n)).toBe('12n');
    expect(describeValue('x'.repeat(50))).toBe(`'${'x'.repeat(40)}…'`);
    expect(describeValue({ secret: 1 })).toBe('a value of type object');
    expect(describeValue(new Float64Array(2))).toBe('a Float64Array');
  });

  test('gridAxes includes both ends exactly', () => {
    const { xs, ys } = gridAxes({ xRange: [-0.3, 0.7], yRange: [1e-3, 1.1], nx: 7, ny: 3 });
    expect(xs[0]).toBe(-0.3);
    expect(xs[6]).toBe(0.7);
    expect(ys[2]).toBe(1.1);
    expect(ys[1]).toBeCloseTo((1e-3 + 1.1) / 2, 15);
  });
});
