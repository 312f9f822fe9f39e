/** Table rows, the recursion as TeX, figure, words and CSV of the Lucy table widget. */
import type { Data, Layout } from 'plotly.js';
import type { LucySteps } from '../../compute/primes/widgets';
import { toCsv } from '../../ui/download';
import { grouped } from '../primes-shared/format';
import { msg } from './messages';

/** The number of steps this table has, and the step shown (the control's value, capped). */
export function shownStep(t: LucySteps, step: number): number {
  return Math.min(step, t.primes.length);
}

/** S at every value after `step` steps. */
export function column(t: LucySteps, step: number): Float64Array {
  const n = t.values.length;
  return t.rows.subarray(step * n, (step + 1) * n);
}

/** The value followed: v itself if it is one of ⌊x/k⌋, else the largest such value below it. */
export function followed(t: LucySteps, v: number): { index: number; exact: boolean } {
  let index = t.values.findIndex((u) => u <= v);
  if (index < 0) index = t.values.length - 1;
  return { index, exact: t.values[index] === v };
}

export interface TableRow {
  v: number;
  before: number;
  after: number;
  /** ⌊v/p⌋ read by this step's update, or null if v < p² (no change). */
  quotient: number | null;
}

/** One row per value: S before and after step `step` (step ≥ 1), and which ⌊v/p⌋ the update read. */
export function tableRows(t: LucySteps, step: number): TableRow[] {
  const n = t.values.length, s = Math.max(step, 1);
  const before = column(t, s - 1), after = column(t, step === 0 ? 0 : s);
  return Array.from(t.values, (v, i) => {
    const q = step === 0 ? -1 : t.quotient[(s - 1) * n + i];
    return { v, before: before[i], after: after[i], quotient: q < 0 ? null : t.values[q] };
  });
}

/**
 * The recursion at value index i for step `step` ≥ 1, in TeX with the numbers filled in (square
 * brackets written as parentheses: the browser-side TeX subset has no brackets), and a note when v < p².
 */
export function recursionTex(t: LucySteps, step: number, i: number): { tex: string; note: string } {
  const n = t.values.length, p = t.primes[step - 1], prev = step === 1 ? 1 : t.primes[step - 2];
  const v = t.values[i], before = column(t, step - 1), after = column(t, step);
  const q = t.quotient[(step - 1) * n + i];
  const f = t.mode === 'count' ? '' : `${p}\\cdot`;
  const S = (a: number, b: number) => `S(${a},${b})`;
  if (q < 0) return { tex: `${S(v, p)} = ${S(v, prev)} = ${before[i]}`, note: msg.unchanged(v, p) };
  const b = t.below[step - 1];
  return {
    tex: `${S(v, p)} = ${S(v, prev)} - ${f}(${S(t.values[q], prev)} - ${S(p - 1, prev)}) = ${before[i]} - ${f}(${before[q]} - ${before[b]}) = ${after[i]}`,
    note: '',
  };
}

/** The starting value at index i, in TeX: S(v,1) = v − 1 or v(v+1)/2 − 1. */
export function startTex(t: LucySteps, i: number): string {
  const v = t.values[i], s = column(t, 0)[i];
  return t.mode === 'count' ? `S(${v},1) = ${v} - 1 = ${s}` : `S(${v},1) = \\frac{${v}\\cdot ${v + 1}}{2} - 1 = ${s}`;
}

/**
 * S(v, ·) against v on log axes: the start, the column after this step, and the finished column. The
 * legend's names stay the same while x moves (the followed v is named in its hover, the recursion and
 * the table): a figure whose names change is one plotly must draw again; new numbers alone are moved.
 */
export function lucyFigure(t: LucySteps, step: number, follow: number): { data: Data[]; layout: Partial<Layout> } {
  const v = Array.from(t.values);
  const pos = (col: Float64Array) => Array.from(col, (s) => (s > 0 ? s : null));
  const now = column(t, step), count = t.mode === 'count';
  const p = step > 0 ? t.primes[step - 1] : null;
  return {
    data: [
      { type: 'scatter', mode: 'lines', x: v, y: pos(column(t, 0)), name: msg.startLine, line: { dash: 'dot', color: '#7f7f7f' }, hovertemplate: count ? msg.startHoverCount : msg.startHoverSum },
      { type: 'scatter', mode: 'lines', x: v, y: pos(column(t, t.primes.length)), name: count ? msg.endCount : msg.endSum, line: { dash: 'dash', color: '#2ca02c' }, hovertemplate: msg.endHover },
      { type: 'scatter', mode: 'lines+markers', x: v, y: pos(now), name: msg.now(p ?? 1), line: { width: 2.5, color: '#1f77b4' }, marker: { size: 4 }, hovertemplate: msg.nowHover },
      { type: 'scatter', mode: 'markers', x: [v[follow]], y: [now[follow] > 0 ? now[follow] : null], name: msg.followedName, marker: { size: 11, color: '#fd8d3c', line: { width: 1, color: '#111111' } }, hovertemplate: msg.followedHover },
    ],
    layout: {
      xaxis: { type: 'log', title: { text: 'v = ⌊x/k⌋' } },
      yaxis: { type: 'log', title: { text: count ? msg.yCount : msg.ySum } },
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: -0.22 },
      margin: { l: 60, r: 12, t: 8, b: 40 },
    },
  };
}

/** What the table shows, in words. */
export function lucySummary(t: LucySteps, step: number): string {
  const n = t.values.length, count = t.mode === 'count';
  const head = msg.summaryHead(grouped(t.x), n, t.primes.length);
  if (step === 0) return msg.twoSentences(head, count ? msg.summaryStartCount : msg.summaryStartSum);
  const changed = t.quotient.subarray((step - 1) * n, step * n).filter((q) => q >= 0).length;
  const p = t.primes[step - 1], now = grouped(column(t, step)[0]);
  if (step < t.primes.length) return msg.twoSentences(head, msg.summaryStep(p, changed, t.x, now));
  const last = count ? msg.summaryLastCount : msg.summaryLastSum;
  return msg.twoSentences(head, last(p, changed, t.x, now, grouped(t.x)));
}

/** The heads of the table's columns. */
export function tableColumns(): string[] {
  return ['v', msg.colBefore, msg.colAfter, msg.colReads];
}

/** The whole table: v, then S after each step. */
export function lucyCsv(t: LucySteps): string {
  const columns: Record<string, ArrayLike<number>> = { v: t.values, start: column(t, 0) };
  t.primes.forEach((p, s) => (columns[`after_${p}`] = column(t, s + 1)));
  return toCsv(columns);
}
