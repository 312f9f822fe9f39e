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

/**
 * The figure with every array inside its traces replaced by a marker: equal shapes mean equal layout
 * and equal traces up to their numbers (names, styles, modes, axes and the trace count all match).
 */
export function figureShape(data: readonly Data[], layout: Partial<Layout>): string {
  const traces = JSON.stringify(data, (key, value) => (key !== '' && (Array.isArray(value) || ArrayBuffer.isView(value)) ? '#' : value));
  return `${traces}|${JSON.stringify(layout)}`;
}

/**
 * Whether plotly can move these traces without a full redraw: every trace is of a movable type, and
 * every axis a trace uses has a fixed range in the layout (plotly's animate path does not recompute
 * autoranges, so an autoranged axis would keep its old range while the data moved out of it).
 */
export function movable(data: readonly Data[], layout: Partial<Layout>): boolean {
  const axes = layout as Record<string, { range?: unknown; autorange?: unknown } | undefined>;
  const fixed = (ref: string | undefined, letter: 'x' | 'y') => {
    const axis = axes[`${letter}axis${(ref ?? letter).slice(1)}`];
    return Array.isArray(axis?.range) && axis.range.length === 2 && axis.autorange !== true;
  };
  return data.every((t) => {
    const trace = t as { type?: string; xaxis?: string; yaxis?: string };
    return MOVABLE.has(trace.type) && fixed(trace.xaxis, 'x') && fixed(trace.yaxis, 'y');
  });
}
