/**
 * Bootstrap intervals for the Chinchilla fit (as Besiroglu et al. 2024 do): resample the runs with
 * replacement, refit each resample, and read percentiles of the parameters and of derived quantities.
 */
import { chinchillaMinimaOfLogData, findChinchillaMinima, type ChinchillaFit, type ScalingPoint } from './chinchilla.ts';
import { toLogData, weightedLogData } from './objective.ts';
import { computeOptimal } from './optimal.ts';
import { progressReporter } from '../numerics/lbfgsMultistart.ts';
import { uniformStream } from '../numerics/random.ts';

/** Column order of the flat `fits` array: one row of FIT_STRIDE numbers per resample. */
export const FIT_FIELDS = ['E', 'A', 'B', 'alpha', 'beta', 'objective'] as const;
/** Numbers per resample in `fits`. */
export const FIT_STRIDE = FIT_FIELDS.length;

/** Options of {@link bootstrapChinchilla}. */
export interface BootstrapOptions {
  /** Number of resamples (default 200; at least 10). */
  resamples?: number;
  /** Seed of the resampling PRNG (default 1); the same seed gives the same result. */
  seed?: number;
  /** Lower and upper percentiles in [0, 100] (default [2.5, 97.5]); overrides `level`. */
  percentiles?: [number, number];
  /** Central interval level in (0, 1), e.g. 0.9 → [5, 95] (default 0.95). */
  level?: number;
  /** Compute (FLOPs) at which tokens-per-parameter is reported (default 5.76e23, Chinchilla's budget). */
  referenceCompute?: number;
  /** Huber δ (default 1e-3). */
  delta?: number;
  /** Full-data minima from findChinchillaMinima, if already computed (saves the 4 500-start fit). */
  minima?: ChinchillaFit[];
  /** Called with the fraction done (≤ ~100 calls). */
  onProgress?: (fraction: number) => void;
}

/** A percentile interval and the median. */
export interface Interval { lo: number; median: number; hi: number }

/** Quantities with bootstrap intervals. */
export type BootstrapQuantity = 'E' | 'A' | 'B' | 'alpha' | 'beta' | 'exponent' | 'tokensPerParam';

/** Full-data fit, the raw resample fits (flat, FIT_FIELDS order) and percentile intervals. */
export interface BootstrapResult {
  fit: ChinchillaFit;
  fits: Float64Array;
  resamples: number;
  percentiles: [number, number];
  referenceCompute: number;
  /** exponent: a = β/(α+β) of N_opt ∝ C^a; tokensPerParam: D_opt/N_opt at referenceCompute. */
  intervals: Record<BootstrapQuantity, Interval>;
}

/** Lower, median and upper percentile curves (one value per compute). */
export interface Band { lo: Float64Array; median: Float64Array; hi: Float64Array }

/**
 * Percentile bands of the compute-optimal frontier over bootstrap fits (rows of `fits` in FIT_FIELDS
 * order): at each compute C, percentiles of N_opt(C), D_opt(C), D_opt/N_opt and L(N_opt, D_opt) from
 * computeOptimal (Hoffmann et al. eq. 4); rows with α or β ≤ 0 have no optimum and are skipped (`used`
 * counts the rest).
 */
export function optimalFrontierBand(
  fits: Float64Array, computes: Float64Array, percentiles: [number, number] = [2.5, 97.5],
): { N: Band; D: Band; loss: Band; tokensPerParam: Band; used: number } {
  if (!(fits instanceof Float64Array) || fits.length === 0 || fits.length % FIT_STRIDE !== 0) {
    throw new Error(`fits must be a non-empty Float64Array of rows of ${FIT_STRIDE} numbers (${FIT_FIELDS.join(', ')})`);
  }
  const [pLo, pHi] = percentiles;
  if (!(pLo >= 0 && pHi <= 100 && pLo < pHi)) throw new Error(`percentiles must be [lo, hi] with 0 ≤ lo < hi ≤ 100, got [${pLo}, ${pHi}]`);
  const rows: ReturnType<typeof computeOptimal>[] = [];
  for (let r = 0; r < fits.length / FIT_STRIDE; r++) {
    const [E, A, B, alpha, beta] = fits.subarray(r * FIT_STRIDE, r * FIT_STRIDE + 5);
    if (alpha > 0 && beta > 0 && A > 0 && B > 0) rows.push(computeOptimal({ E, A, B, alpha, beta }, computes));
  }
  if (rows.length === 0) throw new Error('fits has no row with α, β > 0 (no compute-optimal frontier)');
  const band = (key: 'N' | 'D' | 'loss' | 'tokensPerParam'): Band => {
    const out = { lo: new Float64Array(computes.length), median: new Float64Array(computes.length), hi: new Float64Array(computes.length) };
    const column = new Float64Array(rows.length);
    for (let i = 0; i < computes.length; i++) {
      rows.forEach((row, r) => { column[r] = row[key][i]; });
      column.sort();
      out.lo[i] = percentileSorted(column, pLo);
      out.median[i] = percentileSorted(column, 50);
      out.hi[i] = percentileSorted(column, pHi);
    }
    return out;
  };
  return { N: band('N'), D: band('D'), loss: band('loss'), tokensPerParam: band('tokensPerParam'), used: rows.length };
}

