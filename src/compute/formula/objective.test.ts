import { describe, expect, test } from 'vitest';
import { createRng } from '../numerics/random';
import { quadratic, resolveObjective, type Objective } from '../optimizers/objectives';
import { runOptimizer } from '../optimizers/trajectory';
import { formulaObjective } from './objective';
import { compareCustomTrajectories, customObjectiveSurface } from './objectiveWidgets';

// The built-in objectives written as a reader would type them, beside their hand-derived gradients.
const phi = (30 * Math.PI) / 180;
const BUILT_IN: [string, Objective][] = [
  ['(1 - x)^2 + 100 (y - x^2)^2', resolveObjective('rosenbrock')],
  ['(1.5 - x + x y)^2 + (2.25 - x + x y^2)^2 + (2.625 - x + x y^3)^2', resolveObjective('beale')],
  ['(x^2 + y - 11)^2 + (x + y^2 - 7)^2', resolveObjective('himmelblau')],
  ['(x^2 - y^2) / 2 + y^4 / 4', resolveObjective('saddle')],
  [`((${Math.cos(phi)} x + ${Math.sin(phi)} y)^2 + 100 (-${Math.sin(phi)} x + ${Math.cos(phi)} y)^2) / 2`, quadratic(100, 30)],
];

describe('formulaObjective: symbolic gradients', () => {
  test.each(BUILT_IN)('%s equals the built-in objective and its analytic gradient', (text, builtIn) => {
    const f = formulaObjective(text);
    const rng = createRng(7);
    const ours = new Float64Array(2), theirs = new Float64Array(2);
    for (let k = 0; k < 200; k++) {
      const x = builtIn.view.x[0] + (builtIn.view.x[1] - builtIn.view.x[0]) * rng.uniform();
      const y = builtIn.view.y[0] + (builtIn.view.y[1] - builtIn.view.y[0]) * rng.uniform();
      f.gradient(x, y, ours);
      builtIn.gradient(x, y, theirs);
      const scale = 1 + Math.abs(theirs[0]) + Math.abs(theirs[1]);
      expect(Math.abs(f.value(x, y) - builtIn.value(x, y)) / (1 + Math.abs(builtIn.value(x, y)))).toBeLessThan(1e-13);
      expect(Math.abs(ours[0] - theirs[0]) / scale).toBeLessThan(1e-12);
      expect(Math.abs(ours[1] - theirs[1]) / scale).toBeLessThan(1e-12);
    }
  });

  test.each(['sin(3 x) cos(y) + x^2 / 4', 'exp(-(x^2 + y^2)) + log(1 + x^2 y^2)', 'sqrt(1 + x^2) * atan(y) + x^y', 'abs(x - 1) + tanh(x y)'])(
    '%s agrees with central differences',
    (text) => {
      const f = formulaObjective(text);
      const rng = createRng(3);
      const g = new Float64Array(2);
      for (let k = 0; k < 100; k++) {
        const x = 0.2 + 2.5 * rng.uniform(), y = -2 + 4 * rng.uniform();
        f.gradient(x, y, g);
        const h = 1e-6;
        const gx = (f.value(x + h, y) - f.value(x - h, y)) / (2 * h);
        const gy = (f.value(x, y + h) - f.value(x, y - h)) / (2 * h);
        const scale = 1 + Math.abs(gx) + Math.abs(gy);
        expect(Math.abs(g[0] - gx) / scale).toBeLessThan(1e-6);
        expect(Math.abs(g[1] - gy) / scale).toBeLessThan(1e-6);
      }
    },
  );

  test('the gradient is typeset too', () => {
    expect(formulaObjective('x^2 + 3 y').gradientTex).toEqual(['2\\cdot{x}', '3']);
    expect(formulaObjective('x^2 + 3 y').gradientText).toEqual(['2 * x', '3']);
  });

  test('bad formulas are refused with a reason before anything runs', () => {
    expect(() => formulaObjective('x^2 + z')).toThrow(/unknown symbol "z" \(known here: x, y/);
    expect(() => formulaObjective('x.constructor')).toThrow(/property access/);
    expect(() => formulaObjective('f(x) = 1')).toThrow(/defining a function/);
    expect(() => formulaObjective('x * (y')).toThrow(/syntax error/);
    expect(() => formulaObjective('max(x, y)')).toThrow(/cannot differentiate max\(\)/);
    expect(() => formulaObjective('')).toThrow(/empty/);
  });
});

describe('the landscape kernels on a formula', () => {
  test('runs match the built-in objective run for run (the contract runOptimizer too)', () => {
    const optimizers = [{ name: 'adam' as const, lr: 0.05 }, { name: 'lion' as const, lr: 0.01, weightDecay: 0.1 }];
    const custom = compareCustomTrajectories({ formula: BUILT_IN[0][0], start: [-1, 1.5], steps: 300, optimizers });
    const path = runOptimizer({ objective: 'rosenbrock', start: [-1, 1.5], steps: 300, optimizer: optimizers[0] });
    for (let k = 0; k < path.length; k++) expect(custom.runs[0].path[k]).toBeCloseTo(path[k], 9);
    expect(custom.runs.map((r) => r.name)).toEqual(['adam', 'lion']);
  });

  test('the surface takes the grid\'s lowest value as f*', () => {
    const s = customObjectiveSurface({ formula: '(x - 1)^2 + y^2 + 2', xRange: [-2, 2], yRange: [-2, 2], nx: 41, ny: 41 });
    expect(s.minValue).toBe(2);
    expect(Math.min(...s.logGap)).toBeCloseTo(-3, 12);
    expect(s.minima).toHaveLength(0);
  });
});
