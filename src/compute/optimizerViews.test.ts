import { describe, expect, test } from 'vitest';
import { objectiveGrid } from './objectives';
import { compareTrajectories, objectiveSurface } from './optimizerViews';
import { runTrajectory } from './optimizers';

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
