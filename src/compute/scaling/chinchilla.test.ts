import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseScalingCsv } from './csv.ts';
import {
  EPOCH_FIT, HOFFMANN_FIT, findChinchillaMinima, fitChinchilla, fitToParams, startGrid,
  type ChinchillaFit, type ScalingPoint,
} from './chinchilla.ts';
import { chinchillaObjective, huber, toLogData } from './objective.ts';
import { loadReference } from '../testing/reference.ts';

interface SyntheticReference {
  truth: Omit<ChinchillaFit, 'objective'>;
  sigma: number;
  points: ScalingPoint[];
  reference: ChinchillaFit;
}

const relErr = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

/** The agreement rule of testing/reference/README.md: objective ≤ ref (0.1 %), E, α, β to 1 %, A, B to 5 %. */
function expectAgreement(fit: ChinchillaFit, ref: Omit<ChinchillaFit, 'objective'> & { objective?: number }) {
  if (ref.objective !== undefined) expect(fit.objective).toBeLessThanOrEqual(ref.objective * 1.001);
  expect(relErr(fit.E, ref.E)).toBeLessThan(0.01);
  expect(relErr(fit.alpha, ref.alpha)).toBeLessThan(0.01);
  expect(relErr(fit.beta, ref.beta)).toBeLessThan(0.01);
  expect(relErr(fit.A, ref.A)).toBeLessThan(0.05);
  expect(relErr(fit.B, ref.B)).toBeLessThan(0.05);
}

/** Σᵢ Huber_δ(log(E + A/Nᵢ^α + B/Dᵢ^β) − log Lᵢ), written directly from the fitted constants. */
function directObjective(fit: ChinchillaFit, points: ScalingPoint[], delta = 1e-3): number {
  return points.reduce((s, p) => {
    const pred = fit.E + fit.A / p.N ** fit.alpha + fit.B / p.D ** fit.beta;
    return s + huber(Math.log(pred) - Math.log(p.loss), delta);
  }, 0);
}

function chinchillaPoints(): { all: ScalingPoint[]; withoutTop5: ScalingPoint[] } {
  const text = readFileSync(new URL('../../data/chinchilla.csv', import.meta.url), 'utf8');
  const { points, errors } = parseScalingCsv(text);
  expect(errors).toEqual([]);
  // Epoch's notebook keeps the runs whose loss is below the fifth-highest loss.
  const fifthHighest = points.map((p) => p.loss).sort((a, b) => b - a)[4];
  return { all: points, withoutTop5: points.filter((p) => p.loss < fifthHighest) };
}

describe('fitChinchilla on the shared synthetic reference', () => {
  const ref = loadReference<SyntheticReference>('scaling-synthetic.json');
  const fit = fitChinchilla(ref.points);

  test('agrees with the SciPy reference fit', () => {
    expectAgreement(fit, ref.reference);
  });

  test('objective is the sum (not the mean) of the Huber terms at the returned point', () => {
    const direct = directObjective(fit, ref.points);
    expect(fit.objective).toBeCloseTo(direct, 15);
    expect(relErr(fit.objective, direct)).toBeLessThan(1e-9);
    // A mean would be 100 times smaller on these 100 points.
    expect(fit.objective).toBeGreaterThan(ref.reference.objective * 0.99);
  });

  test('is a stationary point: the gradient vanishes', () => {
    const g = new Float64Array(5);
    chinchillaObjective(toLogData(ref.points))(fitToParams(fit), g);
    for (const v of g) expect(Math.abs(v)).toBeLessThan(1e-8);
  });
});

describe('fitChinchilla recovers known parameters from noiseless data', () => {
  const truths = [
    { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 },
    { E: 2.4, A: 80, B: 5000, alpha: 0.25, beta: 0.45 },
  ];
  test.each(truths)('truth %o', (truth) => {
    const points: ScalingPoint[] = [];
    for (let i = 0; i < 8; i++) {
      for (let j = 0; j < 8; j++) {
        const N = 10 ** (7.5 + (3 * i) / 7);
        const D = 10 ** (9 + (3 * j) / 7);
        points.push({ N, D, loss: truth.E + truth.A / N ** truth.alpha + truth.B / D ** truth.beta });
      }
    }
    const fit = fitChinchilla(points);
    expect(fit.objective).toBeLessThan(1e-16);
    for (const key of ['E', 'A', 'B', 'alpha', 'beta'] as const) expect(relErr(fit[key], truth[key])).toBeLessThan(1e-4);
  });
});

