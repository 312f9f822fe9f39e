/**
 * Can a new figure be drawn by moving the old one's traces, without a full replot? Plotly.react
 * replots everything (defaults, axes, ticks, legend, hover layers) whenever a data array changes, which
 * costs 25–40 ms a figure on a small laptop; Plotly.animate with `redraw: false` redraws only the
 * traces, and is safe when nothing but the numbers changed. These helpers decide that.
 */
import type { Data, Layout } from 'plotly.js';

/** The fields of a plotly trace that the plot's helpers read (steadyAxes.ts, traceMover.ts). */
export interface TraceFields {
  type?: string;
  mode?: string;
  fill?: string;
  orientation?: string;
  base?: unknown;
  x?: ArrayLike<unknown>;
  y?: ArrayLike<unknown>;
  xaxis?: string;
  yaxis?: string;
}

/** Trace types whose plotly module can redraw data alone ("animatable" in plotly: scatter and bar). */
const MOVABLE = new Set(['scatter', 'bar', undefined]);

/** Whether a trace field holds one value per point (an array or a typed array). */
export const perPoint = (v: unknown): boolean => Array.isArray(v) || ArrayBuffer.isView(v);

/** Whether two per-point arrays (or single values) hold the same values. */
export function sameValues(a: unknown, b: unknown): boolean {
  if (!perPoint(a) || !perPoint(b)) return a === b;
  const x = a as ArrayLike<unknown>, y = b as ArrayLike<unknown>;
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  return true;
}

/** The marker fields of a trace that may hold one value per point. */
export interface MarkerFields {
  marker?: { size?: unknown; color?: unknown; symbol?: unknown; line?: { color?: unknown; width?: unknown } };
}

/**
 * Whether a trace's markers differ point by point in shape (size, symbol or outline), which only
 * plotly can draw anew; or in colour other than pointColours allows (a colour scale's numbers, say).
 */
export function perPointShape(t: MarkerFields): boolean {
  const m = t.marker;
  return perPoint(m?.size) || perPoint(m?.symbol) || perPoint(m?.line?.color) || perPoint(m?.line?.width) || (perPoint(m?.color) && pointColours(t) === null);
}

/**
 * A trace's per-point marker colours when the movers can paint them: CSS colour strings filling one
 * solid symbol (an open or line symbol takes its colour as its outline); else null.
 */
export function pointColours(t: MarkerFields): ArrayLike<string> | null {
  const c = t.marker?.color, symbol = t.marker?.symbol ?? 'circle';
  if (!perPoint(c) || typeof symbol !== 'string' || /-open|^line-/.test(symbol)) return null;
  const list = c as ArrayLike<unknown>;
  for (let k = 0; k < list.length; k++) if (typeof list[k] !== 'string') return null;
  return list as ArrayLike<string>;
}

/** JSON of traces with every array inside them replaced by a marker: their structure and style, not their numbers. */
const withoutNumbers = (traces: unknown): string =>
  JSON.stringify(traces, (key, value) => (key !== '' && perPoint(value) ? '#' : value));

/** One trace's shape: equal shapes mean the same trace up to its numbers. */
export const traceShape = (trace: Data): string => withoutNumbers(trace);

/**
 * The figure with every array inside its traces replaced by a marker: equal shapes mean equal layout
 * and equal traces up to their numbers (names, styles, modes, axes and the trace count all match).
 * Axis ranges the layout fixes count as numbers too: the plot moves its axes to them (steadyAxes.ts);
 * so do the layout images' sources and places (imageMover.ts) and the zoom revision (`uirevision`).
 */
export function figureShape(data: readonly Data[], layout: Partial<Layout>): string {
  return `${withoutNumbers(data)}|${JSON.stringify(layout, layoutShape)}`;
}

/** Layout fields a figure's numbers decide; the movers draw new values of them (imageMover.ts). */
const PLACED = ['source', 'x', 'y', 'sizex', 'sizey'] as const;

function layoutShape(key: string, value: unknown): unknown {
  if (key === 'range' && perPoint(value)) return '#';
  // Which images stand where, and the revision that resets a reader's zoom, follow the numbers too.
  if (key === 'uirevision') return '#';
  if (key === 'images' && Array.isArray(value)) return value.map((image: object) => ({ ...image, ...Object.fromEntries(PLACED.map((k) => [k, '#'])) }));
  return value;
}

/**
 * Whether two layouts agree on the values figureShape leaves out, other than axis ranges (steady
 * ranges compare those): the images' sources and places, and the zoom revision.
 */
export function sameLayoutValues(a: Partial<Layout>, b: Partial<Layout> | null): boolean {
  if (!b || a.uirevision !== b.uirevision) return false;
  const ia = a.images ?? [], ib = b.images ?? [];
  return ia.length === ib.length && ia.every((image, k) => PLACED.every((f) => image[f] === ib[k][f]));
}

/**
 * Whether every axis a trace uses has a fixed range in the layout: then new numbers cannot change the
 * axes, and the traces can be moved on them (by plotly's animate or by our movers).
 */
export function onFixedAxes(data: readonly Data[], layout: Partial<Layout>): boolean {
  const axes = layout as Record<string, { range?: unknown; autorange?: unknown } | undefined>;
  const fixed = (ref: string | undefined, letter: 'x' | 'y') => {
    const axis = axes[`${letter}axis${(ref ?? letter).slice(1)}`];
    return Array.isArray(axis?.range) && axis.range.length === 2 && axis.autorange !== true;
  };
  return data.every((t) => {
    const trace = t as { xaxis?: string; yaxis?: string };
    return fixed(trace.xaxis, 'x') && fixed(trace.yaxis, 'y');
  });
}

/**
 * Whether plotly can move these traces without a full redraw: every trace is of a movable type, on
 * fixed axes (plotly's animate path does not recompute autoranges, so an autoranged axis would keep
 * its old range while the data moved out of it).
 */
export function movable(data: readonly Data[], layout: Partial<Layout>): boolean {
  return data.every((t) => MOVABLE.has((t as { type?: string }).type)) && onFixedAxes(data, layout);
}
