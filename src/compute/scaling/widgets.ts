/**
 * Thin adapters between the scaling kernels and the three scaling-laws widgets. Each returns plain
 * data the worker can send as it is (typed arrays, numbers, small objects). Kernels that run as
 * cancellable jobs take the progress callback as their LAST positional argument, as the worker
 * client's `Channel.job` expects. The built-in data (Epoch AI's extraction of Hoffmann et al.'s
 * Figure 4) reaches them as text through {@link scalingKernels}, so this module stays pure.
 */
import { parseScalingCsv } from './csv.ts';
import { findChinchillaMinima, EPOCH_FIT, HOFFMANN_FIT, type ChinchillaFit, type ScalingPoint } from './chinchilla.ts';
import { bootstrapChinchilla, optimalFrontierBand, type Band, type BootstrapQuantity, type Interval } from './bootstrap.ts';
import { computeOptimal, predictLoss, type LossSurface } from './optimal.ts';
import { simulateQuanta, type QuantaResult } from './quanta.ts';

type Progress = (fraction: number) => void;

/** How many of the highest-loss runs the replication left out (Besiroglu et al. 2024). */
export const LEAVE_OUT = 5;
/** Chinchilla's training budget in FLOPs (Hoffmann et al. 2022), where tokens per parameter are quoted. */
export const CHINCHILLA_COMPUTE = 5.76e23;

/** Which data to fit and how: `csv` null means the built-in Chinchilla points. */
export interface ScalingDataRequest {
  csv: string | null;
  /** Leave out the LEAVE_OUT runs with the highest loss before fitting. */
  dropHighest: boolean;
  /** Huber δ on the log residual. */
  delta: number;
}

/** The points read, which were left out, and how many rows the parser rejected. */
export interface ScalingData {
  points: ScalingPoint[];
  /** 1 where the point is left out of the fit. */
  left: Uint8Array;
  /** Rows the parser rejected (the view lists them itself; here only the count matters). */
  rejected: number;
}

/** Indices of the `count` highest losses (ties keep file order). */
export function highestLoss(points: readonly ScalingPoint[], count: number): number[] {
  return points
    .map((p, i) => i)
    .sort((i, j) => points[j].loss - points[i].loss || i - j)
    .slice(0, count);
}

/** Parses the request's CSV (or the built-in text) and marks the points to leave out. */
export function loadScalingData(csv: string | null, dropHighest: boolean, builtinCsv: string): ScalingData {
  const { points, errors } = parseScalingCsv(csv ?? builtinCsv);
  if (points.length < 5) {
    const why = errors.length > 0 ? ` (first problem, line ${errors[0].line}: ${errors[0].message})` : '';
    throw new Error(`The data has ${points.length} usable rows; the fit needs at least 5${why}.`);
  }
  const left = new Uint8Array(points.length);
  if (dropHighest) {
    if (points.length < LEAVE_OUT + 5) throw new Error(`Leaving out the ${LEAVE_OUT} highest-loss runs needs at least ${LEAVE_OUT + 5} rows; untick it.`);
    for (const i of highestLoss(points, LEAVE_OUT)) left[i] = 1;
  }
  return { points, left, rejected: errors.length };
}

const kept = (d: ScalingData) => d.points.filter((_, i) => d.left[i] === 0);

/** The exponent a of N_opt ∝ Cᵃ and D/N at Chinchilla's budget, for a loss surface. */
export interface Allocation { exponentN: number; tokensPerParam: number }

function allocation(fit: LossSurface): Allocation {
  if (!(fit.alpha > 0 && fit.beta > 0)) return { exponentN: NaN, tokensPerParam: NaN };
  const o = computeOptimal(fit, Float64Array.of(CHINCHILLA_COMPUTE));
  return { exponentN: o.a, tokensPerParam: o.tokensPerParam[0] };
}

/** One band of training-set sizes: its points and the fitted law L(N, D̄) at its geometric-mean D̄. */
export interface DBand { lo: number; hi: number; Dmid: number; curveN: Float64Array; curveLoss: Float64Array }

