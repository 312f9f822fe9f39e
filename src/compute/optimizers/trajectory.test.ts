import { describe, expect, test } from 'vitest';
import { resolveObjective } from './objectives';
import { createOptimizer } from './rules';
import { DIVERGENCE_BOUND, runOptimizer, runTrajectory, type OptimizerConfig, type TrajectoryRun } from './trajectory';
import { loadReference } from '../testing/reference';

interface ReferenceEntry {
  objective: 'rosenbrock' | 'beale' | 'himmelblau';
  start: [number, number];
  steps: number;
  optimizer: OptimizerConfig;
  trajectory: number[];
}

const base: TrajectoryRun = { objective: 'rosenbrock', start: [-1, 1.5], steps: 200, optimizer: { name: 'adam', lr: 0.01 } };

describe('runOptimizer against PyTorch / the Lion paper', () => {
  const reference = loadReference<ReferenceEntry[]>('optimizers.json');

  test('the reference file has entries', () => {
    expect(reference.length).toBeGreaterThan(0);
  });

  test.each(reference.map((e, i) => [i, e.optimizer.name, e.objective, e] as const))(
    'entry %i (%s on %s) matches to 1e-7 at every step',
    (_i, _name, _objective, entry) => {
      const path = runOptimizer({ objective: entry.objective, start: entry.start, steps: entry.steps, optimizer: entry.optimizer });
      expect(path.length).toBe((entry.steps + 1) * 2);
      expect(entry.trajectory.length).toBe(path.length);
      for (let k = 0; k < path.length; k++) {
        expect(Math.abs(path[k] - entry.trajectory[k]), `value ${k}`).toBeLessThanOrEqual(1e-7);
      }
    },
  );
});

