/**
 * The numbers behind a notebook's formula figures: a plot's curves at evenly spaced points, a map's
 * grid with its contour lines, a sequence's terms (in float64, or exactly in BigInt). Each compiles its
 * checked trees once and runs them a column of points at a time (plots, maps: columns.ts) or term by
 * term (sequences: evaluate.ts, exact.ts); non-finite values stay NaN/±∞
 * and are described in notes; a run past its time budget stops with what it has and says where.
 */
import { fail } from '../errors';
import { requireFinite } from '../numerics/checks';
import { contourLevels, contourLines, type ContourLines } from './contours';
import { compileExact, ExactError, type ExactTermStore } from './exact';
import { compileColumns } from './columns';
import { compileFloat, slotsFor, TermIndexError, type TermStore } from './evaluate';
import { findGaps, formatNumber } from './gaps';
import type { FigureCut, FigureNote } from './notes';
import { LIMITS, type MapPlan, type PlotPlan, type RangePlan, type ReadoutPlan, type SequencePlan } from './plan';

/** Parameter values by name, as the widget's controls hold them. */
export type ParamValuesIn = Readonly<Record<string, number>>;

/** Default time a figure may take before it is cut short. */
export const BUDGET_MS = 2000;

/** The parameters' values in `env` order; a missing or non-finite one is an error naming it. */
function paramEnv(params: readonly string[], values: ParamValuesIn, extra: number): Float64Array {
  const env = new Float64Array(params.length + extra);
  params.forEach((name, i) => (env[i] = requireFinite(`values.${name}`, values[name])));
  return env;
}

/** The readouts' values (formulas of the parameters alone). */
function readouts(readout: readonly ReadoutPlan[], params: readonly string[], env: Float64Array): number[] {
  const slots = slotsFor(params);
  return readout.map((r) => compileFloat(r.value, slots)(env));
}

/** A range's ends, evaluated, checked and sampled: `points` values, evenly spaced (in log x when `log`). */
export function sampleRange(range: RangePlan, params: readonly string[], env: Float64Array): Float64Array {
  const slots = slotsFor(params);
  const from = compileFloat(range.from, slots)(env);
  const to = compileFloat(range.to, slots)(env);
  const s = range.symbol;
  if (!Number.isFinite(from) || !Number.isFinite(to)) fail('rangeNotFinite', s, formatNumber(from), formatNumber(to));
  if (!(to > from)) fail('rangeEmpty', s, formatNumber(from), formatNumber(to));
  if (range.log && !(from > 0)) fail('logRangeStart', s, formatNumber(from));
  const n = range.points;
  const out = new Float64Array(n);
  const [a, b] = range.log ? [Math.log(from), Math.log(to)] : [from, to];
  for (let k = 0; k < n; k++) {
    const t = a + ((b - a) * k) / (n - 1);
    out[k] = range.log ? Math.exp(t) : t;
  }
  // The ends exactly as given (exp(log(x)) may differ in the last bit).
  out[0] = from;
  out[n - 1] = to;
  return out;
}

/** Points evaluated per column call: the clock is read between chunks. */
const CHUNK = 1024;

/** A stopwatch: `over()` is true once the budget is spent (checked every so many points). */
function stopwatch(budgetMs: number) {
  const start = performance.now();
  return { over: () => performance.now() - start > budgetMs, seconds: () => ((performance.now() - start) / 1000).toFixed(1) };
}

export interface PlotResult {
  x: Float64Array;
  /** Per curve: y at each x (and x for a parametric curve). */
  curves: { x: Float64Array | null; y: Float64Array }[];
  readout: number[];
  notes: FigureNote[];
  /** Set when the time budget ran out: what was left out. */
  cut: FigureCut | null;
}

