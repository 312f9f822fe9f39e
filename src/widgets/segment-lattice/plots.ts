/** The lattice figure (arcs over the text, forward sums below), arc picking, and the CSV. */
import type { Data, Layout } from 'plotly.js';
import type { LatticeView } from '../../compute/tokenize/widgets';
import { toCsv } from '../../ui/download';
import { COLOURS, num, prob } from '../segment-shared/format';
import { plotlyText } from '../segment-shared/plotlyText';
import { msg } from './messages';

/** Piece labels are drawn on the arcs up to this many arcs (beyond, hover and the list name them). */
const LABELLED_ARCS = 60;
const STEPS = 16;
/** The figure's left and right margins (px). */
const MARGIN = { l: 56, r: 12 };
/** Labels on the arcs need this much room per character (px); tick labels need TICK_PX apart. */
const LABEL_PX = 24;
const TICK_PX = 22;

/**
 * How densely the lattice can be labelled on a figure `width` px wide (0: not measured, drawn as on a
 * wide screen): whether the arcs carry their pieces, the font of the text's characters (0: left out),
 * and every how many positions a tick is labelled.
 */
export function labelDensity(n: number, arcs: number, width: number): { arcLabels: boolean; charFont: number; tickStep: number } {
  const perChar = width > 0 ? (width - MARGIN.l - MARGIN.r) / (n + 0.6) : Infinity;
  const font = Math.min(15, Math.floor(perChar * 0.85));
  return {
    arcLabels: arcs <= LABELLED_ARCS && perChar >= LABEL_PX,
    charFont: font >= 8 ? font : 0,
    tickStep: [1, 2, 5, 10, 20, 50].find((step) => step * perChar >= TICK_PX) ?? 100,
  };
}

/** Height of an arc's apex: longer pieces arch higher, so nested arcs stay apart. */
export const arcHeight = (s: number, e: number): number => 0.4 + 0.6 * (e - s);

/** y of the arc s → e at x (a parabola through (s, 0), its apex, (e, 0)); null outside [s, e]. */
export function arcY(s: number, e: number, x: number): number | null {
  if (x < s || x > e) return null;
  const t = (x - s) / (e - s);
  return 4 * arcHeight(s, e) * t * (1 - t);
}

/** The arc drawn nearest a clicked point (within half a unit), or −1. */
export function pickArc(v: Pick<LatticeView, 'start' | 'end'>, x: number, y: number): number {
  let best = -1, bestDistance = 0.5;
  for (let k = 0; k < v.start.length; k++) {
    const at = arcY(v.start[k], v.end[k], x);
    if (at === null) continue;
    const distance = Math.abs(at - y);
    if (distance < bestDistance) [best, bestDistance] = [k, distance];
  }
  return best;
}

/** Reads a picked arc "s-e" against the lattice: its index, or −1. */
export function arcIndex(v: Pick<LatticeView, 'start' | 'end'>, picked: string): number {
  const m = /^(\d+)-(\d+)$/.exec(picked.trim());
  if (!m) return -1;
  for (let k = 0; k < v.start.length; k++) if (v.start[k] === Number(m[1]) && v.end[k] === Number(m[2])) return k;
  return -1;
}

function curves(v: LatticeView, arcs: Iterable<number>): { x: (number | null)[]; y: (number | null)[] } {
  const x: (number | null)[] = [], y: (number | null)[] = [];
  for (const k of arcs) {
    const s = v.start[k], e = v.end[k];
    for (let i = 0; i <= STEPS; i++) {
      const xi = s + ((e - s) * i) / STEPS;
      x.push(xi);
      y.push(arcY(s, e, xi));
    }
    x.push(null);
    y.push(null);
  }
  return { x, y };
}

