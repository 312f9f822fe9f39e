import { describe, expect, test } from 'vitest';
import { MAX_POINTS, parsePointsCsv } from './trainingCsv';
import { makeDataset } from './trainingData';
import { trainAll } from './widgets';

/** n rows of a linearly separable set: class 1 where x + y > 0. */
function rows(n: number): string[] {
  return Array.from({ length: n }, (_, k) => {
    const x = ((k * 37) % 101) / 50 - 1;
    const y = ((k * 53) % 97) / 48 - 1;
    return `${x},${y},${x + y > 0 ? 1 : 0}`;
  });
}

describe('parsePointsCsv', () => {
  test('header in any order, delimiter detected, lines kept for every point', () => {
    const parsed = parsePointsCsv('# my points\nlabel;X;y\n1;0.5;-2\n\n0;-1e-1;3\n');
    expect(parsed.columns).toEqual(['X', 'y', 'label']);
    expect(Array.from(parsed.points)).toEqual([0.5, -2, -0.1, 3]);
    expect(Array.from(parsed.labels)).toEqual([1, 0]);
    expect(Array.from(parsed.lines)).toEqual([3, 5]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.problem?.message).toBe('only 2 usable rows; training needs at least 20');
  });

  test('without a header the order is x, y, label; bad rows are reported by line and left out', () => {
    const text = [...rows(25), '1,2', 'a,1,0', '1,2,3', '0.1,Infinity,1', '"0.2","0.3","1"'].join('\n');
    const parsed = parsePointsCsv(text);
    expect(parsed.columns).toEqual(['x', 'y', 'label']);
    expect(parsed.errors).toMatchObject([
      { line: 26, message: 'missing label (column 3)' },
      { line: 27, message: 'x is not a number: "a"' },
      { line: 28, message: 'label must be 0 or 1, got 3' },
      { line: 29, message: 'y is not a number: "Infinity"' },
    ]);
    expect(parsed.labels.length).toBe(26);
    expect(parsed.lines[25]).toBe(30);
    expect(parsed.problem).toBeNull();
  });

  test('a header without the needed columns, one class only, too many rows', () => {
    expect(parsePointsCsv('a,b,c\n1,2,0').errors).toMatchObject([
      { line: 1, message: 'header has no column for x (one of x, x1, u); y (one of y, x2, v); label (one of label, class, target, category)' },
    ]);
    const oneClass = parsePointsCsv(Array.from({ length: 30 }, (_, k) => `${k},${k},1`).join('\n'));
    expect(oneClass.problem?.message).toBe('every usable row has label 1; training needs both classes');
    const many = parsePointsCsv(['x,y,label', ...rows(MAX_POINTS + 5)].join('\n'));
    expect(many.labels.length).toBe(MAX_POINTS);
    expect(many.errors).toMatchObject([{ line: MAX_POINTS + 2, message: `too many rows: only the first ${MAX_POINTS} data rows were read` }]);
    expect(parsePointsCsv('').problem?.message).toMatch(/^no data rows/);
  });

  test('text that looks like markup is only ever data or an error message, never interpreted', () => {
    const parsed = parsePointsCsv('x,y,label\n<img src=x onerror=alert(1)>,1,0');
    expect(parsed.errors).toMatchObject([{ line: 2, message: 'x is not a number: "<img src=x onerror=alert(1)>"' }]);
  });
});

describe('training on the reader\'s points', () => {
  test('makeDataset keeps every point and label, split by the seed like generated data', () => {
    const parsed = parsePointsCsv(rows(40).join('\n'));
    const d = makeDataset({ kind: 'custom', points: parsed.points, labels: parsed.labels, testFraction: 0.25, seed: 3 });
    expect([d.trainY.length, d.testY.length]).toEqual([30, 10]);
    const pairs = (x: Float64Array, y: Uint8Array) => Array.from(y, (l, k) => `${x[2 * k]},${x[2 * k + 1]},${l}`);
    expect([...pairs(d.trainX, d.trainY), ...pairs(d.testX, d.testY)].sort()).toEqual(
      Array.from(parsed.labels, (l, k) => `${parsed.points[2 * k]},${parsed.points[2 * k + 1]},${l}`).sort(),
    );
    expect(() => makeDataset({ kind: 'custom', points: [0, 0], labels: [0] })).toThrow(/labels.length must be an integer in \[20, 2000\], got 1/);
  });

  test('trainAll learns a separable CSV set (every optimizer above 90% on held-out points)', () => {
    const parsed = parsePointsCsv(rows(200).join('\n'));
    const result = trainAll({
      data: { kind: 'custom', points: Array.from(parsed.points), labels: Array.from(parsed.labels), seed: 0, testFraction: 0.25 },
      hidden: 8, activation: 'tanh', steps: 300, batchSize: null, seed: 1,
      optimizers: [{ name: 'adamw', lr: 0.03, weightDecay: 0.01 }, { name: 'lion', lr: 0.003, weightDecay: 0.1 }],
    });
    for (const run of result.runs) expect(run.testAccuracy[run.testAccuracy.length - 1]).toBeGreaterThan(0.9);
    expect(result.trainY.length + result.testY.length).toBe(200);
  });
});
