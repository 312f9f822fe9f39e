import { describe, expect, test } from 'vitest';
import { lionFromAdamW, type OptimizerConfig } from './rules';
import { decisionSurface, trainClassifier, type TrainingOptions } from './training';
import { makeDataset } from './trainingData';

const adamw: OptimizerConfig = { name: 'adamw', lr: 0.01, weightDecay: 0.01 };
// Smaller than the defaults so the suite stays quick; still enough to learn the moons.
const moons: TrainingOptions = { data: { kind: 'moons', samples: 200, seed: 1 }, optimizer: adamw, hidden: 8, steps: 300, seed: 2 };
// For tests of bookkeeping rather than learning.
const tiny: TrainingOptions = { ...moons, data: { kind: 'moons', samples: 40, seed: 1 }, hidden: 3 };
const last = (a: Float64Array): number => a[a.length - 1];

describe('trainClassifier on two moons', () => {
  test('AdamW drives the loss down to over 90 % test accuracy', () => {
    const r = trainClassifier(moons);
    expect(r.divergedAt).toBeNull();
    expect(last(r.trainLoss)).toBeLessThan(r.trainLoss[0] / 5);
    expect(last(r.testAccuracy)).toBeGreaterThan(0.9);
    expect(last(r.trainAccuracy)).toBeGreaterThan(0.9);
  });

  test.each<OptimizerConfig>([
    { name: 'sgd', lr: 0.5, momentum: 0.9 },
    { name: 'adam', lr: 0.01 },
    lionFromAdamW(adamw, 3),
  ])('$name at its own lr also gets over 90 %', (optimizer) => {
    const r = trainClassifier({ ...moons, optimizer });
    expect(last(r.testAccuracy)).toBeGreaterThan(0.9);
  });

  test('is bit-identical across runs with the same seeds, full- and mini-batch', () => {
    expect(trainClassifier(moons)).toEqual(trainClassifier(moons));
    const mini = { ...tiny, batchSize: 8 };
    expect(trainClassifier(mini)).toEqual(trainClassifier(mini));
    expect(trainClassifier(mini).trainLoss).not.toEqual(trainClassifier({ ...mini, seed: 3 }).trainLoss);
  });

  test('every optimizer starts from the same initial model (fair comparison)', () => {
    const a = trainClassifier({ ...tiny, steps: 1 });
    const b = trainClassifier({ ...tiny, steps: 1, optimizer: { name: 'lion', lr: 1e-3 } });
    expect(a.trainLoss[0]).toBe(b.trainLoss[0]);
    expect(a.testAccuracy[0]).toBe(b.testAccuracy[0]);
  });

  test('mini-batches (seeded shuffling) learn too', () => {
    const r = trainClassifier({ ...moons, batchSize: 16, optimizer: { name: 'adam', lr: 0.01 } });
    expect(last(r.testAccuracy)).toBeGreaterThan(0.9);
  });

  test('logs step 0, every logEvery steps, and the last step', () => {
    const r = trainClassifier({ ...tiny, steps: 25, logEvery: 10 });
    expect(Array.from(r.step)).toEqual([0, 10, 20, 25]);
    expect(r.trainLoss.length).toBe(4);
    expect(trainClassifier({ ...tiny, steps: 1000 }).step.length).toBe(101); // default ⌈steps/100⌉
  });

  test('weight decay on weights only differs from decay on all parameters, and not at all without decay', () => {
    const lion = { ...tiny, optimizer: { name: 'lion', lr: 1e-3, weightDecay: 1 } as OptimizerConfig };
    expect(trainClassifier(lion).model.params).not.toEqual(trainClassifier({ ...lion, decay: 'all' }).model.params);
    const none = { ...tiny, optimizer: { name: 'adam', lr: 1e-2 } as OptimizerConfig };
    expect(trainClassifier(none).model.params).toEqual(trainClassifier({ ...none, decay: 'all' }).model.params);
  });

  test('divergence is data: NaN metrics from the bad step on, and the last finite model', () => {
    const r = trainClassifier({ ...tiny, optimizer: { name: 'sgd', lr: 1e14 }, logEvery: 1, steps: 20 });
    expect(r.divergedAt).toBe(1);
    expect(Number.isFinite(r.trainLoss[0])).toBe(true);
    for (let k = 1; k < r.trainLoss.length; k++) expect(r.trainLoss[k]).toBeNaN();
    expect(Array.from(r.step)).toEqual(Array.from({ length: 21 }, (_, k) => k));
    expect(r.model.params.every(Number.isFinite)).toBe(true);
  });

  test('onProgress is called at most ~100 times, increasing, ending at 1', () => {
    const seen: number[] = [];
    trainClassifier({ ...tiny, steps: 1234, onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeLessThanOrEqual(101);
    expect(seen.length).toBeGreaterThan(50);
    for (let k = 1; k < seen.length; k++) expect(seen[k]).toBeGreaterThan(seen[k - 1]);
    expect(last(Float64Array.from(seen))).toBe(1);
  });

  test('accepts a ready-made data set (e.g. from a user CSV)', () => {
    const data = makeDataset({ kind: 'spirals', samples: 100 });
    const r = trainClassifier({ ...tiny, data, steps: 5 });
    expect(r.dataset).toBe(data);
  });

});

describe('decisionSurface', () => {
  test('gives p(class 1) on the grid, consistent with the model’s accuracy', () => {
    const r = trainClassifier(moons);
    const grid = { xRange: [-2, 2] as [number, number], yRange: [-1.5, 1.5] as [number, number], nx: 60, ny: 40 };
    const p = decisionSurface(r.model, grid);
    expect(p.length).toBe(2400);
    for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
    // Class-1 moon's centre region vs class-0's, in the centred coordinates of trainingData.
    const at = (x: number, y: number): number => decisionSurface(r.model, { xRange: [x, x + 1e-9], yRange: [y, y + 1e-9], nx: 2, ny: 2 })[0];
    expect(at(1.5, -0.25)).toBeGreaterThan(0.5); // right end of the lower (class 1) moon
    expect(at(-1.5, -0.25)).toBeLessThan(0.5); // left end of the upper (class 0) moon
  });

  test('checks the model and the grid', () => {
    const r = trainClassifier({ ...tiny, hidden: 16, steps: 1 });
    const grid = { xRange: [-1, 1] as [number, number], yRange: [-1, 1] as [number, number], nx: 3, ny: 3 };
    expect(() => decisionSurface({ ...r.model, params: new Float64Array(3) }, grid)).toThrow(/model\.params must be a Float64Array of length 337, got length 3/);
    expect(() => decisionSurface({ ...r.model, hidden: 0 }, grid)).toThrow(/hidden must be a positive integer ≤ 64/);
    expect(() => decisionSurface(r.model, { ...grid, nx: 0 })).toThrow(/nx must be an integer in \[2, 1000\]/);
  });
});

describe('trainClassifier validation names the field', () => {
  test.each<[Partial<TrainingOptions>, RegExp]>([
    [{ hidden: 0 }, /hidden must be a positive integer ≤ 64, got 0/],
    [{ hidden: 100 }, /hidden must be a positive integer ≤ 64, got 100/],
    [{ steps: 0 }, /steps must be a positive integer ≤ 5000, got 0/],
    [{ steps: 5001 }, /steps must be a positive integer ≤ 5000, got 5001/],
    [{ batchSize: 0 }, /batchSize must be a positive integer ≤ 150, got 0/],
    [{ batchSize: 151 }, /batchSize must be a positive integer ≤ 150, got 151/],
    [{ decay: 'biases' as never }, /decay must be one of weights, all, got 'biases'/],
    [{ seed: 0.5 }, /seed must be a non-negative integer ≤ 4294967295, got 0.5/],
    [{ logEvery: 301 }, /logEvery must be a positive integer ≤ 300, got 301/],
    [{ activation: 'sigmoid' as never }, /activation must be one of tanh, relu, got 'sigmoid'/],
    [{ onProgress: 5 as never }, /onProgress must be a function, got 5/],
    [{ optimizer: { name: 'lion', lr: -1 } }, /optimizer\.lr must be a positive finite number, got -1/],
    [{ data: { kind: 'moons', samples: 10 } }, /data\.samples must be an integer in \[20, 2000\], got 10/],
    [{ data: undefined as never }, /data must be an object, got undefined/],
  ])('%o throws %s', (patch, message) => {
    expect(() => trainClassifier({ ...moons, ...patch })).toThrow(message);
  });
});