/** Percentile p ∈ [0, 100] of sorted values, linear interpolation between order statistics (NumPy's default). */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error('percentile of an empty sample');
  const rank = (p / 100) * (n - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
}

function interval(values: Float64Array, [pLo, pHi]: [number, number]): Interval {
  if (values.length === 0) return { lo: NaN, median: NaN, hi: NaN }; // e.g. no resample had α, β > 0
  const sorted = Float64Array.from(values).sort();
  return { lo: percentileSorted(sorted, pLo), median: percentileSorted(sorted, 50), hi: percentileSorted(sorted, pHi) };
}

function checkOptions(options: BootstrapOptions): { resamples: number; seed: number; pct: [number, number]; refC: number } {
  const resamples = options.resamples ?? 200;
  if (!Number.isInteger(resamples) || resamples < 10 || resamples > 100_000) {
    throw new Error(`options.resamples must be an integer in [10, 100000], got ${resamples}`);
  }
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new Error(`options.seed must be an integer, got ${seed}`);
  let pct: [number, number];
  if (options.percentiles !== undefined) {
    const [lo, hi] = options.percentiles;
    if (!(lo >= 0 && hi <= 100 && lo < hi)) throw new Error(`options.percentiles must be [lo, hi] with 0 ≤ lo < hi ≤ 100, got [${lo}, ${hi}]`);
    pct = [lo, hi];
  } else {
    const level = options.level ?? 0.95;
    if (!(level > 0 && level < 1)) throw new Error(`options.level must be in (0, 1), got ${level}`);
    const round = (v: number) => Math.round(v * 1e9) / 1e9; // 0.95 → [2.5, 97.5] exactly
    pct = [round(50 * (1 - level)), round(50 * (1 + level))];
  }
  const refC = options.referenceCompute ?? 5.76e23;
  if (!Number.isFinite(refC) || refC <= 0) throw new Error(`options.referenceCompute must be a finite positive FLOP count, got ${refC}`);
  return { resamples, seed, pct, refC };
}

/**
 * Bootstrap of fitChinchilla: each resample (points drawn with replacement, seeded Mulberry32) is
 * refitted from the full-data minima (warm starts) plus the 243-point 'coarse' grid: ranked by f, the
 * best 24 moved 2 L-BFGS iterations, the best 3 run to convergence; percentiles interpolate linearly.
 */
export function bootstrapChinchilla(points: ScalingPoint[], options: BootstrapOptions = {}): BootstrapResult {
  const { resamples, seed, pct, refC } = checkOptions(options);
  const data = toLogData(points);
  const delta = options.delta ?? 1e-3;
  const report = progressReporter(options.onProgress);
  const fullShare = options.minima ? 0 : 0.25; // the full 4 500-start fit costs about 50 resamples
  const minima = options.minima ?? findChinchillaMinima(points, { delta, onProgress: (f) => report(f * fullShare) });
  if (!Array.isArray(minima) || minima.length === 0) throw new Error('options.minima must be a non-empty array of fits');
  const fit = minima[0];
  // Warm starts: the best full-data minimum and any other within a factor 3 of its objective.
  const warm = minima.filter((m) => m.objective <= 3 * fit.objective).slice(0, 4);

  const rand = uniformStream(seed);
  const n = points.length;
  const counts = new Float64Array(n);
  const fits = new Float64Array(resamples * FIT_STRIDE);
  for (let r = 0; r < resamples; r++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[Math.floor(rand() * n)]++;
    const best = chinchillaMinimaOfLogData(weightedLogData(data, counts), {
      delta, grid: 'coarse', starts: warm, stages: [{ iterations: 0, keep: 24 }, { iterations: 2, keep: 3 }],
    })[0];
    FIT_FIELDS.forEach((key, k) => { fits[r * FIT_STRIDE + k] = best[key]; });
    report(fullShare + ((1 - fullShare) * (r + 1)) / resamples);
  }

  const column = (k: number) => Float64Array.from({ length: resamples }, (_, r) => fits[r * FIT_STRIDE + k]);
  const alpha = column(3);
  const beta = column(4);
  const exponent = alpha.map((a, r) => beta[r] / (a + beta[r]));
  const tokensPerParam = Float64Array.from({ length: resamples }, (_, r) => {
    const row = fits.subarray(r * FIT_STRIDE, (r + 1) * FIT_STRIDE);
    const ok = row[3] > 0 && row[4] > 0; // a fit with α or β ≤ 0 has no compute-optimal point
    return ok ? computeOptimal({ E: row[0], A: row[1], B: row[2], alpha: row[3], beta: row[4] }, Float64Array.of(refC)).tokensPerParam[0] : NaN;
  });
  report(1);
  return {
    fit, fits, resamples, percentiles: pct, referenceCompute: refC,
    intervals: {
      E: interval(column(0), pct), A: interval(column(1), pct), B: interval(column(2), pct),
      alpha: interval(alpha, pct), beta: interval(beta, pct),
      exponent: interval(exponent, pct), tokensPerParam: interval(tokensPerParam.filter((v) => !Number.isNaN(v)), pct),
    },
  };
}