/** Everything the fit widget draws: points, fit, residuals, curves per D band, the alternative fit. */
export interface ScalingFitResult {
  N: Float64Array;
  D: Float64Array;
  loss: Float64Array;
  left: Uint8Array;
  /** Index into `bands` of each point. */
  band: Uint8Array;
  bands: DBand[];
  predicted: Float64Array;
  fit: ChinchillaFit;
  /** Distinct minima of the full-grid fit, best first (warm starts for the bootstrap). */
  minima: ChinchillaFit[];
  /** The same data fitted with the other choice of `dropHighest` (warm-started), or null when not possible. */
  other: ChinchillaFit | null;
  allocation: { ours: Allocation; hoffmann: Allocation; epoch: Allocation };
  published: typeof PUBLISHED;
  rejected: number;
  /** Milliseconds the full-grid fit took inside the worker. */
  fitMs: number;
}

/** Splits log D into up to `count` bands of equal width; returns each point's band and the band edges. */
export function dBands(D: Float64Array, count: number): { band: Uint8Array; edges: number[] } {
  let lo = Infinity, hi = -Infinity;
  for (const d of D) { lo = Math.min(lo, Math.log(d)); hi = Math.max(hi, Math.log(d)); }
  const k = hi - lo < 1e-9 ? 1 : count;
  const width = (hi - lo) / k || 1;
  const band = Uint8Array.from(D, (d) => Math.min(k - 1, Math.floor((Math.log(d) - lo) / width + 1e-9)));
  const edges = Array.from({ length: k + 1 }, (_, i) => Math.exp(lo + i * width));
  return { band, edges };
}

function logSpace(lo: number, hi: number, count: number): Float64Array {
  return Float64Array.from({ length: count }, (_, i) => Math.exp(Math.log(lo) + ((Math.log(hi) - Math.log(lo)) * i) / (count - 1)));
}

/**
 * Fits L = E + A/N^α + B/D^β (Hoffmann et al.'s 4 500-start grid, fitChinchilla's contract) to the
 * requested data; then refits with the other choice of leaving out the highest-loss runs, warm-started
 * from the first fit's minima plus the coarse grid, so the view can show how much that choice moves B.
 */
export function fitScalingData(req: ScalingDataRequest, builtinCsv: string, onProgress?: Progress): ScalingFitResult {
  const data = loadScalingData(req.csv, req.dropHighest, builtinCsv);
  const report = onProgress ?? (() => {});
  const t0 = performance.now();
  const minima = findChinchillaMinima(kept(data), { delta: req.delta, onProgress: (f) => report(0.9 * f) });
  const fitMs = performance.now() - t0;
  const fit = minima[0];
  let other: ChinchillaFit | null = null;
  if (req.dropHighest || data.points.length >= LEAVE_OUT + 5) {
    const alt = loadScalingData(req.csv, !req.dropHighest, builtinCsv);
    other = findChinchillaMinima(kept(alt), { delta: req.delta, grid: 'coarse', starts: minima.slice(0, 4) })[0];
  }
  report(1);
  const { points } = data;
  const N = Float64Array.from(points, (p) => p.N);
  const D = Float64Array.from(points, (p) => p.D);
  const { band, edges } = dBands(D, 5);
  const nMin = Math.min(...N), nMax = Math.max(...N);
  const curveN = logSpace(nMin / 1.5, nMax * 1.5, 60);
  const bands: DBand[] = edges.slice(0, -1).map((lo, k) => {
    const Dmid = Math.sqrt(lo * edges[k + 1]);
    return { lo, hi: edges[k + 1], Dmid, curveN, curveLoss: curveN.map((n) => predictLoss(fit, n, Dmid)) };
  });
  return {
    N, D, loss: Float64Array.from(points, (p) => p.loss), left: data.left, band, bands,
    predicted: Float64Array.from(points, (p) => predictLoss(fit, p.N, p.D)),
    fit, minima, other,
    allocation: { ours: allocation(fit), hoffmann: allocation(HOFFMANN_FIT), epoch: allocation(EPOCH_FIT) },
    published: PUBLISHED, rejected: data.rejected, fitMs,
  };
}

/** A bootstrap request: the same data as the fit, plus the number of resamples and the full fit's minima. */
export interface ScalingBootstrapRequest extends ScalingDataRequest {
  resamples: number;
  seed: number;
  minima: ChinchillaFit[];
}

/** 95% percentile intervals of the parameters and derived quantities, with the kernel's time. */
export interface ScalingBootstrapResult {
  resamples: number;
  intervals: Record<BootstrapQuantity, Interval>;
  ms: number;
}

