import { describe, expect, test } from 'vitest';
import { gridAxes, requireFiniteArray, requireInRange, requireInteger, requireOneOf, show } from './optimizerChecks';

describe('argument checks', () => {
  test('messages name the argument, the rule and the value', () => {
    expect(() => requireInRange('beta1', 1, 0, 1, true)).toThrow('beta1 must be a number in [0, 1), got 1');
    expect(requireInRange('beta1', 1, 0, 1)).toBe(1);
    expect(() => requireInteger('steps', 3.5, 0, 10)).toThrow('steps must be an integer in [0, 10], got 3.5');
    expect(() => requireOneOf('kind', 'x', ['a', 'b'])).toThrow("kind must be one of a, b, got 'x'");
    expect(() => requireFiniteArray('points', [0, 1, NaN])).toThrow('points[2] must be a finite number, got NaN');
    expect(show(undefined)).toBe('undefined');
  });

  test('gridAxes includes both ends exactly', () => {
    const { xs, ys } = gridAxes({ xRange: [-0.3, 0.7], yRange: [1e-3, 1.1], nx: 7, ny: 3 });
    expect(xs[0]).toBe(-0.3);
    expect(xs[6]).toBe(0.7);
    expect(ys[2]).toBe(1.1);
    expect(ys[1]).toBeCloseTo((1e-3 + 1.1) / 2, 15);
  });
});
