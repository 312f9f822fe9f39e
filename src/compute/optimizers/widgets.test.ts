import { describe, expect, test } from 'vitest';
import { objectiveGrid } from './objectives';
import { compareTrajectories, objectiveSurface, trainAll, type TrainAllArgs } from './widgets';
import { trainClassifier } from './training';
import { runTrajectory } from './trajectory';

describe('objectiveSurface', () => {
  test('is logGrid of objectiveGrid on gridAxes, with the minimisers', () => {
    const grid = { xRange: [-2, 2] as [number, number], yRange: [-1, 3] as [number, number], nx: 5, ny: 3 };
    const s = objectiveSurface({ objective: 'rosenbrock', ...grid });
    expect(Array.from(s.x)).toEqual([-2, -1, 0, 1, 2]);
    expect(Array.from(s.y)).toEqual([-1, 1, 3]);
    const f = objectiveGrid({ objective: 'rosenbrock', ...grid });
    expect(s.logGap.length).toBe(15);
    // (1, 1) is the minimum: f − f* = 0, so log₁₀(0 + 1e-3) = −3.
    expect(s.logGap[1 * 5 + 3]).toBeCloseTo(-3, 12);
    expect(s.logGap[0]).toBeCloseTo(Math.log10(f[0] + 1e-3), 12);
    expect(Array.from(s.minima)).toEqual([1, 1]);
    expect(s.minValue).toBe(0);
  });

  test('takes the quadratic with its condition number, and the saddle with f* = −1/4', () => {
    const grid = { xRange: [-1, 1] as [number, number], yRange: [-1, 1] as [number, number], nx: 3, ny: 3 };
    const q = objectiveSurface({ objective: { name: 'quadratic', condition: 100 }, ...grid });
    expect(q.logGap[2 * 3 + 1]).toBeCloseTo(Math.log10(50 + 1e-3), 12); // f(0, 1) = κ/2
    expect(objectiveSurface({ objective: 'saddle', ...grid }).minValue).toBe(-0.25);
  });
});

describe('compareTrajectories', () => {
  const base = { objective: 'rosenbrock' as const, start: [-1, 1.5] as [number, number], steps: 50 };

  test('each run equals runTrajectory with the same settings and noise', () => {
    const noise = { sigma: 0.5, seed: 7 };
    const optimizers = [{ name: 'adam' as const, lr: 0.05 }, { name: 'lion' as const, lr: 0.01, weightDecay: 0.1 }];
    const r = compareTrajectories({ ...base, optimizers, noise });
    expect(r.minValue).toBe(0);
    expect(r.runs.map((x) => x.name)).toEqual(['adam', 'lion']);
    for (const [i, optimizer] of optimizers.entries()) {
      const expected = runTrajectory({ ...base, optimizer, noise });
      expect(r.runs[i].path).toEqual(expected.path);
      expect(r.runs[i].loss).toEqual(expected.loss);
      expect(r.runs[i].updateNorm).toEqual(expected.updateNorm);
    }
  });

  test('a divergent run is data, not an error', () => {
    const r = compareTrajectories({ ...base, optimizers: [{ name: 'sgd', lr: 1 }] });
    expect(r.runs[0].divergedAt).toBeGreaterThan(0);
    expect(r.runs[0].divergedAt).toBeLessThan(50);
  });

  test('no optimizers gives no runs; a bad setting names the optimizer', () => {
    expect(compareTrajectories({ ...base, optimizers: [] }).runs).toEqual([]);
    expect(() => compareTrajectories({ ...base, optimizers: [{ name: 'lion', lr: -1 }] })).toThrow(
      'lion: optimizer.lr must be a positive finite number, got -1',
    );
    expect(() => compareTrajectories({ ...base, optimizers: [{ name: 'adam', lr: 0.1, beta1: 1 }] })).toThrow(/^adam: .*beta1/);
    expect(() => compareTrajectories({ ...base, steps: 1e6, optimizers: [{ name: 'adam', lr: 0.1 }] })).toThrow(/steps/);
    expect(() => compareTrajectories({ ...base, optimizers: null as never })).toThrow('optimizers must be an array, got null');
  });
});

// Small enough to keep the suite quick.
const args: TrainAllArgs = {
  data: { kind: 'moons', samples: 60, seed: 3 },
  hidden: 4,
  steps: 40,
  seed: 1,
  grid: 6,
  optimizers: [
    { name: 'adamw', lr: 0.01, weightDecay: 0.1 },
    { name: 'lion', lr: 0.001, weightDecay: 1 },
  ],
};

describe('trainAll', () => {
  test('each run matches trainClassifier with the same data and seed', () => {
    const r = trainAll(args);
    expect(r.runs.map((x) => x.name)).toEqual(['adamw', 'lion']);
    for (const [i, optimizer] of args.optimizers.entries()) {
      const one = trainClassifier({ data: args.data, hidden: 4, steps: 40, seed: 1, optimizer });
      expect(r.runs[i].trainLoss).toEqual(one.trainLoss);
      expect(r.runs[i].testAccuracy).toEqual(one.testAccuracy);
      expect(r.runs[i].step).toEqual(one.step);
      expect(r.runs[i].divergedAt).toBe(one.divergedAt);
    }
    expect(r.trainY.length + r.testY.length).toBe(60);
  });

  test('returns typed arrays only, with a probability map per run on the shared grid', () => {
    const r = trainAll(args);
    expect(r.gridX.length).toBe(6);
    expect(r.gridY.length).toBe(6);
    for (const run of r.runs) {
      expect(run.probability).toBeInstanceOf(Float64Array);
      expect(run.probability.length).toBe(36);
      for (const p of run.probability) expect(p >= 0 && p <= 1).toBe(true);
    }
    // The grid covers every point.
    for (let k = 0; k < r.trainX.length; k += 2) {
      expect(r.trainX[k]).toBeGreaterThan(r.gridX[0]);
      expect(r.trainX[k]).toBeLessThan(r.gridX[5]);
    }
    expect(Object.keys(r.runs[0])).not.toContain('model');
  });

  test('reports overall progress, rising to 1', () => {
    const seen: number[] = [];
    trainAll(args, (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(4);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    // Half-way through, the first optimizer is done and the second has not started.
    expect(seen).toContain(0.5);
  });

  test('a bad optimizer setting names the optimizer', () => {
    expect(() => trainAll({ ...args, optimizers: [{ name: 'lion', lr: 0 }] })).toThrow(/^lion: .*lr must be a positive/);
    expect(() => trainAll({ ...args, steps: 0 })).toThrow(/steps must be a (non-negative|positive) integer/);
    expect(() => trainAll(null as never)).toThrow('args must be an object, got null');
  });

  test('no optimizers: no runs, but the data set', () => {
    const r = trainAll({ ...args, optimizers: [] });
    expect(r.runs).toEqual([]);
    expect(r.trainX.length).toBeGreaterThan(0);
  });
});
