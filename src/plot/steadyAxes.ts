/**
 * Steady axes: ranges chosen here instead of by plotly's autorange, so an axis stands still while a
 * slider moves the data inside it. While the hand moves, a steady axis keeps its range as long as the
 * data stay inside, and when they leave it grows with headroom (rounded to a nice step), so a drag
 * re-ranges it a few times rather than on every step. Two reasons: a reader sees the curve move
 * against fixed ticks rather than the ticks sliding under it, and a figure whose layout did not change
 * can be redrawn by moving its traces alone (plotShape.ts), several times cheaper than a full replot.
 * When the hand rests, Plot.svelte asks for fresh ranges (no `previous`): the same figure as a reload.
 */
import type { Data, Layout } from 'plotly.js';
import type { TraceFields } from './plotShape';

export type Ranges = Record<string, [number, number]>;

/** Extra room given on a side the data crossed, as a share of the data's span: a drag that keeps
 * growing the data re-ranges a few times per decade, not on every step. */
const HEADROOM = 1;

type TraceLike = TraceFields;
interface AxisLike {
  type?: string;
  range?: unknown;
  autorange?: unknown;
  rangemode?: string;
  scaleanchor?: unknown;
  matches?: unknown;
}

/**
 * Ranges for every axis that plotly would autorange and that only scatter traces (or the heights of
 * vertical bars) use; heatmaps, the bars' own x axis and axes with constraints keep plotly's autorange.
 * `previous` holds the ranges in force; omit it for fresh, tight ranges. Log axes get ranges in log10
 * units, as plotly expects. An axis whose range the layout fixes gets that range at rest, and keeps a
 * wider one in force while the hand moves.
 */
export function steadyRanges(data: readonly Data[], layout: Partial<Layout>, previous: Ranges = {}): Ranges {
  const axes = layout as Record<string, AxisLike | undefined>;
  const users = new Map<string, { letter: 'x' | 'y'; traces: TraceLike[] }>();
  const blocked = new Set<string>();
  for (const t of data as TraceLike[]) {
    for (const letter of ['x', 'y'] as const) {
      const key = `${letter}axis${(t[`${letter}axis`] ?? letter).slice(1)}`;
      // Vertical bars: their heights (from zero) on y count like points; their x axis, which must also
      // fit the bars' widths, stays with plotly.
      const bars = t.type === 'bar' && t.orientation !== 'h' && t.base === undefined;
      const ok = (t.type ?? 'scatter') === 'scatter' ? !(t.mode ?? '').includes('text') : bars && letter === 'y';
      if (!ok) blocked.add(key);
      const entry = users.get(key) ?? { letter, traces: [] };
      entry.traces.push(t);
      users.set(key, entry);
    }
  }
  // Shapes placed in data coordinates count too, as in plotly's autorange.
  for (const shape of (layout.shapes ?? []) as { xref?: string; yref?: string; x0?: unknown; x1?: unknown; y0?: unknown; y1?: unknown }[]) {
    for (const letter of ['x', 'y'] as const) {
      const ref = shape[`${letter}ref`] ?? letter;
      const user = /^[xy]\d*$/.test(ref) ? users.get(`${letter}axis${ref.slice(1)}`) : undefined;
      user?.traces.push({ mode: 'lines', [letter]: [shape[`${letter}0`], shape[`${letter}1`]] });
    }
  }
  const out: Ranges = {};
  for (const [key, { letter, traces }] of users) {
    const axis = axes[key] ?? {};
    // A range the layout fixes is given at rest; while the hand moves it is steady like the others (a
    // slider that sets it, say a count of bars, re-ranges the axes a few times per drag, not every step).
    const fixed = axis.range as unknown[] | undefined;
    if (Array.isArray(fixed) && fixed.length === 2 && fixed.every(Number.isFinite)) {
      out[key] = steadyFixedRange([fixed[0] as number, fixed[1] as number], previous[key]);
      continue;
    }
    if (blocked.has(key) || axis.range !== undefined || axis.autorange !== undefined) continue;
    if (axis.scaleanchor !== undefined || axis.matches !== undefined) continue;
    const log = axis.type === 'log';
    if (axis.type !== undefined && axis.type !== 'linear' && !log) continue;
    const fromZero = letter === 'y' && !log && (axis.rangemode === 'tozero' || traces.some((t) => t.fill === 'tozeroy' || t.type === 'bar'));
    const extent = dataExtent(traces, letter, log, fromZero);
    if (extent === null) continue;
    // As plotly's autorange: y axes get 5 % of room above and below, x axes only for markers shown.
    const padded = letter === 'y' || traces.some((t) => (t.mode ?? 'lines').includes('markers') && (t[letter]?.length ?? 0) > 0);
    out[key] = steadyRange(extent, previous[key], padded, fromZero);
  }
  return out;
}