describe('update rules', () => {
  test('AdamW with weight decay 0 is Adam with weight decay 0, bit for bit', () => {
    for (const objective of ['rosenbrock', 'beale', 'himmelblau'] as const) {
      const adam = runOptimizer({ ...base, objective, optimizer: { name: 'adam', lr: 0.02 } });
      const adamw = runOptimizer({ ...base, objective, optimizer: { name: 'adamw', lr: 0.02, weightDecay: 0 } });
      expect(adamw).toEqual(adam);
    }
  });

  test('a Lion step without decay moves each coordinate by exactly +lr, −lr or 0', () => {
    const lr = 0.003;
    const lion = createOptimizer({ name: 'lion', lr }, 3);
    const grads = [
      [0, 0, 0], // sign(0) = 0: no momentum and no gradient, no move
      [5, -1e-9, 0],
      [-1e6, 2, 0],
      [3e-300, -7, 0],
    ];
    for (const g of grads) {
      // Lion's update does not depend on θ when λ = 0, so restarting from 0 isolates one step exactly.
      const theta = new Float64Array(3);
      lion.step(theta, Float64Array.from(g));
      for (const value of theta) expect([lr, -lr, 0]).toContain(Math.abs(value) === 0 ? 0 : value);
    }
    const first = new Float64Array(3);
    createOptimizer({ name: 'lion', lr }, 3).step(first, new Float64Array(3));
    expect(Array.from(first)).toEqual([0, 0, 0]);
  });

  test('Lion trajectory steps have norm lr, lr·√2 or 0 on Rosenbrock', () => {
    const lr = 0.01;
    const { updateNorm } = runTrajectory({ ...base, steps: 500, optimizer: { name: 'lion', lr } });
    for (const norm of updateNorm) {
      const nearest = [0, lr, lr * Math.SQRT2].reduce((a, b) => (Math.abs(norm - a) < Math.abs(norm - b) ? a : b));
      expect(Math.abs(norm - nearest)).toBeLessThan(1e-15);
    }
  });

  test.each([0, 30])('SGD without momentum on the quadratic (κ = 10, rotated %i°) matches the closed form', (angleDeg) => {
    const kappa = 10;
    const lr = 0.05;
    const start: [number, number] = [-1.5, 1];
    const steps = 300;
    const path = runOptimizer({ objective: { name: 'quadratic', condition: kappa, angleDeg }, start, steps, optimizer: { name: 'sgd', lr } });
    // In the rotated frame (u, v) the two coordinates decay independently: u·(1 − lr)ᵗ, v·(1 − lr·κ)ᵗ.
    const phi = (angleDeg * Math.PI) / 180;
    const [c, s] = [Math.cos(phi), Math.sin(phi)];
    const u0 = c * start[0] + s * start[1];
    const v0 = -s * start[0] + c * start[1];
    for (let t = 0; t <= steps; t++) {
      const u = u0 * (1 - lr) ** t;
      const v = v0 * (1 - lr * kappa) ** t;
      expect(path[2 * t]).toBeCloseTo(c * u - s * v, 12);
      expect(path[2 * t + 1]).toBeCloseTo(s * u + c * v, 12);
    }
  });

  test('with decay λ, Lion enters the box |θᵢ| ≤ 1/λ at rate (1 − lr·λ)ᵗ and never leaves it, whatever the gradient', () => {
    // |θ(1 − ηλ) − η·s| ≤ (1 − ηλ)|θ| + η, so excess over 1/λ shrinks by (1 − ηλ) each step.
    const lr = 0.01;
    const lambda = 2;
    for (const run of [
      { objective: 'rosenbrock', start: [-1, 1.5] }, // minimum (1, 1) lies outside the box
      { objective: 'himmelblau', start: [4, -4], noise: { sigma: 50, seed: 7 } },
    ] as const) {
      const { path, divergedAt } = runTrajectory({
        objective: run.objective,
        start: [...run.start],
        steps: 3000,
        optimizer: { name: 'lion', lr, weightDecay: lambda },
        noise: 'noise' in run ? run.noise : undefined,
      });
      expect(divergedAt).toBeNull();
      const excess0 = Math.max(...run.start.map(Math.abs)) - 1 / lambda;
      for (let t = 0; t <= 3000; t++) {
        const envelope = 1 / lambda + Math.max(excess0, 0) * (1 - lr * lambda) ** t + 1e-12;
        expect(Math.abs(path[2 * t])).toBeLessThanOrEqual(envelope);
        expect(Math.abs(path[2 * t + 1])).toBeLessThanOrEqual(envelope);
      }
      // The brief's weaker form, "eventually within 1/λ + lr".
      for (let t = 1000; t <= 3000; t++) expect(Math.abs(path[2 * t])).toBeLessThanOrEqual(1 / lambda + lr);
    }
  });
});

describe('trajectory extras', () => {
  test('the start point comes first, loss is f along the path, steps = 0 gives just the start', () => {
    const r = runTrajectory(base);
    const f = resolveObjective('rosenbrock');
    expect([r.path[0], r.path[1]]).toEqual([-1, 1.5]);
    expect(r.loss.length).toBe(201);
    expect(r.updateNorm.length).toBe(200);
    expect(r.loss[37]).toBe(f.value(r.path[74], r.path[75]));
    expect(r.updateNorm[9]).toBeCloseTo(Math.hypot(r.path[20] - r.path[18], r.path[21] - r.path[19]), 15);
    expect(r.loss[200]).toBeLessThan(r.loss[0]);
    expect(Array.from(runOptimizer({ ...base, steps: 0 }))).toEqual([-1, 1.5]);
  });

  test('divergence is data: a huge lr gives divergedAt, a NaN tail of full length, and no throw', () => {
    const r = runTrajectory({ ...base, steps: 50, optimizer: { name: 'sgd', lr: 1 } });
    expect(r.divergedAt).not.toBeNull();
    const d = r.divergedAt as number;
    expect(d).toBeGreaterThanOrEqual(1);
    expect(r.path.length).toBe(102);
    for (let t = 0; t <= 50; t++) {
      const finite = t < d;
      expect(Number.isFinite(r.path[2 * t]) && Number.isFinite(r.path[2 * t + 1])).toBe(finite);
      expect(Number.isFinite(r.loss[t])).toBe(finite);
      if (finite) expect(Math.abs(r.path[2 * t])).toBeLessThanOrEqual(DIVERGENCE_BOUND);
    }
    for (let t = 0; t < 50; t++) expect(Number.isFinite(r.updateNorm[t])).toBe(t < d - 1);
    expect(runOptimizer({ ...base, steps: 50, optimizer: { name: 'sgd', lr: 1 } })).toEqual(r.path);
  });

  test('seeded gradient noise reproduces, and different seeds differ', () => {
    const noisy = (seed: number): Float64Array => runOptimizer({ ...base, noise: { sigma: 1, seed } });
    expect(noisy(42)).toEqual(noisy(42));
    expect(noisy(42)).not.toEqual(noisy(43));
    expect(runOptimizer({ ...base, noise: { sigma: 0, seed: 5 } })).toEqual(runOptimizer(base));
  });

  test('4 optimizers × 10 000 steps run to the end (timed in src/compute/kernels.bench.ts)', () => {
    const configs: OptimizerConfig[] = [
      { name: 'sgd', lr: 1e-3, momentum: 0.9 },
      { name: 'adam', lr: 1e-2 },
      { name: 'adamw', lr: 1e-2 },
      { name: 'lion', lr: 1e-3 },
    ];
    for (const optimizer of configs) {
      const { path, divergedAt } = runTrajectory({ ...base, steps: 10_000, optimizer });
      expect(path.length).toBe(2 * 10_001);
      expect(divergedAt).toBeNull();
    }
  });
});

