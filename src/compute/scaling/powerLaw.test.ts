import { describe, expect, test } from 'vitest';
import { fitPowerLaw, powerLawObjective } from './powerLaw.ts';
import { huber } from './objective.ts';
import { uniformStream } from '../numerics/random.ts';

const relErr = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

function curve(truth: { E: number; A: number; alpha: number }, xs: number[]): number[] {
  return xs.map((x) => truth.E + truth.A * x ** -truth.alpha);
}

describe('fitPowerLaw', () => {
  test.each([
    { truth: { E: 1.7, A: 40, alpha: 0.3 }, from: 1e6, to: 1e12 },
    { truth: { E: 0.02, A: 3, alpha: 1.2 }, from: 1e-2, to: 1e2 },
    { truth: { E: 2.5, A: 2e6, alpha: 0.35 }, from: 1e18, to: 1e24 }, // compute in FLOPs
  ])('recovers noiseless parameters in any units: %o', ({ truth, from, to }) => {
    const xs = Array.from({ length: 25 }, (_, i) => from * (to / from) ** (i / 24));
    const fit = fitPowerLaw(xs, curve(truth, xs));
    expect(fit.objective).toBeLessThan(1e-16);
    expect(relErr(fit.E, truth.E)).toBeLessThan(1e-5);
    expect(relErr(fit.A, truth.A)).toBeLessThan(1e-4);
    expect(relErr(fit.alpha, truth.alpha)).toBeLessThan(1e-5);
  });

  test('objective is the sum of Huber terms at the returned parameters', () => {
    const rand = uniformStream(7);
    const truth = { E: 1.8, A: 300, alpha: 0.32 };
    const xs = Array.from({ length: 40 }, (_, i) => 1e7 * 1.25 ** i);
    const ys = curve(truth, xs).map((y) => y * Math.exp(0.01 * (rand() - 0.5)));
    const fit = fitPowerLaw(xs, ys);
    const direct = xs.reduce((s, x, i) => s + huber(Math.log(fit.E + fit.A * x ** -fit.alpha) - Math.log(ys[i]), 1e-3), 0);
    expect(relErr(fit.objective, direct)).toBeLessThan(1e-9);
    expect(relErr(fit.alpha, truth.alpha)).toBeLessThan(0.1);
  });

  test('a gross outlier barely moves the Huber fit', () => {
    const truth = { E: 1.8, A: 300, alpha: 0.32 };
    const xs = Array.from({ length: 30 }, (_, i) => 1e7 * 1.3 ** i);
    const ys = curve(truth, xs);
    ys[12] *= 1.5;
    const fit = fitPowerLaw(xs, ys);
    expect(relErr(fit.alpha, truth.alpha)).toBeLessThan(0.01);
    expect(relErr(fit.E, truth.E)).toBeLessThan(0.01);
  });

  test('gradient of the objective matches central differences', () => {
    const lx = Float64Array.from([-2, -1, 0, 1, 2, 3]);
    const ly = Float64Array.from([0.9, 0.6, 0.4, 0.3, 0.25, 0.2]);
    const fg = powerLawObjective(lx, ly, 0.05);
    const x = [0.1, -0.5, 0.4];
    const g = new Float64Array(3);
    fg(Float64Array.from(x), g);
    const scratch = new Float64Array(3);
    for (let k = 0; k < 3; k++) {
      const up = Float64Array.from(x);
      const down = Float64Array.from(x);
      up[k] += 1e-6;
      down[k] -= 1e-6;
      const numeric = (fg(up, scratch) - fg(down, scratch)) / 2e-6;
      expect(Math.abs(g[k] - numeric)).toBeLessThan(1e-7);
    }
  });

  test('validation names the argument', () => {
    expect(() => fitPowerLaw([1, 2, 3], [1, 2, 3])).toThrow(/at least 4 points/);
    expect(() => fitPowerLaw([1, 2, 3, 4], [1, 2, 3])).toThrow(/same length/);
    expect(() => fitPowerLaw([1, 2, -3, 4], [1, 2, 3, 4])).toThrow(/xs\[2\]/);
    expect(() => fitPowerLaw([1, 2, 3, 4], [1, 2, 3, Infinity])).toThrow(/ys\[3\]/);
    expect(() => fitPowerLaw([1, 2, 3, 4], [4, 3, 2, 1], { delta: 0 })).toThrow(/options.delta/);
  });
});
