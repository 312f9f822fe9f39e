import { describe, expect, test } from 'vitest';
import { chinchillaObjective, huber, toLogData, weightedLogData } from './objective.ts';

const points = [
  { N: 1e8, D: 2e9, loss: 3.1 },
  { N: 4e8, D: 8e9, loss: 2.7 },
  { N: 1e9, D: 2e10, loss: 2.5 },
  { N: 3e9, D: 6e10, loss: 2.31 },
  { N: 1e10, D: 2e11, loss: 2.12 },
  { N: 2e8, D: 1e11, loss: 2.6 },
];

/** Plain two-pass version of the objective, to check the fused loop (no max-shift, no skipped terms). */
function naive(x: number[], delta: number): number {
  const [a, b, e, alpha, beta] = x;
  return points.reduce((s, p) => {
    const lse = Math.log(Math.exp(a - alpha * Math.log(p.N)) + Math.exp(b - beta * Math.log(p.D)) + Math.exp(e));
    return s + huber(lse - Math.log(p.loss), delta);
  }, 0);
}

describe('huber', () => {
  test('quadratic inside δ, linear outside, continuous at ±δ', () => {
    expect(huber(0.5e-3, 1e-3)).toBeCloseTo(0.125e-6, 18);
    expect(huber(-3e-3, 1e-3)).toBeCloseTo(1e-3 * (3e-3 - 0.5e-3), 18);
    expect(huber(1e-3, 1e-3)).toBeCloseTo(0.5e-6, 18);
  });
});

describe('chinchillaObjective', () => {
  const data = toLogData(points);
  const cases = [
    [6, 7, 0.6, 0.34, 0.28],
    [2, 25, -1, 0.1, 1.5], // one term far below the others
    [6.2, 9.5, 0.64, 0.35, 0.45],
  ];

  test.each(cases)('value matches a naive sum at %s', (...x) => {
    const fg = chinchillaObjective(data, 1e-3);
    expect(fg(Float64Array.from(x), new Float64Array(5))).toBeCloseTo(naive(x, 1e-3), 14);
  });

  test.each(cases)('gradient matches central differences at %s', (...x) => {
    const delta = 0.05; // wide δ so both Huber branches and smooth regions are exercised
    const fg = chinchillaObjective(data, delta);
    const g = new Float64Array(5);
    fg(Float64Array.from(x), g);
    for (let k = 0; k < 5; k++) {
      const h = 1e-6;
      const up = [...x];
      const down = [...x];
      up[k] += h;
      down[k] -= h;
      const numeric = (naive(up, delta) - naive(down, delta)) / (2 * h);
      expect(Math.abs(g[k] - numeric)).toBeLessThan(1e-7 * Math.max(1, Math.abs(numeric)));
    }
  });

  test('weights equal repeated points', () => {
    const counts = [2, 0, 1, 3, 0, 1];
    const repeated = counts.flatMap((c, i) => Array(c).fill(points[i]));
    const x = Float64Array.of(6, 7, 0.6, 0.34, 0.28);
    const g1 = new Float64Array(5);
    const g2 = new Float64Array(5);
    const f1 = chinchillaObjective(weightedLogData(data, counts))(x, g1);
    const f2 = chinchillaObjective(toLogData(repeated))(x, g2);
    expect(weightedLogData(data, counts).logN).toHaveLength(4);
    expect(f1).toBeCloseTo(f2, 15);
    for (let k = 0; k < 5; k++) expect(g1[k]).toBeCloseTo(g2[k], 15);
  });
});

describe('toLogData validation', () => {
  test('names the point and the field', () => {
    expect(() => toLogData(points.slice(0, 4))).toThrow(/at least 5 points, got 4/);
    expect(() => toLogData([...points.slice(0, 5), { N: 1e9, D: -1, loss: 2 }])).toThrow(/points\[5\]\.D must be a finite positive number, got -1/);
    expect(() => toLogData([{ N: 0, D: 1, loss: 2 }, ...points])).toThrow(/points\[0\]\.N/);
    expect(() => toLogData([...points, { N: 1e9, D: 1e9, loss: NaN }])).toThrow(/points\[6\]\.loss/);
    expect(() => toLogData([...points, { N: Infinity, D: 1e9, loss: 2 }])).toThrow(/points\[6\]\.N/);
    expect(() => toLogData([...points, { N: '1e9', D: 1e9, loss: 2 } as never])).toThrow(/points\[6\]\.N/);
    expect(() => chinchillaObjective(toLogData(points), 0)).toThrow(/options.delta/);
  });
});
