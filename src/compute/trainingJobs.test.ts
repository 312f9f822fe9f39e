import { describe, expect, test } from 'vitest';
import { trainClassifier } from './training';
import { trainAll, type TrainAllArgs } from './trainingJobs';

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
    expect(() => trainAll({ ...args, steps: 0 })).toThrow(/steps must be an integer/);
    expect(() => trainAll(null as never)).toThrow('args must be an object, got null');
  });

  test('no optimizers: no runs, but the data set', () => {
    const r = trainAll({ ...args, optimizers: [] });
    expect(r.runs).toEqual([]);
    expect(r.trainX.length).toBeGreaterThan(0);
  });
});
