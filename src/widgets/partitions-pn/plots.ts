/** Figure, CSV and readout lines of the p(n) widget. */
import type { Data, Layout } from 'plotly.js';
import type { RamanujanCheck } from '../../compute/partitions/counts';
import type { PartitionsCurve } from '../../compute/partitions/widgets';
import type { RademacherConvergence } from '../../compute/partitions/asymptotics';
import { toCsv } from '../../ui/download';
import { msg } from './messages';

/** From this n on, p(n) runs as a cancellable job in a worker of its own (below it takes milliseconds). */
export const JOB_N = 1_000_000;
/** Past this n the convergence panel's p(n) runs in a worker of its own. */
export const ALONE_N = 10_000_000;

/** A log value plotly can draw: ±Infinity and NaN become gaps. */
const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

// Built only from results (n is read from the series result), so typing or dragging n redraws when the
// numbers for it arrive, not before.
/**
 * Three panels. Top: log10 p(n) and the Hardy–Ramanujan estimate against n. Middle (same n axis): their
 * ratio, which creeps up to 1. Bottom: the Rademacher series at n, term by term.
 */
export function pnFigure(curve: PartitionsCurve | null, conv: RademacherConvergence | null): { data: Data[]; layout: Partial<Layout> } {
  const data: Data[] = [];
  if (curve) {
    const x = Array.from(curve.n);
    data.push(
      {
        type: 'scatter', mode: 'lines', x, y: Array.from(curve.log10P), name: msg.exactLine,
        line: { width: 3, color: '#1f77b4' }, hovertemplate: 'n = %{x}: log₁₀ p(n) = %{y:.5f}<extra></extra>',
      },
      {
        type: 'scatter', mode: 'lines', x, y: Array.from(curve.log10HR), name: msg.estimate,
        line: { width: 1.5, dash: 'dash', color: '#d62728' }, hovertemplate: 'n = %{x}: log₁₀ estimate = %{y:.5f}<extra></extra>',
      },
      {
        type: 'scatter', mode: 'lines', x, y: Array.from(curve.ratio), yaxis: 'y3', name: msg.ratioLine,
        line: { width: 2, color: '#ff7f0e' }, hovertemplate: 'n = %{x}: p(n) / estimate = %{y:.5f}<extra></extra>',
      },
    );
    // The chosen n on the curve; empty when it lies past the curve's end. Always present, so the
    // figure keeps its traces (and the plot can move them) while n is dragged.
    const shown = conv !== null && conv.n <= curve.n[curve.n.length - 1];
    data.push({
      type: 'scatter', mode: 'markers', x: shown ? [conv.n] : [], y: shown ? [conv.log10P] : [], name: msg.chosen, showlegend: false,
      marker: { size: 9, color: '#1f77b4', line: { width: 2, color: '#ffffff' } }, hovertemplate: 'n = %{x}: log₁₀ p(n) = %{y:.5f}<extra></extra>',
    });
  }
  const shapes: Layout['shapes'] = [];
  if (conv) {
    const k = Array.from(conv.k);
    data.push(
      {
        type: 'scatter', mode: 'lines+markers', x: k, y: Array.from(conv.log10AbsError, finite), xaxis: 'x2', yaxis: 'y2',
        name: msg.error, marker: { size: 4, color: '#2ca02c' }, line: { color: '#2ca02c' },
        hovertemplate: 'after %{x} terms: log₁₀ |error| = %{y:.3f}<extra></extra>',
      },
      {
        type: 'scatter', mode: 'markers', x: k, y: Array.from(conv.log10AbsTerm, finite), xaxis: 'x2', yaxis: 'y2',
        name: msg.term, marker: { size: 4, symbol: 'x', color: '#9467bd' }, hovertemplate: msg.termHover,
      },
      {
        type: 'scatter', mode: 'lines', x: k, y: Array.from(conv.log10Bound, finite), xaxis: 'x2', yaxis: 'y2',
        name: msg.bound, line: { dash: 'dot', color: '#8c564b' }, hovertemplate: msg.boundHover,
      },
    );
    shapes.push({ type: 'line', xref: 'paper', x0: 0, x1: 1, yref: 'y2', y0: Math.log10(0.5), y1: Math.log10(0.5), line: { width: 1, dash: 'dot', color: '#7f7f7f' } });
    // The number of terms needed, as a trace over the panel's height (on a hidden axis), not a layout
    // shape: a shape moving with n would change the layout, and replot the figure, on every step.
    const needed = conv.termsNeeded > 0 && conv.termsNeeded <= k.length;
    data.push({
      type: 'scatter', mode: 'lines', x: needed ? [conv.termsNeeded, conv.termsNeeded] : [], y: needed ? [0, 1] : [], xaxis: 'x2', yaxis: 'y4',
      name: msg.needed, showlegend: false, line: { width: 1, dash: 'dot', color: '#8c564b' }, hoverinfo: 'skip',
    });
  }
  return {
    data,
    layout: {
      xaxis: { title: { text: 'n' }, anchor: 'y3', domain: [0, 1] },
      yaxis: { title: { text: 'log₁₀ p(n)' }, domain: [0.74, 1], anchor: 'x' },
      yaxis3: { title: { text: msg.ratioAxis }, domain: [0.47, 0.67], anchor: 'x' },
      xaxis2: { title: { text: msg.termsAxis }, anchor: 'y2', domain: [0, 1] },
      yaxis2: { title: { text: 'log₁₀' }, domain: [0, 0.3], anchor: 'x2' },
      yaxis4: { overlaying: 'y2', range: [0, 1], visible: false, fixedrange: true },
      shapes,
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: -0.14 },
      margin: { l: 56, r: 16, t: 16, b: 40 },
    },
  };
}

/** The curve and the convergence data side by side (columns of different lengths). */
export function pnCsv(curve: PartitionsCurve | null, conv: RademacherConvergence | null): string {
  return toCsv({
    n: curve?.n ?? [],
    log10_p: curve?.log10P ?? [],
    log10_hardy_ramanujan: curve?.log10HR ?? [],
    ratio_p_over_hr: curve?.ratio ?? [],
    k: conv?.k ?? [],
    log10_abs_term: conv?.log10AbsTerm ?? [],
    log10_abs_error: conv?.log10AbsError ?? [],
    log10_bound: conv?.log10Bound ?? [],
  });
}

/** A congruence that applies to n, as a line: ✓ when p(n) ≡ 0 as Ramanujan says, ✗ (a bug) otherwise. */
export function checkLine(n: number, c: RamanujanCheck): string {
  const k = (n - c.offset) / c.modulus;
  return msg.check(c.holds ? '✓' : '✗', n, c.modulus, k, c.offset, c.remainder, c.label);
}

/** The moduli whose congruence does not apply to n, e.g. "5, 7, 11" (with n mod each). */
export function notApplying(n: number, checks: RamanujanCheck[]): string {
  return checks.filter((c) => !c.applies).map((c) => `n mod ${c.modulus} = ${n % c.modulus} ≠ ${c.offset}`).join('; ');
}

/** Milliseconds for reading: one decimal below 10. */
export function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(1) : String(Math.round(ms));
}
