/** Figure, table rows, listings and CSV of the generating-function builder. */
import type { Data, Layout } from 'plotly.js';
import type { ListedPartition } from '../../compute/partitions/list';
import type { SeriesResult } from '../../compute/partitions/widgets';
import { countStrings } from '../../compute/partitions/packed';
import { toCsv } from '../../ui/download';
import { msg } from './messages';
import { lang } from '../../core/i18n';

/** Past this many non-zero coefficients the plot keeps each bucket's lowest and highest point. */
export const MAX_POINTS = 4000;

/** Indices of the finite values of `y`; past `max` of them, per bucket the index of its min and of its max (in order). */
export function envelope(y: ArrayLike<number>, max = MAX_POINTS): number[] {
  const finite: number[] = [];
  for (let i = 0; i < y.length; i++) if (Number.isFinite(y[i])) finite.push(i);
  if (finite.length <= max) return finite;
  const buckets = Math.floor(max / 2);
  const out: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * finite.length) / buckets);
    const to = Math.floor(((b + 1) * finite.length) / buckets);
    let lo = finite[from];
    let hi = finite[from];
    for (let j = from; j < to; j++) {
      const i = finite[j];
      if (y[i] < y[lo]) lo = i;
      if (y[i] > y[hi]) hi = i;
    }
    out.push(...(lo === hi ? [lo] : lo < hi ? [lo, hi] : [hi, lo]));
  }
  return out;
}

/** The curve's traces of each series, made once: dragging n then hands the plot the same curve (traceMover leaves it alone). */
const curves = new WeakMap<SeriesResult, { lang: string; traces: Data[] }>();

/** The line of log10 coefficients and its dots (for few points), for one series. */
function curveTraces(r: SeriesResult): Data[] {
  const cached = curves.get(r);
  // The traces carry names in the reader's language: a switch makes them again.
  if (cached?.lang === lang()) return cached.traces;
  const idx = envelope(r.log10);
  const y = idx.map((i) => r.log10[i]);
  // Up to 400 points each gets a dot on the line. The dots are a trace of their own (empty past 400),
  // so dragging N across 400 changes numbers, not the figure's traces.
  const few = idx.length <= 400;
  const traces: Data[] = [
    {
      type: 'scatter', mode: 'lines', x: idx, y, name: msg.logLine, line: { width: 1.5, color: '#1f77b4' },
      hovertemplate: msg.lineHover,
    },
    {
      type: 'scatter', mode: 'markers', x: few ? idx : [], y: few ? y : [], name: msg.dots, marker: { size: 4, color: '#1f77b4' },
      hoverinfo: 'skip',
    },
  ];
  curves.set(r, { lang: lang(), traces });
  return traces;
}

/** log10 of each coefficient against n (zeros left out), with the chosen n marked. */
export function seriesFigure(r: SeriesResult, n: number): { data: Data[]; layout: Partial<Layout> } {
  const data: Data[] = [
    ...curveTraces(r),
    // The chosen n across the plot's height, on a hidden axis: a trace rather than a layout shape, so
    // that dragging n moves it without replotting the figure (empty when n lies past N).
    {
      type: 'scatter', mode: 'lines', x: n <= r.N ? [n, n] : [], y: n <= r.N ? [0, 1] : [], yaxis: 'y2', name: msg.chosen,
      line: { dash: 'dot', width: 1, color: '#d62728' }, hoverinfo: 'skip',
    },
  ];
  return {
    data,
    layout: {
      xaxis: { title: { text: 'n' } },
      yaxis: { title: { text: msg.yAxis }, rangemode: 'tozero' },
      yaxis2: { overlaying: 'y', range: [0, 1], visible: false, fixedrange: true },
      showlegend: false,
      margin: { l: 56, r: 16, t: 16, b: 48 },
    },
  };
}

/** Rows of the coefficient table: n − radius … n + radius, kept inside 0 … N (and as many rows near the ends). */
export function tableWindow(N: number, n: number, radius = 5): number[] {
  const size = Math.min(N + 1, 2 * radius + 1);
  const centre = Math.min(Math.max(n, 0), N);
  const from = Math.max(0, Math.min(centre - radius, N + 1 - size));
  return Array.from({ length: size }, (_, i) => from + i);
}

/** The conjugate partition (Young diagram transposed): part j is the number of parts ≥ j. */
export function conjugate(parts: readonly number[]): number[] {
  const out: number[] = [];
  for (let j = 1; j <= (parts[0] ?? 0); j++) out.push(parts.filter((p) => p >= j).length);
  return out;
}

/** One listed solution as text: parts joined by +, the conjugate's parts, or uses per factor as a tuple. */
export function listingText(item: ListedPartition, mode: { conjugate: boolean; byFactor: boolean }): string {
  if (mode.byFactor) return `(${item.counts.join(', ')})`;
  const parts = mode.conjugate ? conjugate(item.parts) : item.parts;
  return parts.length === 0 ? msg.noParts : parts.join('+');
}

/** n and its coefficient, exact. */
export function seriesCsv(r: SeriesResult): string {
  const coefficient = countStrings(r.coefficients);
  return toCsv({ n: coefficient.map((_, i) => i), coefficient });
}