/** bootstrapChinchilla on the requested data (Besiroglu et al. 2024's percentile intervals), warm-started. */
export function bootstrapScalingData(req: ScalingBootstrapRequest, builtinCsv: string, onProgress?: Progress): ScalingBootstrapResult {
  const data = loadScalingData(req.csv, req.dropHighest, builtinCsv);
  const t0 = performance.now();
  const r = bootstrapChinchilla(kept(data), {
    resamples: req.resamples, seed: req.seed, delta: req.delta, minima: req.minima.length > 0 ? req.minima : undefined, onProgress,
  });
  return { resamples: r.resamples, intervals: r.intervals, ms: performance.now() - t0 };
}

/** A bootstrap of the frontier: the fit's data and resamples, and the compute grid of optimalFrontiers. */
export interface FrontierBandsRequest extends ScalingDataRequest {
  resamples: number;
  seed: number;
  cMin: number;
  cMax: number;
  points: number;
}

/** 95% percentile bands of N_opt(C), D_opt(C) and D/N over the resamples' refits, on the grid C. */
export interface FrontierBands {
  C: Float64Array;
  N: Band;
  D: Band;
  tokensPerParam: Band;
  /** The full-data fit the resamples were warm-started from. */
  fit: ChinchillaFit;
  resamples: number;
  /** Resamples with a compute-optimal frontier (α, β > 0). */
  used: number;
  percentiles: [number, number];
  /** The same percentiles at Chinchilla's budget, C = 5.76e23. */
  atChinchilla: { N: Interval; D: Interval; tokensPerParam: Interval };
}

/**
 * Bootstrap bands of the compute-optimal frontier (Besiroglu et al. 2024 bootstrap the refit; the bands
 * are optimalFrontierBand of its resample fits): the full 4 500-start fit, then each resample refitted.
 * A cancellable job: progress is the last argument.
 */
export function frontierBands(req: FrontierBandsRequest, builtinCsv: string, onProgress?: Progress): FrontierBands {
  if (!(req.cMin > 0 && req.cMax > req.cMin)) throw new Error(`cMin and cMax must satisfy 0 < cMin < cMax, got ${req.cMin}, ${req.cMax}`);
  if (!Number.isInteger(req.points) || req.points < 2 || req.points > 2000) throw new Error(`points must be an integer in [2, 2000], got ${req.points}`);
  const data = loadScalingData(req.csv, req.dropHighest, builtinCsv);
  const boot = bootstrapChinchilla(kept(data), { resamples: req.resamples, seed: req.seed, delta: req.delta, onProgress });
  const C = logSpace(req.cMin, req.cMax, req.points);
  const band = optimalFrontierBand(boot.fits, C, boot.percentiles);
  const at = optimalFrontierBand(boot.fits, Float64Array.of(CHINCHILLA_COMPUTE), boot.percentiles);
  const point = (b: Band): Interval => ({ lo: b.lo[0], median: b.median[0], hi: b.hi[0] });
  return {
    C, N: band.N, D: band.D, tokensPerParam: band.tokensPerParam, fit: boot.fit,
    resamples: boot.resamples, used: band.used, percentiles: boot.percentiles,
    atChinchilla: { N: point(at.N), D: point(at.D), tokensPerParam: point(at.tokensPerParam) },
  };
}

/** The frontier of one loss surface over the compute grid, and its values at Chinchilla's budget. */
export interface Frontier {
  N: Float64Array;
  D: Float64Array;
  tokensPerParam: Float64Array;
  loss: Float64Array;
  /** N_opt ∝ Cᵃ, D_opt ∝ Cᵇ. */
  a: number;
  b: number;
  atChinchilla: { N: number; D: number; tokensPerParam: number; loss: number };
}

/** The published fits, sent with results so the views show the kernels' own constants. */
export const PUBLISHED = { hoffmann: HOFFMANN_FIT, epoch: EPOCH_FIT };

/** Frontiers of Hoffmann et al.'s and the replication's laws, and of the reader's own when given. */
export interface OptimalView {
  C: Float64Array;
  hoffmann: Frontier;
  epoch: Frontier;
  custom: Frontier | null;
  published: typeof PUBLISHED;
}

