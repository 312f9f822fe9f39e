import { describe, expect, test } from 'vitest';
import { defaultValues } from '../../core/params';
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

  test('the training defaults set Lion from AdamW by the rule of thumb', () => {
    expect(values.lionLr).toBeCloseTo(values.adamwLr / 10, 12);
    expect(values.lionWd).toBeCloseTo(values.adamwWd * 10, 12);
  });
});
