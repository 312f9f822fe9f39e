/**
 * A figure's data in a sentence, for the plot's text alternative: each series by name with how many
 * points (bars, cells) it has and the range of its values on each axis, and heatmaps by their grid and
 * value range. The figure itself is the source, so the words always describe what is drawn.
 */
import type { Data, Layout } from 'plotly.js';
import { defineMessages } from '../core/i18n';

const MAX_SERIES = 8;

const msg = defineMessages(
  {
    range: (axis: string, lo: string, hi: string) => (lo === hi ? `${axis} ${lo}` : `${axis} from ${lo} to ${hi}`),
    points: (count: number) => (count === 1 ? '1 point' : `${count} points`),
    bars: (count: number) => (count === 1 ? '1 bar' : `${count} bars`),
    grid: (rows: number, cols: number, values: string) => `${rows} × ${cols} cells, ${values}`,
    series: (name: string, parts: string) => `“${name}”: ${parts}`,
    unnamed: 'a series',
    values: 'values',
    empty: 'no data',
    more: (count: number) => `and ${count} more series`,
    figure: (list: string) => `Data: ${list}.`,
    comma: ', ',
    semicolon: '; ',
  },
  {
    range: (axis, lo, hi) => (lo === hi ? `${axis} 为 ${lo}` : `${axis} 从 ${lo} 到 ${hi}`),
    points: (count) => `${count} 个点`,
    bars: (count) => `${count} 根柱`,
    grid: (rows, cols, values) => `${rows} × ${cols} 个格，${values}`,
    series: (name, parts) => `“${name}”：${parts}`,
    unnamed: '一组数据',
    values: '取值',
    empty: '无数据',
    more: (count) => `另有 ${count} 组数据`,
    figure: (list) => `数据：${list}。`,
    comma: '，',
    semicolon: '；',
  },
);

/** A number in three significant digits, without float noise or a needless exponent. */
export function shortNumber(v: number): string {
  if (v === 0 || !Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  return a >= 1e-3 && a < 1e6 ? String(Number(v.toPrecision(3))) : v.toExponential(2).replace(/\.?0+e/, 'e');
}

type Values = ArrayLike<unknown> | undefined;

/** Smallest and largest finite number among `values` (nested rows for a heatmap's z), or null. */
function extent(values: Values): [number, number] | null {
  let lo = Infinity, hi = -Infinity;
  // A loop over each row rather than a call per number: a map's 40 000 cells are described on every input.
  const visit = (list: ArrayLike<unknown>) => {
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      if (typeof v === 'number') {
        if (v - v === 0) {
          // finite (NaN and ±∞ give NaN)
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
      } else if (v && typeof v === 'object' && 'length' in v) visit(v as ArrayLike<unknown>);
    }
  };
  if (values) visit(values);
  return lo <= hi ? [lo, hi] : null;
}

/** An axis's title as plain words (plotly's <sub>, <sup> and <br> removed), or its letter. */
function axisName(layout: Partial<Layout>, axis: string | undefined, letter: 'x' | 'y'): string {
  const key = `${letter}axis${axis && axis !== letter ? axis.slice(1) : ''}` as 'xaxis';
  const title = layout[key]?.title;
  const text = typeof title === 'string' ? title : title?.text;
  return text ? text.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, '').trim() : letter;
}

function rangeOf(values: Values, axis: string): string | null {
  const e = extent(values);
  return e ? msg.range(axis, shortNumber(e[0]), shortNumber(e[1])) : null;
}

type Trace = Data & { x?: Values; y?: Values; z?: Values; name?: string; type?: string; xaxis?: string; yaxis?: string };

function describeTrace(t: Trace, layout: Partial<Layout>): string | null {
  if (t.type === 'heatmap' || t.type === 'contour') {
    const z = (t.z ?? []) as ArrayLike<ArrayLike<unknown>>;
    const values = extent(z);
    if (!values || z.length === 0) return null;
    return msg.series(t.name || msg.unnamed, msg.grid(z.length, z[0]?.length ?? 0, msg.range(msg.values, shortNumber(values[0]), shortNumber(values[1]))));
  }
  const n = Math.max(t.x?.length ?? 0, t.y?.length ?? 0);
  const count = Array.from({ length: t.y?.length ?? 0 }, (_, i) => (t.y as ArrayLike<unknown>)[i]).filter((v) => typeof v === 'number' && Number.isFinite(v)).length;
  if (n === 0 || count === 0) return null;
  const parts = [
    t.type === 'bar' ? msg.bars(count) : msg.points(count),
    rangeOf(t.x, axisName(layout, t.xaxis, 'x')),
    rangeOf(t.y, axisName(layout, t.yaxis, 'y')),
  ].filter((p): p is string => p !== null);
  return msg.series(t.name || msg.unnamed, parts.join(msg.comma));
}

/** The figure's data in words (in the language in force), e.g. `Data: “Lion”: 501 points, step from 0 to 500, …`. */
export function describeFigure(data: readonly Data[], layout: Partial<Layout> = {}): string {
  const series = data.map((t) => describeTrace(t as Trace, layout)).filter((s): s is string => s !== null);
  if (series.length === 0) return msg.figure(msg.empty);
  const shown = series.slice(0, MAX_SERIES);
  if (series.length > MAX_SERIES) shown.push(msg.more(series.length - MAX_SERIES));
  return msg.figure(shown.join(msg.semicolon));
}