/** Evaluates every curve at the range's points. */
export function samplePlot(plan: PlotPlan, values: ParamValuesIn, budgetMs = BUDGET_MS): PlotResult {
  const env = paramEnv(plan.params, values, 1);
  const xs = sampleRange(plan.x, plan.params, env);
  const slots = slotsFor([...plan.params, plan.x.symbol]);
  const clock = stopwatch(budgetMs);
  let cut: FigureCut | null = null;
  const curves = plan.curves.map((curve) => {
    const fy = compileColumns(curve.y, slots, plan.x.symbol);
    const fx = curve.x ? compileColumns(curve.x, slots, plan.x.symbol) : null;
    const y = new Float64Array(xs.length).fill(NaN);
    const x = fx ? new Float64Array(xs.length).fill(NaN) : null;
    // A chunk of points at a time, the clock read after each full one.
    for (let k = 0; k < xs.length && !cut; k += CHUNK) {
      const n = Math.min(CHUNK, xs.length - k);
      const column = xs.subarray(k, k + n);
      y.set(fy(env, column, n).subarray(0, n), k);
      if (x) x.set(fx!(env, column, n).subarray(0, n), k);
      if (n === CHUNK && clock.over()) cut = { seconds: clock.seconds(), symbol: plan.x.symbol, at: formatNumber(xs[k + n - 1]), rest: 'curves' };
    }
    return { x, y };
  });
  const notes: FigureNote[] = [];
  plan.curves.forEach((curve, i) => {
    const { x, y } = curves[i];
    const note = findGaps(curve.label, plan.x.symbol, xs, x ? y.map((v, k) => (Number.isFinite(x[k]) ? v : NaN)) : y);
    if (note) notes.push(note);
  });
  return { x: xs, curves, readout: readouts(plan.readout, plan.params, env), notes, cut };
}

export interface MapResult {
  x: Float64Array;
  y: Float64Array;
  /** z at (x[i], y[j]) stored at j·nx + i. */
  z: Float64Array;
  /** Extremes of the finite values (NaN when there are none). */
  zMin: number;
  zMax: number;
  contours: ContourLines;
  readout: number[];
  notes: FigureNote[];
  cut: FigureCut | null;
}

/**
 * How far (in grid cells) a drawn contour may stray from the traced one: a tenth of a cell, under a
 * pixel on any screen, drops nine points in ten of a smooth line, which the page would otherwise turn
 * into path text, parse and paint on every input.
 */
export const CONTOUR_TOLERANCE = 0.1;

/** Evaluates z on the grid and traces its contour lines. */
export function sampleMap(plan: MapPlan, values: ParamValuesIn, budgetMs = BUDGET_MS): MapResult {
  const env = paramEnv(plan.params, values, 2);
  const xs = sampleRange(plan.x, plan.params, env);
  const ys = sampleRange(plan.y, plan.params, env);
  const np = plan.params.length;
  const fz = compileColumns(plan.z, slotsFor([...plan.params, plan.x.symbol, plan.y.symbol]), plan.x.symbol);
  const nx = xs.length, ny = ys.length;
  const z = new Float64Array(nx * ny).fill(NaN);
  const clock = stopwatch(budgetMs);
  let cut: FigureCut | null = null;
  let zMin = Infinity, zMax = -Infinity, missing = 0;
  for (let j = 0; j < ny && !cut; j++) {
    env[np + 1] = ys[j];
    const row = fz(env, xs, nx);
    for (let i = 0; i < nx; i++) {
      const v = row[i];
      z[j * nx + i] = v;
      if (Number.isFinite(v)) {
        if (v < zMin) zMin = v;
        if (v > zMax) zMax = v;
      } else missing++;
    }
    if (clock.over()) cut = { seconds: clock.seconds(), symbol: plan.y.symbol, at: formatNumber(ys[j]), rest: 'cells' };
  }
  const notes: FigureNote[] = missing ? [{ kind: 'blankCells', missing, total: nx * ny }] : [];
  if (zMin > zMax) zMin = zMax = NaN;
  const contours = contourLines(xs, ys, z, Number.isFinite(zMin) ? contourLevels(zMin, zMax, plan.contours) : [], CONTOUR_TOLERANCE);
  return { x: xs, y: ys, z, zMin, zMax, contours, readout: readouts(plan.readout, plan.params, env), notes, cut };
}

export interface SequenceResult {
  n: Float64Array;
  /** Per sequence: each term as a float64 (exact terms rounded; beyond its range ±∞). */
  values: Float64Array[];
  /** Exact mode: each term's decimal digits (empty where it could not be computed). */
  exact: string[][] | null;
  readout: number[];
  notes: FigureNote[];
  cut: FigureCut | null;
}

