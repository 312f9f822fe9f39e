/** Figures and tables of the fit widget: data by D band with the fitted law, residuals, parameters. */
import type { Data, Layout } from 'plotly.js';
import type { ChinchillaFit } from '../../compute/scaling/chinchilla';
import type { ScalingBootstrapResult, ScalingDataRequest, ScalingFitResult } from '../../compute/scaling/widgets';
import { toCsv } from '../../ui/download';
import { legendAbove, marginsWithTop } from '../scaling-shared/legend';
import { bandColour, num } from '../scaling-shared/format';

const pick = (v: Float64Array, idx: number[]) => idx.map((i) => v[i]);

/** Loss against N on a log axis, one trace per D band (plus its fitted curve), and residuals below. */
export function fitFigure(r: ScalingFitResult): { data: Data[]; layout: Partial<Layout> } {
  const data: Data[] = [];
  const k = r.bands.length;
  r.bands.forEach((band, b) => {
    const idx = Array.from(r.band.keys()).filter((i) => r.band[i] === b && r.left[i] === 0);
    const colour = bandColour(b, k);
    const name = `D ≈ ${num(band.Dmid, 1)}`;
    const hover = idx.map((i) => `tokens ${num(band.lo, 2)}–${num(band.hi, 2)}<br>N = ${num(r.N[i])}<br>D = ${num(r.D[i])}<br>loss = ${r.loss[i].toFixed(3)}<br>fit = ${r.predicted[i].toFixed(3)}`);
    data.push(
      { type: 'scatter', mode: 'markers', x: pick(r.N, idx), y: pick(r.loss, idx), name, legendgroup: name, marker: { color: colour, size: 6 }, hovertext: hover, hoverinfo: 'text' },
      {
        type: 'scatter', mode: 'lines', x: Array.from(band.curveN), y: Array.from(band.curveLoss), name: `fit at D = ${num(band.Dmid, 2)}`,
        legendgroup: name, showlegend: false, line: { color: colour, width: 1.5 }, hoverinfo: 'skip',
      },
      {
        type: 'scatter', mode: 'markers', x: pick(r.N, idx), y: idx.map((i) => r.loss[i] - r.predicted[i]), yaxis: 'y2', name,
        legendgroup: name, showlegend: false, marker: { color: colour, size: 4 }, hovertext: hover, hoverinfo: 'text',
      },
    );
  });
  const left = Array.from(r.left.keys()).filter((i) => r.left[i] === 1);
  if (left.length > 0) {
    data.push({
      type: 'scatter', mode: 'markers', x: pick(r.N, left), y: pick(r.loss, left), name: 'left out',
      marker: { symbol: 'circle-open', size: 8, color: '#888' }, hovertext: left.map((i) => `left out<br>N = ${num(r.N[i])}<br>D = ${num(r.D[i])}<br>loss = ${r.loss[i].toFixed(3)}`), hoverinfo: 'text',
    });
  }
  // Keep the y range on the fitted points: the left-out runs (loss up to ~5) would squash the rest.
  const keptLoss = Array.from(r.loss).filter((_, i) => r.left[i] === 0);
  const lo = Math.min(...keptLoss), hi = Math.max(...keptLoss), pad = 0.06 * (hi - lo || 1);
  return {
    data,
    layout: {
      xaxis: { type: 'log', title: { text: 'parameters N' }, anchor: 'y2' },
      yaxis: { title: { text: 'final loss' }, domain: [0.34, 1], range: [lo - pad, hi + pad] },
      yaxis2: { title: { text: 'data − fit' }, domain: [0, 0.24], anchor: 'x', zeroline: true },
      legend: legendAbove(),
      margin: marginsWithTop(64),
    },
  };
}

/** One row of the parameter table: this fit, its bootstrap interval, and the two published values. */
export interface ParamRow { name: string; ours: string; interval: string; hoffmann: string; epoch: string }

/** The parameter table: E, A, B, α, β, the exponent a of N_opt ∝ Cᵃ, and D/N at Chinchilla's budget. */
export function paramRows(r: ScalingFitResult, boot: ScalingBootstrapResult | null): ParamRow[] {
  const { hoffmann: h, epoch: e } = r.published;
  const iv = (key: keyof ScalingBootstrapResult['intervals'], digits: number) => {
    const i = boot?.intervals[key];
    return i ? `${num(i.lo, digits)} – ${num(i.hi, digits)}` : '';
  };
  const row = (name: string, key: 'E' | 'A' | 'B' | 'alpha' | 'beta', digits: number): ParamRow => ({
    name, ours: num(r.fit[key], digits), interval: iv(key, digits), hoffmann: String(h[key]), epoch: String(e[key]),
  });
  const a = r.allocation;
  return [
    row('E', 'E', 3), row('A', 'A', 4), row('B', 'B', 4), row('α', 'alpha', 3), row('β', 'beta', 3),
    { name: 'a = β/(α+β)', ours: num(a.ours.exponentN, 3), interval: iv('exponent', 3), hoffmann: num(a.hoffmann.exponentN, 3), epoch: num(a.epoch.exponentN, 3) },
    { name: 'D/N at 5.76×10²³ FLOP', ours: num(a.ours.tokensPerParam, 3), interval: iv('tokensPerParam', 3), hoffmann: num(a.hoffmann.tokensPerParam, 3), epoch: num(a.epoch.tokensPerParam, 3) },
  ];
}

/** How much leaving out the highest-loss runs moves B and β (this fit against the other choice). */
export function dropEffect(fit: ChinchillaFit, other: ChinchillaFit | null, dropped: boolean): string {
  if (!other) return '';
  const [without, all] = dropped ? [fit, other] : [other, fit];
  return `Without the 5 highest-loss runs B = ${num(without.B, 4)} and β = ${num(without.beta, 3)}; with every run B = ${num(all.B, 4)} and β = ${num(all.beta, 3)} (B × ${num(all.B / without.B, 2)}).`;
}

/** What a fit shown for `shown` still shows once the controls ask for `wanted` (for the frame's stale note). */
export function shownData(shown: ScalingDataRequest, wanted: ScalingDataRequest): string {
  const data = shown.csv === null ? 'the built-in Chinchilla data' : wanted.csv === null ? 'your CSV, not the built-in data' : 'your CSV as it was before';
  if (shown.dropHighest === wanted.dropHighest) return data;
  return `${data}, ${shown.dropHighest ? 'without' : 'with'} the 5 highest-loss runs`;
}

/** The points with the fitted loss and residual, one row per run. */
export function fitCsv(r: ScalingFitResult): string {
  return toCsv({
    N: r.N, D: r.D, loss: r.loss, fitted: r.predicted,
    residual: r.loss.map((v, i) => v - r.predicted[i]),
    left_out: Array.from(r.left),
  });
}