describe('validation names the field', () => {
  test.each([
    [{ optimizer: { name: 'adam', lr: -1 } }, /^optimizer\.lr must be a positive finite number, got -1$/],
    [{ optimizer: { name: 'adam', lr: Infinity } }, /optimizer\.lr must be a positive finite number, got Infinity/],
    [{ optimizer: { name: 'adam', lr: 0 } }, /optimizer\.lr must be a positive/],
    [{ optimizer: { name: 'adam', lr: 0.1, beta1: 1 } }, /optimizer\.beta1 must be a finite number in \[0, 1\), got 1/],
    [{ optimizer: { name: 'lion', lr: 0.1, beta2: -0.1 } }, /optimizer\.beta2 must be a finite number in \[0, 1\)/],
    [{ optimizer: { name: 'adam', lr: 0.1, eps: 0 } }, /optimizer\.eps must be a positive finite number, got 0/],
    [{ optimizer: { name: 'adamw', lr: 0.1, weightDecay: -0.01 } }, /optimizer\.weightDecay must be a non-negative finite number, got -0.01/],
    [{ optimizer: { name: 'sgd', lr: 0.1, momentum: 1 } }, /optimizer\.momentum must be a finite number in \[0, 1\)/],
    [{ optimizer: { name: 'rmsprop', lr: 0.1 } }, /optimizer\.name must be one of sgd, adam, adamw, lion, got 'rmsprop'/],
    [{ steps: 1.5 }, /steps must be a non-negative integer ≤ 100000, got 1.5/],
    [{ steps: 100_001 }, /steps must be a non-negative integer ≤ 100000/],
    [{ steps: -1 }, /steps must be a (non-negative|positive) integer/],
    [{ start: [NaN, 0] }, /start\[0\] must be a finite number, got NaN/],
    [{ start: [0, Infinity] }, /start\[1\] must be a finite number, got Infinity/],
    [{ start: [0] }, /start must be a pair/],
    [{ objective: 'booth' }, /objective must be one of rosenbrock, beale, himmelblau, quadratic, saddle, got 'booth'/],
    [{ objective: { name: 'quadratic', condition: 0.5 } }, /condition must be a finite number in \[1, 1000000\], got 0.5/],
    [{ noise: { sigma: -1, seed: 1 } }, /noise\.sigma must be a non-negative finite number, got -1/],
    [{ noise: { sigma: 1, seed: 1.5 } }, /seed must be a non-negative integer ≤ 4294967295, got 1.5/],
  ])('%o throws %s', (patch, message) => {
    expect(() => runOptimizer({ ...base, ...(patch as Partial<TrajectoryRun>) })).toThrow(message);
  });

  test('a missing run is named too', () => {
    expect(() => runOptimizer(undefined as never)).toThrow(/run must be an object, got undefined/);
  });
});
