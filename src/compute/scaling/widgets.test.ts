import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  bootstrapScalingData, dBands, fitScalingData, highestLoss, loadScalingData, optimalFrontiers, powerLines, quantaCurves,
  CHINCHILLA_COMPUTE,
} from './widgets';
import { EPOCH_FIT } from './chinchilla';

const BUILTIN = readFileSync(new URL('../../data/chinchilla.csv', import.meta.url), 'utf8');

describe('loadScalingData', () => {
  test('reads the 245 built-in runs and marks the 5 highest losses', () => {
    const d = loadScalingData(null, true, BUILTIN);
    expect(d.points).toHaveLength(245);
    expect(d.rejected).toBe(0);
    const left = d.points.filter((_, i) => d.left[i]).map((p) => p.loss);
    const keptMax = Math.max(...d.points.filter((_, i) => !d.left[i]).map((p) => p.loss));
    expect(left).toHaveLength(5);
    expect(Math.min(...left)).toBeGreaterThanOrEqual(keptMax);
  });

  test('pasted CSV with a junk row keeps the good rows and counts the bad', () => {
    const csv = 'loss,N,D\n3,1e8,1e9\n2.9,2e8,2e9\nabc,1,1\n2.8,4e8,4e9\n2.7,8e8,8e9\n2.6,1.6e9,1.6e10\n';
    const d = loadScalingData(csv, false, BUILTIN);
    expect(d.points).toHaveLength(5);
    expect(d.rejected).toBe(1);
    expect(d.left.every((v) => v === 0)).toBe(true);
  });

  test('too few rows, or too few to leave five out, are plain errors', () => {
    expect(() => loadScalingData('N,D,loss\n1,2,3\n', false, BUILTIN)).toThrow(/1 usable rows; the fit needs at least 5/);
    const six = 'N,D,loss\n' + [1, 2, 3, 4, 5, 6].map((k) => `${k}e8,${k}e9,${3 - k / 10}`).join('\n');
    expect(() => loadScalingData(six, true, BUILTIN)).toThrow(/needs at least 10 rows/);
  });

  test('highestLoss breaks ties by file order', () => {
    const pts = [2, 3, 3, 1].map((loss) => ({ N: 1, D: 1, loss }));
    expect(highestLoss(pts, 2)).toEqual([1, 2]);
  });
});

test('dBands: equal widths in log D, every point in a band', () => {
  const { band, edges } = dBands(Float64Array.of(1, 10, 100, 1000, 10000), 4);
  expect(Array.from(band)).toEqual([0, 1, 2, 3, 3]);
  expect(edges[0]).toBeCloseTo(1);
  expect(edges[4]).toBeCloseTo(10000);
  expect(Array.from(dBands(Float64Array.of(5, 5), 4).band)).toEqual([0, 0]);
});

describe('fitScalingData on the built-in data', () => {
  const progress: number[] = [];
  const r = fitScalingData({ csv: null, dropHighest: true, delta: 1e-3 }, BUILTIN, (f) => progress.push(f));

  test('without the 5 highest-loss runs it reproduces the replication (Besiroglu et al. 2024)', () => {
    expect(r.fit.E).toBeCloseTo(EPOCH_FIT.E, 1);
    expect(r.fit.alpha).toBeCloseTo(EPOCH_FIT.alpha, 2);
    expect(r.fit.beta).toBeCloseTo(EPOCH_FIT.beta, 2);
    expect(r.fit.B / EPOCH_FIT.B).toBeGreaterThan(0.8);
    expect(r.fit.B / EPOCH_FIT.B).toBeLessThan(1.25);
    expect(progress.at(-1)).toBe(1);
  });

  test('with every run, B grows several-fold (the warm-started alternative matches a full-grid fit)', () => {
    const all = fitScalingData({ csv: null, dropHighest: false, delta: 1e-3 }, BUILTIN);
    expect(r.other).not.toBeNull();
    expect(r.other!.B / all.fit.B).toBeCloseTo(1, 2);
    expect(r.other!.B / r.fit.B).toBeGreaterThan(3);
    expect(all.other!.B / r.fit.B).toBeCloseTo(1, 2);
  }, 30_000);

  test('curves, residual inputs and allocations have the right shapes and values', () => {
    expect(r.N).toHaveLength(245);
    expect(r.predicted).toHaveLength(245);
    expect(r.bands.length).toBe(5);
    for (const b of r.bands) expect(b.curveLoss).toHaveLength(60);
    expect(Math.max(...r.band)).toBe(4);
    // Hoffmann et al.'s rounded approach-3 fit implies ~93 tokens per parameter at Chinchilla's budget
    // (G = 1.344, N = 3.2e10, D = 3.0e12 by hand); the replication's refit gives about 20 (Besiroglu et al.).
    expect(r.allocation.hoffmann.tokensPerParam).toBeCloseTo(92.6, 0);
    expect(r.allocation.epoch.tokensPerParam).toBeGreaterThan(10);
    expect(r.allocation.epoch.tokensPerParam).toBeLessThan(30);
    expect(r.allocation.ours.exponentN).toBeCloseTo(r.fit.beta / (r.fit.alpha + r.fit.beta), 12);
  });
});