/** The range n = from … to of a sequence, checked: whole numbers, at most LIMITS.sequenceTerms terms. */
function termRange(plan: SequencePlan, env: Float64Array): [number, number] {
  const slots = slotsFor(plan.params);
  const from = compileFloat(plan.n.from, slots)(env);
  const to = compileFloat(plan.n.to, slots)(env);
  const s = plan.n.symbol;
  if (!Number.isInteger(from) || !Number.isInteger(to)) fail('sequenceNotWhole', s, formatNumber(from), formatNumber(to));
  if (to < from) fail('rangeEmpty', s, String(from), String(to));
  if (to - from + 1 > LIMITS.sequenceTerms) fail('sequenceTooLong', to - from + 1, LIMITS.sequenceTerms);
  return [from, to];
}

/** Computes every sequence of the plan for n = from … to. */
export function sampleSequence(plan: SequencePlan, values: ParamValuesIn, budgetMs = BUDGET_MS): SequenceResult {
  const env = paramEnv(plan.params, values, 1);
  const [from, to] = termRange(plan, env);
  const count = to - from + 1;
  const n = Float64Array.from({ length: count }, (_, k) => from + k);
  const clock = stopwatch(budgetMs);
  const notes: FigureNote[] = [];
  let cut: FigureCut | null = null;
  const slots = slotsFor([...plan.params, plan.n.symbol]);
  const sym = plan.n.symbol;
  const floats: Float64Array[] = [];
  const exact: string[][] | null = plan.exact ? [] : null;

  plan.sequences.forEach((def) => {
    const y = new Float64Array(count).fill(NaN);
    const digits: string[] = plan.exact ? new Array<string>(count).fill('') : [];
    let stoppedAt: FigureNote | null = null;
    if (plan.exact) {
      const params = plan.params.map((name, i) => {
        if (!Number.isInteger(env[i])) fail('exactNotWhole', name, formatNumber(env[i]));
        return BigInt(env[i]);
      });
      const store: ExactTermStore = { from, values: [], next: from };
      const f = compileExact('term' in def ? def.term : def.recurrence, slots, store);
      const initial = 'initial' in def ? def.initial.map((v) => BigInt(v)) : [];
      const bigEnv = [...params, 0n];
      for (let k = 0; k < count && !cut; k++) {
        store.next = from + k;
        bigEnv[params.length] = BigInt(from + k);
        let v: bigint;
        try {
          v = k < initial.length ? initial[k] : f(bigEnv);
        } catch (err) {
          if (!(err instanceof ExactError)) throw err;
          stoppedAt = { kind: 'stopped', label: def.label, symbol: sym, at: from + k, why: err.coded };
          break;
        }
        store.values.push(v);
        y[k] = Number(v);
        digits[k] = v.toString();
        if ((k & 63) === 63 && clock.over()) cut = { seconds: clock.seconds(), symbol: sym, at: String(from + k), rest: 'terms' };
      }
    } else {
      const store: TermStore = { from, values: y, next: from };
      const f = compileFloat('term' in def ? def.term : def.recurrence, slots, store);
      const initial = 'initial' in def ? def.initial.map(Number) : [];
      const at = plan.params.length;
      for (let k = 0; k < count && !cut; k++) {
        store.next = from + k;
        env[at] = from + k;
        try {
          y[k] = k < initial.length ? initial[k] : f(env);
        } catch (err) {
          if (!(err instanceof TermIndexError)) throw err;
          stoppedAt = { kind: 'stopped', label: def.label, symbol: sym, at: from + k, why: err.coded };
          break;
        }
        if ((k & 1023) === 1023 && clock.over()) cut = { seconds: clock.seconds(), symbol: sym, at: String(from + k), rest: 'terms' };
      }
    }
    if (stoppedAt) notes.push(stoppedAt);
    const gaps = findGaps(def.label, sym, n, y.map((v, k) => (digits[k] === '' && plan.exact ? 0 : v)));
    if (gaps) notes.push(gaps.kind === 'gaps' ? { ...gaps, exact: plan.exact } : gaps);
    floats.push(y);
    exact?.push(digits);
  });
  return { n, values: floats, exact, readout: readouts(plan.readout, plan.params, env), notes, cut };
}