/**
 * A range the layout fixes, while the hand moves: the range in force if it holds this one, else the
 * range in force grown over it with headroom. Either way round (a reversed axis keeps its direction).
 */
export function steadyFixedRange(given: [number, number], previous: [number, number] | undefined): [number, number] {
  const reversed = given[0] > given[1];
  if (!previous || previous[0] > previous[1] !== reversed || given[0] === given[1]) return given;
  const ascending = (r: [number, number]): [number, number] => (reversed ? [r[1], r[0]] : r);
  return ascending(steadyRange(ascending(given), ascending(previous), false));
}

/** The layout with the steady ranges written into its axes. */
export function withRanges(layout: Partial<Layout>, ranges: Ranges): Partial<Layout> {
  const out = { ...layout } as Record<string, unknown>;
  for (const [key, range] of Object.entries(ranges)) out[key] = { ...(out[key] as object | undefined), range };
  return out as Partial<Layout>;
}

/** Whether two sets of ranges are the same. */
export function sameRanges(a: Ranges, b: Ranges): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] !== undefined && a[k][0] === b[k][0] && a[k][1] === b[k][1]);
}

/** [min, max] of the finite values on one axis (log10 of the positive ones for a log axis), or null. */
function dataExtent(traces: TraceLike[], letter: 'x' | 'y', log: boolean, withZero: boolean): [number, number] | null {
  let lo = withZero ? 0 : Infinity;
  let hi = withZero ? 0 : -Infinity;
  let any = false;
  for (const t of traces) {
    const values = t[letter];
    if (!values) continue;
    for (let i = 0; i < values.length; i++) {
      const raw = values[i];
      if (typeof raw !== 'number') continue;
      const v = log ? (raw > 0 ? Math.log10(raw) : NaN) : raw;
      if (!Number.isFinite(v)) continue;
      any = true;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return any ? [lo, hi] : null;
}

/**
 * The range for data spanning `extent`. With a `previous` range (the hand is moving): that range, grown
 * on any side the data crossed, with headroom so the next steps of the drag still fit. A steady range
 * never shrinks: every change of range redraws the axes (25–60 ms here), and at rest the plot asks for a
 * fresh range anyway. Without one: the extent itself (padded for markers, and on y) snapped out to a
 * nice step. `fromZero`: the extent was widened to zero, which stays the bound.
 */
export function steadyRange(extent: [number, number], previous: [number, number] | undefined, padded: boolean, fromZero = false): [number, number] {
  const [lo, hi] = extent;
  const span = hi - lo;
  const size = Math.max(Math.abs(lo), Math.abs(hi));
  const flat = span <= 1e-9 * size || span < 1e-200;
  // (A previous range too thin to draw, which this function never returns, counts as none.)
  if (previous && previous[1] - previous[0] > 1e-200 * Math.max(1, Math.abs(previous[0]))) {
    const [plo, phi] = previous;
    if (lo >= plo && hi <= phi) return previous;
    // Room in proportion to the data, or to the old range when the data are flat.
    const room = HEADROOM * (flat ? phi - plo : span);
    const step = flat ? phi - plo : span;
    return [lo < plo ? snap(lo - room, lo, 'down', step) : plo, hi > phi ? snap(hi + room, hi, 'up', step) : phi];
  }
  if (flat) {
    // A single value (or a flat line, or a span too thin to draw): a window around it.
    const half = size < 1e-200 ? 1 : size * 0.1;
    return [lo - half, hi + half];
  }
  const pad = padded ? 0.05 * span : 0;
  // Bars and a rangemode of 'tozero' stand on zero, as in plotly: padding it out would show negatives.
  const pinned = (v: number) => fromZero && v === 0;
  return [pinned(lo) ? 0 : snap(lo - pad, lo, 'down', span), pinned(hi) ? 0 : snap(hi + pad, hi, 'up', span)];
}

/** `v` moved out to a multiple of a nice step (a twentieth of `span`), never past `limit` inward. */
function snap(v: number, limit: number, way: 'up' | 'down', span: number): number {
  const step = niceStep(span / 20);
  // (min/max guard the containment against underflow in the division for values near 1e-300.)
  return way === 'up' ? Math.max(limit, Math.ceil(v / step) * step) : Math.min(limit, Math.floor(v / step) * step);
}

/** The smallest of 1, 2, 5 × 10^k that is at least `x`. */
function niceStep(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * power >= x) return m * power;
  return 10 * power;
}