describe('fitChinchilla on the Chinchilla data (Epoch AI extraction)', () => {
  const { all, withoutTop5 } = chinchillaPoints();
  const progress: number[] = [];
  const minima = findChinchillaMinima(withoutTop5, { onProgress: (f) => progress.push(f) });

  test('245 runs, 240 after leaving out the 5 highest losses', () => {
    expect(all).toHaveLength(245);
    expect(withoutTop5).toHaveLength(240);
  });

  test('without the 5 highest-loss runs: agrees with the replication (Besiroglu et al. 2024)', () => {
    const fit = fitChinchilla(withoutTop5);
    expect(fit).toEqual(minima[0]);
    expectAgreement(fit, EPOCH_FIT);
    // The published parameters are rounded (and were fitted by a slightly different likelihood), so the
    // optimum must be at least as good as they are.
    expect(fit.objective).toBeLessThanOrEqual(directObjective({ ...EPOCH_FIT, objective: 0 }, withoutTop5));
  });

  test('all 245 runs: SciPy full-grid result, with B several-fold larger', () => {
    // SciPy 1.17 L-BFGS-B with analytic gradients from all 4 500 grid starts, run while writing this
    // kernel: objective 0.0018260105231, E 1.89134, A 495.72, B 12845, α 0.349313, β 0.453048.
    const fit = fitChinchilla(all);
    expectAgreement(fit, { objective: 0.0018260105231, E: 1.89134, A: 495.72, B: 12845, alpha: 0.349313, beta: 0.453048 });
    expect(fit.B / EPOCH_FIT.B).toBeGreaterThan(4);
  });

  test('a warm start alone (no grid) reaches the same optimum', () => {
    const warm = fitChinchilla(withoutTop5, { grid: 'none', starts: [EPOCH_FIT] });
    expect(relErr(warm.objective, minima[0].objective)).toBeLessThan(1e-9);
  });

  test('reports progress at most ~100 times, ending with 1, and lists distinct minima best first', () => {
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.length).toBeLessThanOrEqual(101);
    expect(progress[progress.length - 1]).toBe(1);
    expect(minima.length).toBeGreaterThan(1);
    for (let i = 1; i < minima.length; i++) expect(minima[i].objective).toBeGreaterThanOrEqual(minima[i - 1].objective);
  });
});

describe('start grids and published fits', () => {
  test("'hoffmann' is the 4 500-point grid of Hoffmann et al.; 'coarse' a 243-point subset", () => {
    const grid = startGrid('hoffmann');
    expect(grid.length).toBe(4500 * 5);
    const rows = new Set<string>();
    for (let i = 0; i < 4500; i++) rows.add(Array.from(grid.subarray(i * 5, i * 5 + 5)).join(','));
    expect(rows.size).toBe(4500);
    expect(rows.has('25,25,1,2,2')).toBe(true);
    expect(rows.has('0,0,-1,0,0')).toBe(true);
    const coarse = startGrid('coarse');
    expect(coarse.length).toBe(243 * 5);
    for (let i = 0; i < 243; i++) expect(rows.has(Array.from(coarse.subarray(i * 5, i * 5 + 5)).join(','))).toBe(true);
  });

  test('published constants carry citations', () => {
    expect(HOFFMANN_FIT).toMatchObject({ E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 });
    expect(EPOCH_FIT).toMatchObject({ E: 1.82, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 });
    expect(HOFFMANN_FIT.citation).toMatch(/Hoffmann/);
    expect(EPOCH_FIT.citation).toMatch(/Besiroglu/);
  });
});

describe('fitChinchilla validation', () => {
  const five = [1, 2, 3, 4, 5].map((k) => ({ N: 1e8 * k, D: 1e10 * k, loss: 3 - 0.1 * k }));
  test('names the point index and field, or the option', () => {
    expect(() => fitChinchilla(five.slice(0, 4))).toThrow(/at least 5 points/);
    expect(() => fitChinchilla([...five.slice(0, 2), { N: 1e9, D: 0, loss: 2 }, ...five])).toThrow(/points\[2\]\.D/);
    expect(() => fitChinchilla([...five, { N: 1e9, D: 1e9, loss: -2 }])).toThrow(/points\[5\]\.loss/);
    expect(() => fitChinchilla(five, { delta: -1 })).toThrow(/options.delta/);
    expect(() => fitChinchilla(five, { grid: 'fine' as never })).toThrow(/options.grid/);
    expect(() => fitChinchilla(five, { grid: 'none' })).toThrow(/options.starts/);
    expect(() => fitChinchilla(five, { starts: [{ E: 1, A: -1, B: 1, alpha: 0.3, beta: 0.3 }] })).toThrow(/options.starts\[0\]\.A/);
  });
});
