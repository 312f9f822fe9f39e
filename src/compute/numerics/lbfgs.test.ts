import { describe, expect, test } from 'vitest';
import { minimizeLbfgs, type ObjectiveWithGradient } from './lbfgs.ts';
import { cubicMinimizer, strongWolfeSearch } from './lbfgsLineSearch.ts';
import { multistartLbfgs } from './lbfgsMultistart.ts';

/** Extended Rosenbrock Σ 100(x_{2i+1} − x_{2i}²)² + (1 − x_{2i})², minimum 0 at (1, …, 1). */
const rosenbrock: ObjectiveWithGradient = (x, g) => {
  let f = 0;
  g.fill(0);
  for (let i = 0; i < x.length; i += 2) {
    const t = x[i + 1] - x[i] * x[i];
    const u = 1 - x[i];
    f += 100 * t * t + u * u;
    g[i] = -400 * x[i] * t - 2 * u;
    g[i + 1] = 200 * t;
  }
  return f;
};

describe('minimizeLbfgs', () => {
  test('Rosenbrock from (−1.2, 1) reaches (1, 1)', () => {
    const r = minimizeLbfgs(rosenbrock, [-1.2, 1]);
    expect(r.converged).toBe(true);
    expect(r.f).toBeLessThan(1e-18);
    expect(r.x[0]).toBeCloseTo(1, 8);
    expect(r.x[1]).toBeCloseTo(1, 8);
    expect(r.iterations).toBeLessThan(60);
  });

  test('extended Rosenbrock in 20 dimensions', () => {
    const x0 = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? -1.2 : 1));
    const r = minimizeLbfgs(rosenbrock, x0);
    expect(r.f).toBeLessThan(1e-16);
    for (const v of r.x) expect(v).toBeCloseTo(1, 7);
  });

  test('ill-conditioned quadratic ½(x − x*)ᵀH(x − x*) reaches x*', () => {
    // H = diag(1 … 1e4, geometric) + 3vvᵀ (condition number ~1e4); written around x* so f* = 0 and f
    // keeps full relative precision near the minimum.
    const n = 30;
    const diag = Float64Array.from({ length: n }, (_, i) => Math.pow(1e4, i / (n - 1)));
    const v = Float64Array.from({ length: n }, (_, i) => Math.sin(i + 1));
    const xStar = Float64Array.from({ length: n }, (_, i) => (i % 3) - 1 + 0.1 * i);
    const f: ObjectiveWithGradient = (x, g) => {
      let vx = 0;
      for (let i = 0; i < n; i++) vx += v[i] * (x[i] - xStar[i]);
      let s = 0;
      for (let i = 0; i < n; i++) {
        g[i] = diag[i] * (x[i] - xStar[i]) + 3 * v[i] * vx;
        s += 0.5 * (x[i] - xStar[i]) * g[i];
      }
      return s;
    };
    const r = minimizeLbfgs(f, new Float64Array(n), { gradTol: 1e-9, fTol: 1e-30 });
    expect(r.reason).toBe('gradient');
    for (let i = 0; i < n; i++) expect(Math.abs(r.x[i] - xStar[i])).toBeLessThan(1e-8);
  });

  test('a trial point where f is not finite counts as too far', () => {
    // f = (x − 5)²/2 only for x ≥ 4.5: the first expanding steps overshoot into NaN.
    const f: ObjectiveWithGradient = (x, g) => {
      g[0] = x[0] - 5;
      return x[0] < 4.5 ? NaN : 0.5 * (x[0] - 5) ** 2;
    };
    const r = minimizeLbfgs(f, [100]);
    expect(r.x[0]).toBeCloseTo(5, 8);
  });

  test('invalid arguments name the argument', () => {
    expect(() => minimizeLbfgs(rosenbrock, [])).toThrow(/x0/);
    expect(() => minimizeLbfgs(rosenbrock, [1, NaN])).toThrow(/x0\[1\]/);
    expect(() => minimizeLbfgs(rosenbrock, [1, 1], { memory: 0 })).toThrow(/options.memory/);
    expect(() => minimizeLbfgs(rosenbrock, [1, 1], { c1: 0.5, c2: 0.1 })).toThrow(/c1 and c2/);
    expect(() => minimizeLbfgs(() => Infinity, [1])).toThrow(/objective at x0/);
  });
});

