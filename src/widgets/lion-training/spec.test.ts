import { describe, expect, test } from 'vitest';
import { defaultValues } from '../../core/params';
import { parsePointsCsv } from '../../compute/optimizers/trainingCsv';
import { trainAll, type TrainedRun } from '../../compute/optimizers/widgets';
import { accuracyRange, curvesFigure, finalMetrics } from './plots';
import { lionTrainingSpec, trainArgs, trainCount } from './spec';

describe('training request', () => {
  const values = defaultValues(lionTrainingSpec.params);

  test('mini-batches are capped at the training set; 0 means full batch', () => {
    expect(trainCount(400)).toBe(300);
    expect(trainArgs(values).batchSize).toBe(64);
    expect(trainArgs({ ...values, batch: 0 }).batchSize).toBeNull();
    expect(trainArgs({ ...values, batch: 2000, samples: 40 }).batchSize).toBe(30);
    expect(trainArgs(values).data).toEqual({ kind: 'moons', samples: 400, noise: 0.15, seed: 0, testFraction: 0.25 });
  });

  test("the reader's CSV is trained on when it can be; otherwise 'csv' falls back to the built-in moons", () => {
    const text = Array.from({ length: 40 }, (_, k) => `${k / 40},${(k % 7) / 7},${k % 2}`).join('\n');
    const own = parsePointsCsv(text);
    const args = trainArgs({ ...values, dataset: 'csv', dataSeed: 5, batch: 64 }, own);
    expect(args.data).toEqual({ kind: 'custom', points: own.points, labels: own.labels, seed: 5, testFraction: 0.25 });
    expect(args.batchSize).toBe(30); // 40 points, a quarter held out
    const tooFew = parsePointsCsv('0,0,0\n1,1,1');
    expect(trainArgs({ ...values, dataset: 'csv' }, tooFew).data).toMatchObject({ kind: 'moons', samples: 400 });
    expect(trainArgs({ ...values, dataset: 'csv' }, null).data).toMatchObject({ kind: 'moons' });
    // A CSV left over in the values does nothing while a built-in set is chosen.
    expect(trainArgs({ ...values, dataset: 'spirals' }, own).data).toMatchObject({ kind: 'spirals' });
  });

  test('the training defaults set Lion from AdamW by the rule of thumb', () => {
    expect(values.lionLr).toBeCloseTo(values.adamwLr / 10, 12);
    expect(values.lionWd).toBeCloseTo(values.adamwWd * 10, 12);
  });
});

describe('the figure at the defaults teaches something', () => {
  // The notebook's block opens at these defaults: the four optimizers must not end in one blob.
  const result = trainAll(trainArgs(defaultValues(lionTrainingSpec.params)));
  const firstStepAt = (run: TrainedRun, accuracy: number) => {
    const k = run.trainAccuracy.findIndex((a) => a >= accuracy);
    return k < 0 ? Infinity : run.step[k];
  };

  test('the optimizers differ visibly: in how soon they fit and in the loss they reach', () => {
    const soon = result.runs.map((run) => firstStepAt(run, 0.95));
    expect(soon.every(Number.isFinite)).toBe(true);
    expect(Math.max(...soon) - Math.min(...soon)).toBeGreaterThanOrEqual(100);
    const losses = result.runs.map((run) => finalMetrics(run).trainLoss);
    expect(Math.max(...losses) / Math.min(...losses)).toBeGreaterThan(3);
  });

  test('the accuracy axis holds every logged accuracy', () => {
    const [lo, hi] = curvesFigure(result, false).layout.yaxis2?.range as [number, number];
    for (const run of result.runs) {
      for (const a of [...run.trainAccuracy, ...run.testAccuracy]) {
        expect(a).toBeGreaterThanOrEqual(lo);
        expect(a).toBeLessThanOrEqual(hi);
      }
    }
  });

  test('a run below 40% widens the accuracy axis in tenths', () => {
    const low = { ...result.runs[0], trainAccuracy: Float64Array.of(0.5, 0.27, NaN), testAccuracy: Float64Array.of(0.45) };
    expect(accuracyRange(result.runs)).toEqual([0.4, 1.02]);
    expect(accuracyRange([low])).toEqual([0.2, 1.02]);
    expect(accuracyRange([{ ...low, trainAccuracy: Float64Array.of(0) }])).toEqual([-0.02, 1.02]);
  });
});