/** `width`: the figure's width in px (0 when not measured); a long text on a phone drops the labels that would overlap. */
export function latticeFigure(v: LatticeView, picked: number, width = 0): { data: Data[]; layout: Partial<Layout> } {
  const n = v.chars.length;
  const all = [...v.start.keys()];
  const density = labelDensity(n, all.length, width);
  const apexX = all.map((k) => (v.start[k] + v.end[k]) / 2);
  const apexY = all.map((k) => arcHeight(v.start[k], v.end[k]));
  const arcHover = all.map((k) => plotlyText(msg.arcHover(v.piece[k], v.start[k], v.end[k], prob(Math.exp(v.logp[k])), prob(v.marginal[k]))));
  const positions = Array.from({ length: n + 1 }, (_, e) => e);
  const maxY = Math.max(1, ...apexY);
  const data: Data[] = [
    { type: 'scatter', mode: 'lines', ...curves(v, all), name: msg.piecesName, line: { width: 1.2, color: COLOURS.exact }, hoverinfo: 'skip' },
    { type: 'scatter', mode: 'lines', ...curves(v, v.viterbi), name: msg.pathName, line: { width: 3.5, color: COLOURS.perfect }, hoverinfo: 'skip' },
    { type: 'scatter', mode: 'lines', ...curves(v, picked >= 0 ? [picked] : []), name: msg.pickedName, line: { width: 4, color: COLOURS.law }, hoverinfo: 'skip' },
    {
      type: 'scatter', mode: density.arcLabels ? 'text+markers' : 'markers', x: apexX, y: apexY, showlegend: false,
      text: all.map((k) => plotlyText(v.piece[k])), textposition: 'top center', textfont: { size: 12 },
      marker: { size: 6, color: all.map((k) => (v.unknown[k] ? COLOURS.viterbi : COLOURS.exact)) }, hovertext: arcHover, hoverinfo: 'text',
    },
    {
      type: 'scatter', mode: 'text', x: v.chars.map((_, i) => i + 0.5), y: v.chars.map(() => -0.35),
      text: density.charFont ? v.chars.map(plotlyText) : [], textfont: { size: density.charFont || 15 }, showlegend: false, hoverinfo: 'skip',
    },
    {
      type: 'scatter', mode: 'markers', x: positions, y: positions.map(() => 0), showlegend: false, marker: { size: 7, color: COLOURS.perfect },
      hovertext: positions.map((e) => msg.positionHover(e, num(v.logZ[e]), num(v.best[e]))), hoverinfo: 'text',
    },
    {
      type: 'scatter', mode: 'lines+markers', x: positions, y: positions.map((e) => (Number.isFinite(v.logZ[e]) ? v.logZ[e] : null)), xaxis: 'x', yaxis: 'y2',
      name: msg.logZName(num(v.alpha, 3)), line: { color: COLOURS.perfect }, marker: { size: 5 }, hovertemplate: 'log Z(%{x}) = %{y:.4f}<extra></extra>',
    },
    {
      type: 'scatter', mode: 'lines+markers', x: positions, y: positions.map((e) => (Number.isFinite(v.best[e]) ? v.best[e] : null)), xaxis: 'x', yaxis: 'y2',
      name: msg.bestName, line: { color: COLOURS.viterbi, dash: 'dash' }, marker: { size: 5 }, hovertemplate: 'V(%{x}) = %{y:.4f}<extra></extra>',
    },
  ];
  return {
    data,
    layout: {
      margin: { ...MARGIN, t: 8, b: 40 },
      legend: { orientation: 'h', y: 1.02, yanchor: 'bottom', x: 0 },
      xaxis: {
        anchor: 'y2', range: [-0.3, n + 0.3], tickvals: positions.filter((e) => e % density.tickStep === 0),
        title: { text: msg.xAxis }, zeroline: false,
      },
      yaxis: { domain: [0.42, 1], range: [-0.7, maxY * 1.15 + 0.3], visible: false, fixedrange: true },
      yaxis2: { domain: [0, 0.3], title: { text: msg.yAxis }, anchor: 'x' },
    },
  };
}

export function latticeCsv(v: LatticeView): string {
  const arcs = [...v.start.keys()];
  return toCsv({
    piece: arcs.map((k) => v.piece[k]), start: arcs.map((k) => v.start[k]), end: arcs.map((k) => v.end[k]),
    p: arcs.map((k) => Math.exp(v.logp[k])), log_p: arcs.map((k) => v.logp[k]), unknown_character: arcs.map((k) => v.unknown[k]),
    on_viterbi_path: arcs.map((k) => (v.viterbi.includes(k) ? 1 : 0)), marginal: arcs.map((k) => v.marginal[k]),
    backward_choice: arcs.map((k) => v.choice[k]), arrival_at_end: arcs.map((k) => v.arrival[k]),
    logZ_start: arcs.map((k) => v.logZ[v.start[k]]), logZ_end: arcs.map((k) => v.logZ[v.end[k]]),
  });
}
