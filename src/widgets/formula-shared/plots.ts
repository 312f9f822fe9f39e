/**
 * Figures of the formula widgets: a plot's curves, a map's heatmap with its contour lines, a
 * sequence's terms; their CSV, a sentence describing the data, and sample rows for the data table.
 * Layouts keep their traces and fix their ranges where the data decide them, so a dragged slider
 * moves the drawing instead of replotting it (src/plot).
 */
import type { Data, Layout } from 'plotly.js';
import type { MapResult, PlotResult, SequenceResult } from '../../compute/formula/widgets';
import { cellEdges } from '../../plot/heatmapCells';
import { lang } from '../../core/i18n';
import { formatLive } from '../../core/liveFormat';
import { specText } from '../../core/params';
import { toCsv } from '../../ui/download';
import type { FigureAxis, FormulaFigure } from '../../notebook/formulaFigure';
import { formulaMsg } from './messages';

/** Curve colours, readable on light and dark backgrounds; the formulas' swatches use the same. */
export const CURVE_COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#e67e22', '#9467bd', '#8c564b', '#e377c2', '#17a2b8'];

export type Figure = { data: Data[]; layout: Partial<Layout> };

const num = (v: number) => formatLive(v, '4');

/**
 * Large tick values: plotly abbreviates them in English (1k, 1M, 1B, 1T); a Chinese page writes powers
 * of ten instead (10⁹), which read the same in any language.
 */
const exponents = (): Partial<Layout['xaxis']> => (lang() === 'zh' ? { exponentformat: 'power' } : {});

function axis(a: FigureAxis, range?: [number, number]): Partial<Layout['xaxis']> {
  return { title: { text: a.title }, type: a.log ? 'log' : 'linear', ...(a.range ? { range: a.range } : range ? { range } : {}), zeroline: false, ...exponents() };
}

/** Where the x values run, as plotly wants a fixed range (log10 units on a log axis). */
function xRange(x: Float64Array, log: boolean): [number, number] | undefined {
  const lo = x[0], hi = x[x.length - 1];
  if (!(hi > lo)) return undefined;
  return log ? [Math.log10(lo), Math.log10(hi)] : [lo, hi];
}

/** One trace per curve, in its colour and style; x fixed on the declared range (unless a curve is parametric). */
export function plotFigure(r: PlotResult, figure: FormulaFigure): Figure {
  const { x: xAxis, y: yAxis } = figure.axes;
  const parametric = r.curves.some((c) => c.x !== null);
  const data: Data[] = r.curves.map((c, i) => {
    const f = figure.formulas[i];
    return {
      type: 'scatter',
      mode: f?.markers ? 'markers' : 'lines',
      x: c.x ?? r.x,
      y: c.y,
      name: f?.label ?? formulaMsg.curveName(i + 1),
      line: { color: CURVE_COLOURS[i % CURVE_COLOURS.length], width: 2, dash: f?.dash ?? 'solid' },
      marker: { color: CURVE_COLOURS[i % CURVE_COLOURS.length], size: 5 },
      hovertemplate: `${f?.label ?? ''}<br>(%{x:.4g}, %{y:.4g})<extra></extra>`,
    };
  });
  return {
    data,
    layout: {
      xaxis: axis(xAxis, parametric ? undefined : xRange(r.x, xAxis.log)),
      yaxis: axis(yAxis),
      showlegend: data.length > 1,
      legend: { orientation: 'h', x: 0, y: 1, yanchor: 'bottom' },
      margin: { l: 56, r: 16, t: 28, b: 48 },
      hovermode: 'closest',
    },
  };
}

/** Ticks for a colour bar over [lo, hi]: about five round values, placed in [0, 1]. */
function colourTicks(lo: number, hi: number, log: boolean): { tickvals: number[]; ticktext: string[] } {
  if (!(hi > lo)) return { tickvals: [0.5], ticktext: [num(log ? 10 ** lo : lo)] };
  const step = 10 ** Math.floor(Math.log10((hi - lo) / 4));
  const nice = [1, 2, 5, 10].map((m) => m * step).find((s) => (hi - lo) / s <= 6) ?? 10 * step;
  const tickvals: number[] = [], ticktext: string[] = [];
  for (let v = Math.ceil(lo / nice) * nice; v <= hi + 1e-9 * nice; v += nice) {
    tickvals.push((v - lo) / (hi - lo));
    ticktext.push(num(log ? 10 ** v : v));
  }
  return { tickvals, ticktext };
}

