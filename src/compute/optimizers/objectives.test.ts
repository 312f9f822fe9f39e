import { describe, expect, test } from 'vitest';
import { logGrid, OBJECTIVE_NAMES, objectiveGrid, quadratic, resolveObjective, type Objective } from './objectives';
import { createRng } from '../numerics/random';

const all: Objective[] = [...OBJECTIVE_NAMES.map((name) => resolveObjective(name)), quadratic(100, 30), quadratic(1, -45)];

describe.each(all.map((f) => [f.tex, f] as const))('%s', (_tex, f) => {
  test('the analytic gradient matches central differences', () => {
    const rng = createRng(1);
    const g = new Float64Array(2);
    for (let k = 0; k < 50; k++) {
      const x = f.view.x[0] + (f.view.x[1] - f.view.x[0]) * rng.uniform();
      const y = f.view.y[0] + (f.view.y[1] - f.view.y[0]) * rng.uniform();
      f.gradient(x, y, g);
      const h = 1e-6;
      const gx = (f.value(x + h, y) - f.value(x - h, y)) / (2 * h);
      const gy = (f.value(x, y + h) - f.value(x, y - h)) / (2 * h);
      const scale = 1 + Math.abs(gx) + Math.abs(gy);
      expect(Math.abs(g[0] - gx) / scale).toBeLessThan(1e-6);
      expect(Math.abs(g[1] - gy) / scale).toBeLessThan(1e-6);
    }
  });

  test('minima are stationary, attain minValue, and lie in the view with the default start', () => {
    const g = new Float64Array(2);
    const inView = ([x, y]: [number, number]): boolean => x > f.view.x[0] && x < f.view.x[1] && y > f.view.y[0] && y < f.view.y[1];
    for (const [x, y] of f.minima) {
      f.gradient(x, y, g);
      expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-9);
      expect(f.value(x, y)).toBeCloseTo(f.minValue, 12);
      expect(inView([x, y])).toBe(true);
    }
    expect(inView(f.defaultStart)).toBe(true);
    expect(f.value(...f.defaultStart)).toBeGreaterThan(f.minValue);
  });
});

describe('parameterised objectives', () => {
  test('the quadratic has condition number κ: Hessian eigenvalues 1 and κ along the rotated axes', () => {
    const f = quadratic(50, 20);
    const phi = (20 * Math.PI) / 180;
    const g = new Float64Array(2);
    f.gradient(Math.cos(phi), Math.sin(phi), g); // u-axis: ∇f = 1·(unit vector)
    expect(g[0]).toBeCloseTo(Math.cos(phi), 12);
    expect(g[1]).toBeCloseTo(Math.sin(phi), 12);
    f.gradient(-Math.sin(phi), Math.cos(phi), g); // v-axis: ∇f = κ·(unit vector)
    expect(g[0]).toBeCloseTo(-50 * Math.sin(phi), 10);
    expect(g[1]).toBeCloseTo(50 * Math.cos(phi), 10);
  });

  test("'quadratic' alone means κ = 10 without rotation", () => {
    const f = resolveObjective('quadratic');
    expect(f.value(1, 1)).toBe(0.5 * (1 + 10));
    expect(resolveObjective({ name: 'quadratic', condition: 3 }).value(0, 2)).toBe(6);
  });

  test('the saddle is a saddle at the origin and bounded below', () => {
    const f = resolveObjective('saddle');
    const g = new Float64Array(2);
    f.gradient(0, 0, g);
    expect(Array.from(g)).toEqual([0, 0]);
    expect(f.value(0.1, 0)).toBeGreaterThan(0);
    expect(f.value(0, 0.1)).toBeLessThan(0);
    for (const y of [-10, -1, 0, 1, 10]) expect(f.value(0, y)).toBeGreaterThanOrEqual(-0.25);
  });

  test.each([
    [{ name: 'quadratic', condition: Infinity }, /condition must be a finite number in \[1, 1000000\], got Infinity/],
    [{ name: 'quadratic', angleDeg: 400 }, /angleDeg must be a finite number in \[-360, 360\], got 400/],
    [{ name: 'rosenbrock' }, /objective\.name must be one of quadratic, got 'rosenbrock'/],
    ['Rosenbrock', /objective must be one of rosenbrock, beale, himmelblau, quadratic, saddle, got 'Rosenbrock'/],
  ])('%o throws %s', (spec, message) => {
    expect(() => resolveObjective(spec as never)).toThrow(message);
  });
});

describe('objectiveGrid', () => {
  test('row j holds y = ys[j], column i holds x = xs[i], both ranges inclusive', () => {
    const f = resolveObjective('himmelblau');
    const grid = objectiveGrid({ objective: 'himmelblau', xRange: [-5, 5], yRange: [-4, 4], nx: 11, ny: 5 });
    expect(grid.length).toBe(55);
    expect(grid[0]).toBe(f.value(-5, -4));
    expect(grid[10]).toBe(f.value(5, -4));
    expect(grid[11 + 3]).toBe(f.value(-2, -2));
    expect(grid[54]).toBe(f.value(5, 4));
  });

  test('logGrid is log10(f − f* + floor) and finite at the minimum', () => {
    const values = Float64Array.of(0, 9.999, 999.999, -1e-17);
    const out = logGrid(values, 0);
    expect(out[0]).toBe(-3);
    expect(out[1]).toBeCloseTo(1, 12);
    expect(out[2]).toBeCloseTo(3, 12);
    expect(out[3]).toBe(-3); // rounding below f* is clamped, not log of a negative
    expect(logGrid(Float64Array.of(-0.25), -0.25, 1)[0]).toBe(0);
  });

  test.each([
    [{ xRange: [1, 1] }, /xRange must have xRange\[0\] < xRange\[1\], got \[1, 1\]/],
    [{ yRange: [0, NaN] }, /yRange\[1\] must be a finite number, got NaN/],
    [{ xRange: [0] }, /xRange must be a pair \[low, high\]/],
    [{ nx: 1 }, /nx must be an integer in \[2, 1000\], got 1/],
    [{ ny: 2.5 }, /ny must be an integer in \[2, 1000\], got 2.5/],
  ])('%o throws %s', (patch, message) => {
    const args = { objective: 'beale' as const, xRange: [-1, 1] as [number, number], yRange: [-1, 1] as [number, number], nx: 3, ny: 3 };
    expect(() => objectiveGrid({ ...args, ...(patch as object) })).toThrow(message);
  });

  test('logGrid rejects a non-positive floor', () => {
    expect(() => logGrid(new Float64Array(1), 0, 0)).toThrow(/floor must be a positive finite number, got 0/);
  });
});
