import { describe, expect, test } from 'vitest';
import { createRng, deriveSeed, mix32, shuffleInPlace } from './random';

const draw = (seed: number, n: number, kind: 'uniform' | 'normal'): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng[kind]());
};

describe('createRng', () => {
  test('the same seed gives the same stream; different seeds differ', () => {
    expect(draw(7, 100, 'normal')).toEqual(draw(7, 100, 'normal'));
    expect(draw(7, 100, 'uniform')).not.toEqual(draw(8, 100, 'uniform'));
    expect(draw(0, 10, 'uniform')).not.toEqual(draw(1, 10, 'uniform'));
  });

  test('uniforms lie in (0, 1) with mean ½ and variance 1/12', () => {
    const u = draw(3, 100_000, 'uniform');
    expect(Math.min(...u)).toBeGreaterThan(0);
    expect(Math.max(...u)).toBeLessThan(1);
    const mean = u.reduce((a, b) => a + b, 0) / u.length;
    const variance = u.reduce((a, b) => a + (b - mean) ** 2, 0) / u.length;
    // Standard errors are about 0.001 and 0.0003, so these bounds are ~5σ.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.0015);
  });

  test('normals have mean 0, variance 1, and about 95 % within ±1.96', () => {
    const z = draw(11, 100_000, 'normal');
    const mean = z.reduce((a, b) => a + b, 0) / z.length;
    const variance = z.reduce((a, b) => a + (b - mean) ** 2, 0) / z.length;
    const inside = z.filter((v) => Math.abs(v) < 1.96).length / z.length;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
    expect(Math.abs(inside - 0.95)).toBeLessThan(0.004);
  });

  test('int(n) covers 0 … n−1 evenly', () => {
    const rng = createRng(5);
    const counts = new Array(6).fill(0);
    for (let k = 0; k < 60_000; k++) counts[rng.int(6)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });

  test.each([-1, 1.5, 2 ** 32, NaN])('seed %s is rejected', (seed) => {
    expect(() => createRng(seed)).toThrow(/seed must be a non-negative integer ≤ 4294967295/);
  });

  test('int rejects a bad bound', () => {
    expect(() => createRng(1).int(0)).toThrow(/n must be a positive integer ≤ 4294967295, got 0/);
  });
});

describe('seeds and shuffles', () => {
  test('mix32 is a bijection-style scrambler: nearby inputs land far apart', () => {
    const outs = new Set(Array.from({ length: 1000 }, (_, k) => mix32(k)));
    expect(outs.size).toBe(1000);
    expect(mix32(0)).toBe(0); // fmix32 fixes 0, which is why deriveSeed adds 1 to the stream
  });

  test('deriveSeed gives distinct, reproducible sub-streams', () => {
    expect(deriveSeed(9, 0)).toBe(deriveSeed(9, 0));
    expect(new Set([deriveSeed(9, 0), deriveSeed(9, 1), deriveSeed(10, 0), 9]).size).toBe(4);
    expect(() => deriveSeed(1, -1)).toThrow(/stream must be a (non-negative|positive) integer/);
  });

  test('shuffleInPlace permutes, reproducibly', () => {
    const a = Int32Array.from({ length: 50 }, (_, k) => k);
    const b = a.slice();
    shuffleInPlace(a, createRng(2));
    shuffleInPlace(b, createRng(2));
    expect(a).toEqual(b);
    expect(Array.from(a).sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, k) => k));
    expect(Array.from(a)).not.toEqual(Array.from({ length: 50 }, (_, k) => k));
  });
});
