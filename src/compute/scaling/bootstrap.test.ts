import { describe, expect, test } from 'vitest';
import { findChinchillaMinima, type ChinchillaFit, type ScalingPoint } from './chinchilla.ts';
import { FIT_STRIDE, bootstrapChinchilla, optimalFrontierBand, percentileSorted } from './bootstrap.ts';
import { computeOptimal } from './optimal.ts';
import { uniformStream } from '../numerics/random.ts';
import { loadReference } from '../testing/reference.ts';

interface SyntheticReference { truth: Omit<ChinchillaFit, 'objective'>; points: ScalingPoint[]; reference: ChinchillaFit }

describe('uniformStream and percentiles', () => {
  test('the generator is reproducible, uniform-looking and seed-dependent', () => {
    const a = uniformStream(42);
    const b = uniformStream(42);
    const c = uniformStream(43);
    const xs = Array.from({ length: 10000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(c()).not.toBe(xs[0]);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(() => uniformStream(1.5)).toThrow(/seed/);
  });

  test('percentiles interpolate linearly between order statistics (NumPy default)', () => {
    const v = [1, 2, 3, 4, 10];
    expect(percentileSorted(v, 0)).toBe(1);
    expect(percentileSorted(v, 50)).toBe(3);
    expect(percentileSorted(v, 100)).toBe(10);
    expect(percentileSorted(v, 87.5)).toBeCloseTo(7, 12); // rank 3.5 between 4 and 10
  });
});

describe('bootstrapChinchilla on the synthetic reference', () => {
  const ref = loadReference<SyntheticReference>('scaling-synthetic.json');
  const minima = findChinchillaMinima(ref.points);
  const run = (seed: number, resamples = 20, level?: number) => bootstrapChinchilla(ref.points, { resamples, seed, minima, level });
  const first = run(3, 200);

  test('is reproducible from its seed and changes with it', () => {
    // Resample r consumes the same PRNG draws whatever the total, so 20 resamples = the first 20 of 200.
    expect(run(3).fits).toEqual(first.fits.subarray(0, 20 * FIT_STRIDE));
    expect(run(4).fits).not.toEqual(first.fits.subarray(0, 20 * FIT_STRIDE));
  });

  test('returns every resample fit, flat, and the full-data fit', () => {
    expect(first.fits).toHaveLength(200 * FIT_STRIDE);
    expect(first.fit).toEqual(minima[0]);
    expect(first.percentiles).toEqual([2.5, 97.5]);
    for (let r = 0; r < 200; r++) {
      const row = first.fits.subarray(r * FIT_STRIDE, (r + 1) * FIT_STRIDE);
      expect(row.every(Number.isFinite)).toBe(true);
      expect(row[0]).toBeGreaterThan(0);
    }
  });

  test('95 % intervals contain the true parameters and the full-data fit', () => {
    const { intervals } = first;
    for (const key of ['E', 'A', 'B', 'alpha', 'beta'] as const) {
      expect(intervals[key].lo).toBeLessThanOrEqual(ref.truth[key]);
      expect(intervals[key].hi).toBeGreaterThanOrEqual(ref.truth[key]);
      expect(intervals[key].lo).toBeLessThanOrEqual(first.fit[key]);
      expect(intervals[key].hi).toBeGreaterThanOrEqual(first.fit[key]);
      expect(intervals[key].lo).toBeLessThan(intervals[key].hi);
    }
    const exponent = ref.truth.beta / (ref.truth.alpha + ref.truth.beta);
    expect(intervals.exponent.lo).toBeLessThanOrEqual(exponent);
    expect(intervals.exponent.hi).toBeGreaterThanOrEqual(exponent);
    const tpp = computeOptimal(ref.truth, Float64Array.of(first.referenceCompute)).tokensPerParam[0];
    expect(intervals.tokensPerParam.lo).toBeLessThanOrEqual(tpp);
    expect(intervals.tokensPerParam.hi).toBeGreaterThanOrEqual(tpp);
  });

  test('a narrower level gives a narrower interval', () => {
    const wide = run(3);
    const narrow = run(3, 20, 0.5);
    expect(narrow.percentiles).toEqual([25, 75]);
    expect(narrow.intervals.alpha.hi - narrow.intervals.alpha.lo).toBeLessThan(wide.intervals.alpha.hi - wide.intervals.alpha.lo);
    expect(narrow.intervals.alpha.median).toBe(wide.intervals.alpha.median);
  });

  test('frontier bands bracket the full-data frontier and match the per-compute percentiles', () => {
    const computes = Float64Array.of(1e19, 1e21, 1e23);
    const band = optimalFrontierBand(first.fits, computes);
    const full = computeOptimal(first.fit, computes);
    for (let i = 0; i < 3; i++) {
      expect(band.N.lo[i]).toBeLessThan(full.N[i]);
      expect(band.N.hi[i]).toBeGreaterThan(full.N[i]);
      expect(band.loss.lo[i]).toBeLessThan(band.loss.hi[i]);
    }
    // The median band at 1e21 FLOPs is the median of the 200 resamples' N_opt, computed here directly.
    const Ns = Array.from({ length: 200 }, (_, r) => {
      const [E, A, B, alpha, beta] = first.fits.subarray(r * FIT_STRIDE, r * FIT_STRIDE + 5);
      return computeOptimal({ E, A, B, alpha, beta }, Float64Array.of(1e21)).N[0];
    }).sort((a, b) => a - b);
    expect(band.N.median[1] / percentileSorted(Ns, 50)).toBeCloseTo(1, 12);
    expect(() => optimalFrontierBand(new Float64Array(5), computes)).toThrow(/fits must be/);
  });

  test('each resample is a real optimum: no resample beats its own refit from the truth', () => {
    // Refit 10 resamples from the true parameters only; the bootstrap's objective must be as good.
    const few = bootstrapChinchilla(ref.points, { resamples: 10, seed: 9, minima });
    const warmOnly = bootstrapChinchilla(ref.points, { resamples: 10, seed: 9, minima: [{ ...ref.truth, objective: 1 }] });
    for (let r = 0; r < 10; r++) {
      expect(few.fits[r * FIT_STRIDE + 5]).toBeLessThanOrEqual(warmOnly.fits[r * FIT_STRIDE + 5] * (1 + 1e-9));
    }
  });
});

describe('bootstrapChinchilla validation and progress', () => {
  const points = Array.from({ length: 12 }, (_, i) => {
    const N = 1e8 * 2 ** (i % 4);
    const D = 2e9 * 3 ** Math.floor(i / 4);
    return { N, D, loss: 1.7 + 400 / N ** 0.34 + 400 / D ** 0.28 };
  });

  test('reports progress, at most ~100 calls, ending with 1', () => {
    const seen: number[] = [];
    bootstrapChinchilla(points, { resamples: 10, onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeLessThanOrEqual(101);
    expect(seen[seen.length - 1]).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]);
  });

  test('invalid options name the option', () => {
    expect(() => bootstrapChinchilla(points, { resamples: 5 })).toThrow(/options.resamples/);
    expect(() => bootstrapChinchilla(points, { seed: 0.5 })).toThrow(/options.seed/);
    expect(() => bootstrapChinchilla(points, { percentiles: [90, 10] })).toThrow(/options.percentiles/);
    expect(() => bootstrapChinchilla(points, { level: 1 })).toThrow(/options.level/);
    expect(() => bootstrapChinchilla(points, { referenceCompute: -1 })).toThrow(/options.referenceCompute/);
    expect(() => bootstrapChinchilla(points, { minima: [] })).toThrow(/options.minima/);
    expect(() => bootstrapChinchilla(points.slice(0, 3))).toThrow(/at least 5 points/);
  });
});