test('bootstrap on pasted data gives intervals that contain the median', () => {
  const rows = ['N,D,loss'];
  for (const n of [1e8, 3e8, 1e9, 3e9]) for (const d of [1e9, 1e10, 1e11]) {
    rows.push(`${n},${d},${(1.8 + 400 / n ** 0.34 + 400 / d ** 0.28) * (1 + 0.002 * Math.sin(n * d))}`);
  }
  const progress: number[] = [];
  const r = bootstrapScalingData({ csv: rows.join('\n'), dropHighest: false, delta: 1e-3, resamples: 20, seed: 3, minima: [] }, BUILTIN, (f) => progress.push(f));
  expect(r.resamples).toBe(20);
  expect(r.intervals.alpha.lo).toBeLessThanOrEqual(r.intervals.alpha.median);
  expect(r.intervals.alpha.median).toBeLessThanOrEqual(r.intervals.alpha.hi);
  expect(progress.at(-1)).toBe(1);
}, 30_000);

describe('ten ordinary pasted runs (issue 16): a minimum whose E ran to 0 is a valid warm start', () => {
  // A fit here has minima where log E ran off towards −∞ (E = 0 in float64); they seed the other
  // fit and the bootstrap, which refused them as "options.starts[2].E must be … positive, got 0".
  const csv = 'N,D,loss\n1e8,2e9,3.35\n4e8,8e9,2.91\n1e9,2e10,2.6\n2e9,4e10,2.45\n4e9,8e10,2.35\n'
    + '1e8,8e9,3.1\n4e8,2e9,3.0\n2e9,1e10,2.7\n1e10,2e11,2.2\n5e8,5e10,2.55';

  test.each([false, true])('dropHighest %s: both fits come back finite', (dropHighest) => {
    const r = fitScalingData({ csv, dropHighest, delta: 1e-3 }, BUILTIN);
    expect(r.minima.some((m) => m.E === 0)).toBe(true);
    for (const f of [r.fit, r.other!]) {
      expect(f).not.toBeNull();
      for (const key of ['E', 'A', 'B', 'alpha', 'beta', 'objective'] as const) expect(Number.isFinite(f[key])).toBe(true);
    }
  });

  test('the bootstrap takes those minima as warm starts', () => {
    const { minima } = fitScalingData({ csv, dropHighest: true, delta: 1e-3 }, BUILTIN);
    expect(minima.slice(0, 4).some((m) => m.E === 0)).toBe(true);
    const b = bootstrapScalingData({ csv, dropHighest: true, delta: 1e-3, resamples: 10, seed: 1, minima }, BUILTIN);
    expect(b.resamples).toBe(10);
    expect(Number.isFinite(b.intervals.alpha.median)).toBe(true);
  }, 30_000);
});

test('optimalFrontiers: Hoffmann and Epoch exponents, the custom law, and values at Chinchilla’s budget', () => {
  const v = optimalFrontiers({ custom: { E: 1.7, A: 400, B: 400, alpha: 0.3, beta: 0.3 }, cMin: 1e18, cMax: 1e26, points: 9 });
  expect(v.C[0] / 1e18).toBeCloseTo(1, 10);
  expect(v.C[8] / 1e26).toBeCloseTo(1, 10);
  expect(v.hoffmann.a).toBeCloseTo(0.28 / 0.62, 12);
  expect(v.epoch.a).toBeCloseTo(0.3658 / (0.3478 + 0.3658), 12);
  expect(v.published.epoch.B).toBe(EPOCH_FIT.B);
  const ref = v.epoch.atChinchilla;
  expect((6 * ref.N * ref.D) / CHINCHILLA_COMPUTE).toBeCloseTo(1, 10);
  expect(ref.tokensPerParam).toBeCloseTo(18.39, 1);
  // Equal exponents and A = B: D/N = 1 at every budget.
  for (const r of v.custom!.tokensPerParam) expect(r).toBeCloseTo(1, 10);
  expect(optimalFrontiers({ custom: null, cMin: 1, cMax: 10, points: 2 }).custom).toBeNull();
  expect(() => optimalFrontiers({ custom: null, cMin: 10, cMax: 1, points: 9 })).toThrow(/cMin/);
});

test('powerLines pass through the centre of the range with the given slopes', () => {
  const x = Float64Array.of(1, 10, 100, 1000);
  const y = x.map((v) => 5 * v ** -0.5);
  const { fit, theory } = powerLines(x, y, 10, 100, 0.5, 0.25);
  expect(fit.y[0]).toBeCloseTo(5 * 10 ** -0.5, 10);
  expect(fit.y[1]).toBeCloseTo(5 * 100 ** -0.5, 10);
  expect(Math.log(theory.y[1] / theory.y[0]) / Math.log(10)).toBeCloseTo(-0.25, 10);
});

test('quantaCurves: fitted slopes near α and α/(α+1), lines inside the data range', () => {
  const r = quantaCurves({ alpha: 0.5, K: 10_000, seed: 1 });
  expect(r.exponentN).toBeCloseTo(0.5, 1);
  expect(r.exponentDSampled).toBeCloseTo(1 / 3, 1);
  expect(r.lines.fitD.x[0]).toBeGreaterThanOrEqual(r.D[0]);
  expect(r.lines.fitD.x[1]).toBeLessThanOrEqual(r.D[r.D.length - 1]);
  expect(r.lines.theoryN.x).toEqual(r.fitRange);
});
