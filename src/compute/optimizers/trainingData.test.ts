import { describe, expect, test } from 'vitest';
import { checkDataset, DATASET_KINDS, makeDataset, splitDataset } from './trainingData';

describe.each(DATASET_KINDS)('makeDataset %s', (kind) => {
  test('sizes, balance and split follow the options', () => {
    const d = makeDataset({ kind, samples: 201, testFraction: 0.2, seed: 4 });
    expect(d.testY.length).toBe(40);
    expect(d.trainY.length).toBe(161);
    expect(d.trainX.length).toBe(2 * 161);
    expect(d.testX.length).toBe(80);
    const ones = [...d.trainY, ...d.testY].filter((y) => y === 1).length;
    expect(ones).toBe(101); // ⌊201/2⌋ = 100 of class 0
  });

  test('is deterministic from its seed; other seeds differ', () => {
    expect(makeDataset({ kind, seed: 12 })).toEqual(makeDataset({ kind, seed: 12 }));
    expect(makeDataset({ kind, seed: 12 }).trainX).not.toEqual(makeDataset({ kind, seed: 13 }).trainX);
  });

  test('without noise the points lie on the curves, within about [−2, 2]²', () => {
    const d = makeDataset({ kind, noise: 0 });
    const xs = [...d.trainX, ...d.testX];
    for (const v of xs) expect(Math.abs(v)).toBeLessThanOrEqual(1.5 + 1e-12);
    if (kind === 'moons') {
      // Class 0 lies on the unit circle about (−½, −¼), class 1 on the one about (½, ¼).
      for (let n = 0; n < d.trainY.length; n++) {
        const [cx, cy] = d.trainY[n] === 0 ? [-0.5, -0.25] : [0.5, 0.25];
        expect(Math.hypot(d.trainX[2 * n] - cx, d.trainX[2 * n + 1] - cy)).toBeCloseTo(1, 12);
      }
    }
  });
});

describe('splitDataset and checkDataset', () => {
  const points = Array.from({ length: 40 }, (_, k) => k / 10);
  const labels = Array.from({ length: 20 }, (_, k) => k % 2);

  test('keeps every point with its label', () => {
    const d = splitDataset(points, labels, 0.25, 1);
    expect(d.testY.length).toBe(5);
    const pairs = (x: Float64Array, y: Uint8Array): string[] => Array.from(y, (label, n) => `${x[2 * n]},${x[2 * n + 1]}:${label}`);
    const all = [...pairs(d.trainX, d.trainY), ...pairs(d.testX, d.testY)].sort();
    const expected = labels.map((label, n) => `${points[2 * n]},${points[2 * n + 1]}:${label}`).sort();
    expect(all).toEqual(expected);
    expect(checkDataset(d)).toBe(d);
  });

  test.each([
    [() => makeDataset({ kind: 'circles' as never }), /data\.kind must be one of moons, spirals, got 'circles'/],
    [() => makeDataset({ kind: 'moons', samples: 19 }), /data\.samples must be an integer in \[20, 2000\], got 19/],
    [() => makeDataset({ kind: 'moons', samples: 2001 }), /data\.samples must be an integer in \[20, 2000\]/],
    [() => makeDataset({ kind: 'moons', noise: -0.1 }), /data\.noise must be a finite number in \[0, 1\], got -0.1/],
    [() => makeDataset({ kind: 'moons', testFraction: 0.9 }), /data\.testFraction must be a finite number in \[0.05, 0.5\], got 0.9/],
    [() => makeDataset({ kind: 'moons', seed: -3 }), /data\.seed must be a non-negative integer ≤ 4294967295, got -3/],
    [() => splitDataset(points.slice(1), labels, 0.25, 1), /points must hold 2 × labels\.length = 40 values, got 39/],
    [() => splitDataset(points, labels.map((y) => y * 2), 0.25, 1), /labels\[1\] must be 0 or 1, got 2/],
    [() => splitDataset([NaN, ...points.slice(1)], labels, 0.25, 1), /points\[0\] must be a finite number, got NaN/],
    [() => splitDataset(points.slice(0, 20), labels.slice(0, 10), 0.25, 1), /labels\.length must be an integer in \[20, 2000\], got 10/],
    [
      () => checkDataset({ trainX: new Float64Array(4), trainY: new Uint8Array(2), testX: new Float64Array(0), testY: new Uint8Array(0) }),
      /data\.testY\.length must be a positive integer ≤ 2000, got 0/,
    ],
    [
      () => checkDataset({ trainX: [0, 0] as never, trainY: new Uint8Array(1), testX: new Float64Array(2), testY: new Uint8Array(1) }),
      /data\.trainX and data\.testX must be Float64Arrays/,
    ],
  ])('%#: invalid input throws %s', (make, message) => {
    expect(make).toThrow(message);
  });
});