function frontier(fit: LossSurface, C: Float64Array): Frontier {
  const o = computeOptimal(fit, C);
  const ref = computeOptimal(fit, Float64Array.of(CHINCHILLA_COMPUTE));
  return {
    N: o.N, D: o.D, tokensPerParam: o.tokensPerParam, loss: o.loss, a: o.a, b: o.b,
    atChinchilla: { N: ref.N[0], D: ref.D[0], tokensPerParam: ref.tokensPerParam[0], loss: ref.loss[0] },
  };
}

/**
 * Compute-optimal frontiers (Hoffmann et al. 2022, eq. 4, with C = 6ND) on `points` log-spaced computes
 * in [cMin, cMax], for the two published laws and the reader's own (`custom`, or null).
 */
export function optimalFrontiers(req: { custom: LossSurface | null; cMin: number; cMax: number; points: number }): OptimalView {
  if (!(req.cMin > 0 && req.cMax > req.cMin)) throw new Error(`cMin and cMax must satisfy 0 < cMin < cMax, got ${req.cMin}, ${req.cMax}`);
  if (!Number.isInteger(req.points) || req.points < 2 || req.points > 2000) throw new Error(`points must be an integer in [2, 2000], got ${req.points}`);
  const C = logSpace(req.cMin, req.cMax, req.points);
  return {
    C, hoffmann: frontier(HOFFMANN_FIT, C), epoch: frontier(EPOCH_FIT, C),
    custom: req.custom ? frontier(req.custom, C) : null, published: PUBLISHED,
  };
}

/** A straight line on log-log axes: two end points. */
export interface LogLine { x: [number, number]; y: [number, number] }

/** The quanta simulation plus, for n and D, the fitted and the theoretical power laws over the fit range. */
export interface QuantaView extends QuantaResult {
  lines: { fitN: LogLine; theoryN: LogLine; fitD: LogLine; theoryD: LogLine };
}

/** Lines of slope −fitted and −theory through the centre (in log space) of the points with x in [lo, hi]. */
export function powerLines(x: Float64Array, y: Float64Array, lo: number, hi: number, fitted: number, theory: number): { fit: LogLine; theory: LogLine } {
  let n = 0, mx = 0, my = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] < lo || x[i] > hi || !(y[i] > 0)) continue;
    n++; mx += Math.log(x[i]); my += Math.log(y[i]);
  }
  mx /= n || 1; my /= n || 1;
  const line = (slope: number): LogLine => ({
    x: [lo, hi],
    y: [Math.exp(my - slope * (Math.log(lo) - mx)), Math.exp(my - slope * (Math.log(hi) - mx))],
  });
  return { fit: line(Number.isFinite(fitted) ? fitted : theory), theory: line(theory) };
}

/** simulateQuanta (Michaud et al. 2023) with α, K quanta and a seed, plus the lines the plot draws. */
export function quantaCurves(req: { alpha: number; K: number; seed: number }): QuantaView {
  const r = simulateQuanta({ alpha: req.alpha, K: req.K, seed: req.seed });
  const [lo, hi] = r.fitRange;
  const n = powerLines(r.n, r.lossN, lo, hi, r.exponentN, r.theoryExponentN);
  // Quantum k is learned (τ = 1) once D·p_k ≥ 1: n quanta held ⇔ D ≥ 1/p_n, so the range in D is [1/p_lo, 1/p_hi].
  const dLo = 1 / r.frequencies[Math.round(lo) - 1], dHi = Math.min(1 / r.frequencies[Math.round(hi) - 1], r.D[r.D.length - 1]);
  const d = powerLines(r.D, r.lossDSampled, dLo, dHi, r.exponentDSampled, r.theoryExponentD);
  return { ...r, lines: { fitN: n.fit, theoryN: n.theory, fitD: d.fit, theoryD: d.theory } };
}

/** The jobs that read the built-in data, bound to its text (the worker's kernel table imports it raw). */
export function scalingKernels(builtinCsv: string) {
  return {
    fit: (req: ScalingDataRequest, onProgress?: Progress) => fitScalingData(req, builtinCsv, onProgress),
    bootstrap: (req: ScalingBootstrapRequest, onProgress?: Progress) => bootstrapScalingData(req, builtinCsv, onProgress),
    frontierBands: (req: FrontierBandsRequest, onProgress?: Progress) => frontierBands(req, builtinCsv, onProgress),
  };
}
