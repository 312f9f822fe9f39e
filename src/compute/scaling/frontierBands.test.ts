// The frontier bands job behind scaling-optimal: bootstrap refits of the data, shaded at every compute.
import { describe, expect, test } from 'vitest';
import type { ChinchillaFit, ScalingPoint } from './chinchilla.ts';
import { FIT_STRIDE, bootstrapChinchilla, optimalFrontierBand, percentileSorted } from './bootstrap.ts';
import { computeOptimal } from './optimal.ts';
import { CHINCHILLA_COMPUTE, frontierBands } from './widgets.ts';
import { loadReference } from '../testing/reference.ts';

interface SyntheticReference { truth: Omit<ChinchillaFit, 'objective'>; points: ScalingPoint[] }

describe('frontierBands on the synthetic reference', () => {
  const ref = loadReference<SyntheticReference>('scaling-synthetic.json');
  const csv = ['N,D,loss', ...ref.points.map((p) => `${p.N},${p.D},${p.loss}`)].join('\n');
  const progress: number[] = [];
  const req = { csv, dropHighest: false, delta: 1e-3, resamples: 20, seed: 3, cMin: 1e18, cMax: 1e24, points: 7 };
  const bands = frontierBands(req, '', (f) => progress.push(f));

  test('bands bracket the full fit and the true law at every compute, and widen with the extrapolation', () => {
    const full = computeOptimal(bands.fit, bands.C);
    const truth = computeOptimal(ref.truth, bands.C);
    expect(Array.from(bands.C, (c) => Math.log10(c))).toEqual([18, 19, 20, 21, 22, 23, 24].map((v) => expect.closeTo(v, 12)));
    for (let i = 0; i < 7; i++) {
      for (const [band, fit, law] of [[bands.N, full.N, truth.N], [bands.D, full.D, truth.D], [bands.tokensPerParam, full.tokensPerParam, truth.tokensPerParam]] as const) {
        expect(band.lo[i]).toBeLessThanOrEqual(band.median[i]);
        expect(band.median[i]).toBeLessThanOrEqual(band.hi[i]);
        expect(band.lo[i]).toBeLessThan(fit[i] * 1.0000001);
        expect(band.hi[i]).toBeGreaterThan(fit[i] * 0.9999999);
        expect(band.lo[i]).toBeLessThan(law[i]);
        expect(band.hi[i]).toBeGreaterThan(law[i]);
      }
    }
    const width = (i: number) => Math.log(bands.N.hi[i] / bands.N.lo[i]);
    expect(width(6)).toBeGreaterThan(width(0));
    expect([bands.resamples, bands.used, bands.percentiles]).toEqual([20, 20, [2.5, 97.5]]);
  });

  test("the bands are the bootstrap's own percentiles, at every compute and at Chinchilla's budget", () => {
    // The same bootstrap run directly (same data, seed and resamples): its fits give the same bands.
    const boot = bootstrapChinchilla(ref.points, { resamples: 20, seed: 3, delta: 1e-3 });
    expect(optimalFrontierBand(boot.fits, bands.C).D.lo).toEqual(bands.D.lo);
    const ratios = Array.from({ length: 20 }, (_, r) => {
      const [E, A, B, alpha, beta] = boot.fits.subarray(r * FIT_STRIDE, r * FIT_STRIDE + 5);
      return computeOptimal({ E, A, B, alpha, beta }, Float64Array.of(CHINCHILLA_COMPUTE)).tokensPerParam[0];
    }).sort((a, b) => a - b);
    expect(bands.atChinchilla.tokensPerParam.median / percentileSorted(ratios, 50)).toBeCloseTo(1, 12);
    expect(bands.atChinchilla.tokensPerParam.hi / percentileSorted(ratios, 97.5)).toBeCloseTo(1, 12);
  });

  test('reports progress up to 1, is reproducible from its seed, and refuses a bad grid', () => {
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1])).toBe(true);
    expect(frontierBands(req, '').N.hi).toEqual(bands.N.hi);
    expect(() => frontierBands({ ...req, cMin: 1e20, cMax: 1e19 }, '')).toThrow(/cMin and cMax/);
    expect(() => frontierBands({ ...req, csv: 'N,D,loss\n1,2,3' }, '')).toThrow(/1 usable rows; the fit needs at least 5/);
  });
});
