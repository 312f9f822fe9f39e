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

/** Whether a trace's markers are styled point by point (size, colour or symbol). */
export function perPointMarker(t: { marker?: { size?: unknown; color?: unknown; symbol?: unknown } }): boolean {
  return perPoint(t.marker?.size) || perPoint(t.marker?.color) || perPoint(t.marker?.symbol);
}

/** JSON of traces with every array inside them replaced by a marker: their structure and style, not their numbers. */
const withoutNumbers = (traces: unknown): string =>
  JSON.stringify(traces, (key, value) => (key !== '' && perPoint(value) ? '#' : value));

/** One trace's shape: equal shapes mean the same trace up to its numbers. */
export const traceShape = (trace: Data): string => withoutNumbers(trace);

/**
 * The figure with every array inside its traces replaced by a marker: equal shapes mean equal layout
 * and equal traces up to their numbers (names, styles, modes, axes and the trace count all match).
 * Axis ranges the layout fixes count as numbers too: the plot moves its axes to them (steadyAxes.ts).
 */
export function figureShape(data: readonly Data[], layout: Partial<Layout>): string {
  return `${withoutNumbers(data)}|${JSON.stringify(layout, (key, value) => (key === 'range' && perPoint(value) ? '#' : value))}`;
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
