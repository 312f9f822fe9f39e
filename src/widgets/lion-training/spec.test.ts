import { describe, expect, test } from 'vitest';
import { defaultValues } from '../../core/params';
import { parsePointsCsv } from '../../compute/optimizers/trainingCsv';
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