describe('strong Wolfe line search', () => {
  test('cubicMinimizer finds the minimiser of a cubic through two points', () => {
    // φ(a) = (a − 1)³ − 3(a − 1): local minimum at a = 2.
    const phi = (a: number) => (a - 1) ** 3 - 3 * (a - 1);
    const dphi = (a: number) => 3 * (a - 1) ** 2 - 3;
    expect(cubicMinimizer(0.5, phi(0.5), dphi(0.5), 3, phi(3), dphi(3))).toBeCloseTo(2, 12);
  });

  test('the accepted step satisfies both strong Wolfe conditions', () => {
    // 1-D f(x) = x⁴ − 3x² + x from x = 2 along p = −f'(2).
    const fg: ObjectiveWithGradient = (x, g) => {
      g[0] = 4 * x[0] ** 3 - 6 * x[0] + 1;
      return x[0] ** 4 - 3 * x[0] ** 2 + x[0];
    };
    const x = Float64Array.of(2);
    const g = new Float64Array(1);
    const f0 = fg(x, g);
    const p = Float64Array.of(-g[0]);
    const dphi0 = g[0] * p[0];
    const work = { x: new Float64Array(1), g: new Float64Array(1), tx: new Float64Array(1), tg: new Float64Array(1) };
    const c1 = 1e-4, c2 = 0.9;
    const r = strongWolfeSearch(fg, x, f0, p, dphi0, 1, c1, c2, 30, work);
    expect(r.wolfe).toBe(true);
    expect(r.step).toBeGreaterThan(0);
    expect(r.f).toBeLessThanOrEqual(f0 + c1 * r.step * dphi0);
    expect(Math.abs(work.g[0] * p[0])).toBeLessThanOrEqual(c2 * Math.abs(dphi0));
    expect(work.x[0]).toBeCloseTo(2 + r.step * p[0], 14);
  });
});

describe('multistartLbfgs', () => {
  // Tilted double well (x² − 1)² + 0.3x: roots of 4x³ − 4x + 0.3 give the global minimum −1.0355787
  // and the local one 0.9601496.
  const well: ObjectiveWithGradient = (x, g) => {
    g[0] = 4 * x[0] * (x[0] * x[0] - 1) + 0.3;
    return (x[0] * x[0] - 1) ** 2 + 0.3 * x[0];
  };

  test('returns the distinct minima, best first, with how many starts reached each', () => {
    const minima = multistartLbfgs(well, Float64Array.of(-2, -0.5, 0.5, 2, 1.5), 1, { stages: [{ iterations: 1, keep: 5 }] });
    expect(minima).toHaveLength(2);
    expect(minima[0].x[0]).toBeCloseTo(-1.0355787, 6);
    expect(minima[1].x[0]).toBeCloseTo(0.9601496, 6);
    expect(minima[0].f).toBeLessThan(minima[1].f);
    expect(minima[0].count + minima[1].count).toBe(5);
  });

  test('a promoted start is optimised even when screening would drop it', () => {
    // Ranked by f alone, 0.95 (local basin, f = 0.2945) beats −0.3 (global basin, f = 0.738): keep 1
    // after 0 iterations keeps only 0.95; promote 2 sends −0.3 to the full optimisation as well.
    const starts = Float64Array.of(0.95, -0.3, 3);
    const without = multistartLbfgs(well, starts, 1, { stages: [{ iterations: 0, keep: 1 }] });
    expect(without[0].x[0]).toBeCloseTo(0.9601496, 6);
    const withPromote = multistartLbfgs(well, starts, 1, { stages: [{ iterations: 0, keep: 1, promote: 2 }] });
    expect(withPromote[0].x[0]).toBeCloseTo(-1.0355787, 6);
  });

  test('progress is monotone, at most 101 calls, ending at 1', () => {
    const seen: number[] = [];
    const starts = Float64Array.from({ length: 3000 }, (_, i) => -3 + (6 * i) / 2999);
    multistartLbfgs(well, starts, 1, { stages: [{ iterations: 2, keep: 10 }], onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.length).toBeLessThanOrEqual(101);
    expect(seen[seen.length - 1]).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]);
  });

  test('invalid arguments name the argument', () => {
    expect(() => multistartLbfgs(well, Float64Array.of(1, 2, 3), 2)).toThrow(/starts/);
    expect(() => multistartLbfgs(well, Float64Array.of(1), 1, { stages: [{ iterations: -1, keep: 1 }] })).toThrow(/stages\[0\].iterations/);
    expect(() => multistartLbfgs(well, Float64Array.of(1), 1, { stages: [{ iterations: 1, keep: 0 }] })).toThrow(/stages\[0\].keep/);
    expect(() => multistartLbfgs(() => NaN, Float64Array.of(1), 1)).toThrow(/not finite at any starting point/);
  });
});
