import { expect, test } from 'vitest';
import { EPOCH_FIT } from '../../compute/scaling/chinchilla';
import { defaultValues } from '../../core/params';
import { bandArgs, optimalArgs, scalingOptimalSpec } from './spec';

test('the custom constants start at the replication’s fit', () => {
  const v = defaultValues(scalingOptimalSpec.params);
  expect({ E: v.E, A: v.A, B: v.B, alpha: v.alpha, beta: v.beta }).toEqual({
    E: EPOCH_FIT.E, A: EPOCH_FIT.A, B: EPOCH_FIT.B, alpha: EPOCH_FIT.alpha, beta: EPOCH_FIT.beta,
  });
});

test('optimalArgs sends the constants only for the custom law', () => {
  const v = defaultValues(scalingOptimalSpec.params);
  expect(optimalArgs(v).custom).toBeNull();
  expect(optimalArgs({ ...v, law: 'custom', alpha: 0.5 }).custom).toEqual({ E: 1.82, A: 482.01, B: 2085.43, alpha: 0.5, beta: 0.3658 });
});

test('bands are on by default: the built-in runs less the 5 highest losses, on the plot grid', () => {
  const v = defaultValues(scalingOptimalSpec.params);
  expect(v.bands).toBe(true);
  expect(bandArgs({ ...v, resamples: 400 })).toEqual({ csv: null, dropHighest: true, delta: 1e-3, resamples: 400, seed: 1, cMin: 1e18, cMax: 1e27, points: 91 });
});
