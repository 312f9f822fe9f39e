import { describe, expect, test } from 'vitest';
import { createRng } from '../numerics/random';
import { gammaVariate, keyCosines, sphereCosine } from './keys';

describe('key cosines on the sphere', () => {
  test('gamma variates have mean and variance equal to the shape', () => {
    for (const shape of [0.5, 1.5, 31.5]) {
      const rng = createRng(3);
      const x = Array.from({ length: 40_000 }, () => gammaVariate(rng, shape));
      const mean = x.reduce((a, b) => a + b, 0) / x.length;
      const variance = x.reduce((a, b) => a + (b - mean) ** 2, 0) / x.length;
      expect(Math.abs(mean / shape - 1)).toBeLessThan(0.03);
      expect(Math.abs(variance / shape - 1)).toBeLessThan(0.06);
    }
  });

  test('cos θ has E = 0, E[cos²] = 1/d and E[cos⁴] = 3/(d(d+2)) (checked against numpy too)', () => {
    for (const d of [3, 8, 64]) {
      const rng = createRng(d);
      const c = Array.from({ length: 60_000 }, () => sphereCosine(rng, d));
      const m = (k: number) => c.reduce((a, x) => a + x ** k, 0) / c.length;
      expect(Math.abs(m(1))).toBeLessThan(4 / Math.sqrt(d * c.length));
      expect(Math.abs(m(2) * d - 1)).toBeLessThan(0.03);
      expect(Math.abs((m(4) * d * (d + 2)) / 3 - 1)).toBeLessThan(0.08);
    }
  });

  test('keyCosines plants the relevant keys first, is seeded, and checks its arguments', () => {
    const a = keyCosines(createRng(5), 100, 16, { count: 3, cosine: 0.8 });
    expect(Array.from(a.subarray(0, 3))).toEqual([0.8, 0.8, 0.8]);
    expect(keyCosines(createRng(5), 100, 16, { count: 3, cosine: 0.8 })).toEqual(a);
    expect(keyCosines(createRng(6), 100, 16, { count: 3, cosine: 0.8 })).not.toEqual(a);
    expect(() => keyCosines(createRng(5), 10, 1)).toThrow('d must be an integer in [2, 4096], got 1');
    expect(() => keyCosines(createRng(5), 10, 8, { count: 20, cosine: 0 })).toThrow('relevant.count');
    expect(() => keyCosines(createRng(5), 10, 8, { count: 1, cosine: 2 })).toThrow('relevant.cosine must be a finite number in [-1, 1], got 2');
  });
});
