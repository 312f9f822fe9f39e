/** Figure, fitted slopes, table rows, words and CSV of the race widget. */
import type { Data, Layout } from 'plotly.js';
import type { RaceLap, RaceMethod } from '../../compute/primes/widgets';
import { tr } from '../../core/i18n';
import { toCsv } from '../../ui/download';
import { compactX, formatMs, grouped } from '../primes-shared/format';
import { msg } from './messages';
import { METHOD_NAMES } from './plan';

const COLOURS: Record<RaceMethod, string> = { sieve: '#d62728', lucy: '#ff7f0e', fast: '#1f77b4' };
/** The growth each method is expected to show (time ∝ x^slope, up to logarithms). */
export const EXPECTED_SLOPE: Record<RaceMethod, string> = { sieve: '1', lucy: '3/4', fast: '2/3' };
/** Laps shorter than this are mostly start-up noise; slopes use the longer ones. */
const SLOPE_MIN_MS = 20;

/** Least-squares slope of log t against log x over a method's laps of at least SLOPE_MIN_MS (its last four). */
export function fittedSlope(laps: RaceLap[], method: RaceMethod): number | null {
  const pts = laps.filter((l) => l.method === method && l.ms >= SLOPE_MIN_MS).slice(-4);
  if (pts.length < 2) return null;
  const xs = pts.map((l) => Math.log10(l.x)), ys = pts.map((l) => Math.log10(l.ms));
  const mx = xs.reduce((a, b) => a + b) / xs.length, my = ys.reduce((a, b) => a + b) / ys.length;
  let sxy = 0, sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i] - my);
    sxx += (x - mx) ** 2;
  });
  return sxx > 0 ? sxy / sxx : null;
}

/** Time against x on log–log axes, one trace per method, the fitted slope written at its last lap. */
export function raceFigure(laps: RaceLap[], methods: RaceMethod[]): { data: Data[]; layout: Partial<Layout> } {
  const annotations: Layout['annotations'] = [];
  const data: Data[] = methods.map((m) => {
    const mine = laps.filter((l) => l.method === m);
    const slope = fittedSlope(laps, m);
    const last = mine[mine.length - 1], name = tr(METHOD_NAMES[m]);
    if (last && slope !== null) {
      // Above and to the left of the last lap, which often sits at the plot's right edge (cut off there on phones).
      annotations.push({ x: Math.log10(last.x), y: Math.log10(last.ms), xref: 'x', yref: 'y', text: msg.slope(slope.toFixed(2)), showarrow: true, arrowhead: 0, ax: -12, ay: -24, xanchor: 'right', font: { color: COLOURS[m], size: 12 } });
    }
    return {
      type: 'scatter', mode: 'lines+markers', x: mine.map((l) => l.x), y: mine.map((l) => (l.ms > 0 ? l.ms : null)), // below the timer's resolution: no place on a log axis
      name: msg.trace(name, EXPECTED_SLOPE[m]), line: { color: COLOURS[m], width: 2 }, marker: { size: 7 },
      hovertemplate: msg.hover(name),
    };
  });
  return {
    data,
    layout: {
      xaxis: { type: 'log', title: { text: 'x' } },
      yaxis: { type: 'log', title: { text: msg.yAxis } },
      annotations,
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: -0.22 },
      margin: { l: 60, r: 16, t: 8, b: 40 },
    },
  };
}

/** Whether every method that reached x agrees on π(x) and the sum. */
export function agreement(laps: RaceLap[]): { x: number; agree: boolean }[] {
  const byX = new Map<number, RaceLap[]>();
  for (const l of laps) byX.set(l.x, [...(byX.get(l.x) ?? []), l]);
  return [...byX].map(([x, ls]) => ({ x, agree: ls.every((l) => l.count === ls[0].count && l.sum === ls[0].sum) }));
}

/** The heads of lapRows' columns. */
export function lapColumns(): string[] {
  return ['x', msg.colMethod, msg.colMs, msg.colWork, 'π(x)', msg.colSum];
}

/** One table row per lap. */
export function lapRows(laps: RaceLap[]): string[][] {
  return laps.map((l) => [compactX(l.x), tr(METHOD_NAMES[l.method]), formatMs(l.ms), grouped(l.work), grouped(l.count), grouped(l.sum)]);
}

/** The race so far in words. */
export function raceSummary(laps: RaceLap[], methods: RaceMethod[]): string {
  if (laps.length === 0) return msg.noLap;
  const parts = methods.map((m) => {
    const mine = laps.filter((l) => l.method === m), name = tr(METHOD_NAMES[m]);
    if (mine.length === 0) return msg.ranNoLap(name);
    const last = mine[mine.length - 1], slope = fittedSlope(laps, m);
    const x = compactX(last.x), ms = formatMs(last.ms);
    return slope === null ? msg.reached(name, x, ms) : msg.reachedSlope(name, x, ms, slope.toFixed(2));
  });
  const bad = agreement(laps).filter((a) => !a.agree);
  return msg.twoSentences(msg.soFar(parts), bad.length ? msg.disagreeLoud(bad.map((b) => compactX(b.x))) : msg.agree);
}

export function raceCsv(laps: RaceLap[]): string {
  return toCsv({
    x: laps.map((l) => l.x), method: laps.map((l) => l.method), ms: laps.map((l) => Number(l.ms.toFixed(3))),
    work: laps.map((l) => l.work), pi_x: laps.map((l) => l.count), sum_of_primes: laps.map((l) => l.sum),
  });
}