/** Ticks at the powers of ten inside [lo, hi] (log10 units), for an axis drawn in log10 coordinates. */
function powerTicks(lo: number, hi: number): { tickvals: number[]; ticktext: string[] } {
  const tickvals: number[] = [];
  for (let p = Math.ceil(lo); p <= Math.floor(hi); p++) tickvals.push(p);
  return { tickvals, ticktext: tickvals.map((p) => `10^${p}`.replace(/\^(-?\d+)/, (_, e: string) => superscript(e))) };
}

const SUPERSCRIPTS: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
const superscript = (digits: string) => [...digits].map((c) => SUPERSCRIPTS[c]).join('');

/**
 * The map: colours over the cells (z scaled to [0, 1] between its extremes, so the colour scale is fixed
 * and a new grid only repaints), contour lines on top, and log axes drawn in log10 coordinates with
 * labels at powers of ten (the cells stay evenly spaced on screen).
 */
export function mapFigure(r: MapResult, figure: FormulaFigure, dark: boolean): Figure {
  const { x: xAxis, y: yAxis } = figure.axes;
  const zAxis = figure.axes.z ?? { title: 'z', log: false };
  // Coordinates as drawn: log10 of the values on a log axis; the values themselves (no copy) otherwise.
  const lx = (v: Float64Array) => (xAxis.log ? v.map(Math.log10) : v), ly = (v: Float64Array) => (yAxis.log ? v.map(Math.log10) : v);
  const xs = lx(r.x), ys = ly(r.y);
  // A map redraws on every input: plain index loops over flat typed arrays (an iterator over 40 000
  // cells cost V8 several times more), and rows that are views, not 2 × 40 000 boxed numbers.
  const colourOf = zAxis.log ? r.z.map((v) => (v > 0 ? Math.log10(v) : NaN)) : r.z;
  let lo = Infinity, hi = -Infinity;
  for (let k = 0; k < colourOf.length; k++) {
    const c = colourOf[k];
    if (c - c !== 0) continue; // NaN and ±∞ cells are left blank, outside the colour scale
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  const span = hi > lo ? hi - lo : 1;
  const nx = xs.length;
  const scaled = new Float64Array(colourOf.length);
  for (let k = 0; k < colourOf.length; k++) {
    const c = colourOf[k];
    scaled[k] = c - c === 0 ? (c - lo) / span : NaN; // finite cells only
  }
  // Plotly reads each row as an array (its types allow only plain rows for a 2-D z).
  const rows = (flat: Float64Array) => Array.from({ length: ys.length }, (_, j) => flat.subarray(j * nx, (j + 1) * nx)) as unknown as number[][];
  const z = rows(scaled), raw = rows(r.z);
  const [left, right] = cellEdges(xs), [bottom, top] = cellEdges(ys);
  const ticks = Number.isFinite(lo) ? colourTicks(lo, hi, zAxis.log) : { tickvals: [], ticktext: [] };
  const logTicks = (log: boolean, a: number, b: number) => (log ? { tickmode: 'array' as const, ...powerTicks(a, b) } : {});
  return {
    data: [
      {
        type: 'heatmap', x: xs, y: ys, z, zmin: 0, zmax: 1, colorscale: 'Viridis', customdata: raw as unknown as number[],
        colorbar: { title: { text: zAxis.title }, thickness: 10, tickmode: 'array', ...ticks },
        hovertemplate: `${xAxis.title} = %{x:.4g}, ${yAxis.title} = %{y:.4g}<br>${zAxis.title} = %{customdata:.4g}<extra></extra>`,
      },
      {
        type: 'scatter', mode: 'lines', x: lx(r.contours.x), y: ly(r.contours.y), name: formulaMsg.contours,
        line: { color: dark ? 'rgba(0,0,0,0.55)' : 'rgba(255,255,255,0.75)', width: 1 }, hoverinfo: 'skip', showlegend: false,
      },
    ],
    layout: {
      xaxis: { title: { text: xAxis.log ? formulaMsg.logScale(xAxis.title) : xAxis.title }, range: [left, right], ...logTicks(xAxis.log, left, right) },
      yaxis: { title: { text: yAxis.log ? formulaMsg.logScale(yAxis.title) : yAxis.title }, range: [bottom, top], ...logTicks(yAxis.log, bottom, top) },
      margin: { l: 64, r: 16, t: 16, b: 48 },
    },
  };
}

/** Markers (and lines between them while there are few terms) per sequence. */
export function sequenceFigure(r: SequenceResult, figure: FormulaFigure): Figure {
  const count = r.n.length;
  const mode = count <= 60 ? 'lines+markers' : count <= 400 ? 'markers' : 'lines';
  const data: Data[] = r.values.map((y, i) => ({
    type: 'scatter',
    mode,
    x: r.n,
    y,
    name: figure.formulas[i]?.label ?? formulaMsg.sequenceName(i + 1),
    line: { color: CURVE_COLOURS[i % CURVE_COLOURS.length], width: 1.5 },
    marker: { color: CURVE_COLOURS[i % CURVE_COLOURS.length], size: count <= 60 ? 6 : 4 },
    hovertemplate: `${figure.formulas[i]?.label ?? ''}<br>${figure.axes.x.title} = %{x}<br>%{y:.6g}<extra></extra>`,
  }));
  return {
    data,
    layout: {
      xaxis: { title: { text: figure.axes.x.title }, range: [r.n[0] - 0.5, r.n[count - 1] + 0.5], zeroline: false, ...exponents() },
      yaxis: axis(figure.axes.y),
      showlegend: data.length > 1,
      legend: { orientation: 'h', x: 0, y: 1, yanchor: 'bottom' },
      margin: { l: 64, r: 16, t: 28, b: 48 },
      hovermode: 'closest',
    },
  };
}

/** The plotted numbers: x, then each curve (with its own x when parametric). */
export function plotCsv(r: PlotResult, figure: FormulaFigure): string {
  const columns: Record<string, ArrayLike<number>> = { [figure.plan.kind === 'plot' ? figure.plan.x.symbol : 'x']: r.x };
  r.curves.forEach((c, i) => {
    const label = figure.formulas[i]?.label ?? `curve_${i + 1}`;
    if (c.x) columns[`${label} (x)`] = c.x;
    columns[c.x ? `${label} (y)` : label] = c.y;
  });
  return toCsv(columns);
}

/** Every grid point: x, y, z, one row each. */
export function mapCsv(r: MapResult, figure: FormulaFigure): string {
  const nx = r.x.length, n = r.z.length;
  const { x, y } = figure.axes;
  return toCsv({
    [x.title]: Array.from({ length: n }, (_, k) => r.x[k % nx]),
    [y.title]: Array.from({ length: n }, (_, k) => r.y[Math.floor(k / nx)]),
    [figure.axes.z?.title ?? 'z']: r.z,
  });
}

/** n, then each sequence: exact digits in exact mode, else the float64 values. */
export function sequenceCsv(r: SequenceResult, figure: FormulaFigure): string {
  const columns: Record<string, ArrayLike<number | string>> = { [figure.axes.x.title]: r.n };
  r.values.forEach((v, i) => (columns[figure.formulas[i]?.label ?? `sequence_${i + 1}`] = r.exact ? r.exact[i] : v));
  return toCsv(columns);
}

function extent(values: ArrayLike<number>): [number, number] | null {
  let lo = Infinity, hi = -Infinity;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** The figure in words, for its accessible name: what runs where, and the range of each curve. */
export function describeFigure(figure: FormulaFigure, result: PlotResult | MapResult | SequenceResult | null): string {
  const m = formulaMsg;
  if (!result) return (figure.kind === 'map' ? m.mapWaiting : figure.kind === 'sequence' ? m.sequenceWaiting : m.lineWaiting)(specText(figure.spec.title));
  const x = figure.axes.x.title;
  const ends = (v: ArrayLike<number>) => [num(v[0]), num(v[v.length - 1])] as const;
  const ranges = (series: { label: string; values: ArrayLike<number> }[]) =>
    series.map((s) => {
      const e = extent(s.values);
      return e ? m.seriesRange(s.label, num(e[0]), num(e[1])) : m.seriesUndefined(s.label);
    }).join(m.listSeparator);
  if ('z' in result) return m.mapOver(figure.axes.z?.title ?? 'z', x, ...ends(result.x), figure.axes.y.title, ...ends(result.y), num(result.zMin), num(result.zMax));
  if ('curves' in result) return m.lineOver(x, ...ends(result.x), ranges(result.curves.map((c, i) => ({ label: figure.formulas[i]?.label ?? '', values: c.y }))));
  return m.sequenceOver(x, ...ends(result.n), ranges(result.values.map((v, i) => ({ label: figure.formulas[i]?.label ?? '', values: v }))));
}

/** At most `max` evenly spaced row indices out of `count` (first and last included), for the data table. */
export function sampleRows(count: number, max = 41): number[] {
  if (count <= max) return Array.from({ length: count }, (_, k) => k);
  return Array.from({ length: max }, (_, k) => Math.round((k * (count - 1)) / (max - 1)));
}
