/** Figures and tables of the fit widget: data by D band with the fitted law, residuals, parameters. */
import type { Data, Layout } from 'plotly.js';
import type { ChinchillaFit } from '../../compute/scaling/chinchilla';
import type { ScalingBootstrapResult, ScalingDataRequest, ScalingFitResult } from '../../compute/scaling/widgets';
import { toCsv } from '../../ui/download';
import { legendAbove, marginsWithTop } from '../scaling-shared/legend';
import { bandColour, num } from '../scaling-shared/format';
import { msg } from './messages';

const pick = (v: Float64Array, idx: number[]) => idx.map((i) => v[i]);

/** Loss against N on a log axis, one trace per D band (plus its fitted curve), and residuals below. */
export function fitFigure(r: ScalingFitResult): { data: Data[]; layout: Partial<Layout> } {
  const data: Data[] = [];
  const k = r.bands.length;
  r.bands.forEach((band, b) => {
    const idx = Array.from(r.band.keys()).filter((i) => r.band[i] === b && r.left[i] === 0);
    const colour = bandColour(b, k);
    const name = msg.bandName(num(band.Dmid, 1));
    const hover = idx.map((i) => msg.pointHover(num(band.lo, 2), num(band.hi, 2), num(r.N[i]), num(r.D[i]), r.loss[i].toFixed(3), r.predicted[i].toFixed(3)));
    data.push(
      { type: 'scatter', mode: 'markers', x: pick(r.N, idx), y: pick(r.loss, idx), name, legendgroup: name, marker: { color: colour, size: 6 }, hovertext: hover, hoverinfo: 'text' },
      {
        type: 'scatter', mode: 'lines', x: Array.from(band.curveN), y: Array.from(band.curveLoss), name: msg.fitAt(num(band.Dmid, 2)),
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
      type: 'scatter', mode: 'markers', x: pick(r.N, left), y: pick(r.loss, left), name: msg.leftOut,
      marker: { symbol: 'circle-open', size: 8, color: '#888' }, hovertext: left.map((i) => msg.leftOutHover(num(r.N[i]), num(r.D[i]), r.loss[i].toFixed(3))), hoverinfo: 'text',
    });
  }
  // Every run inside the y range, the left-out ones too: a log axis keeps them (loss up to ~5) from
  // squashing the fitted points (the fit itself weighs residuals of log loss).
  const { lo, hi } = logRange(Array.from(r.loss));
  return {
    data,
    layout: {
      xaxis: { type: 'log', title: { text: msg.xAxis }, anchor: 'y2' },
      yaxis: { title: { text: msg.yLoss }, type: 'log', domain: [0.34, 1], range: [lo, hi] },
      yaxis2: { title: { text: msg.yResidual }, domain: [0, 0.24], anchor: 'x', zeroline: true },
      legend: legendAbove(),
      margin: marginsWithTop(64),
    },
  };
}

/** A log axis' range (in log₁₀ units) around positive values, with 6% of the span spare at each end. */
export function logRange(values: readonly number[]): { lo: number; hi: number } {
  const logs = values.filter((v) => v > 0 && Number.isFinite(v)).map(Math.log10);
  const lo = Math.min(...logs), hi = Math.max(...logs), pad = 0.06 * (hi - lo || 0.1);
  return { lo: lo - pad, hi: hi + pad };
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
    { name: msg.ratioAtChinchilla, ours: num(a.ours.tokensPerParam, 3), interval: iv('tokensPerParam', 3), hoffmann: num(a.hoffmann.tokensPerParam, 3), epoch: num(a.epoch.tokensPerParam, 3) },
  ];
}

/** How much leaving out the highest-loss runs moves B and β (this fit against the other choice). */
export function dropEffect(fit: ChinchillaFit, other: ChinchillaFit | null, dropped: boolean): string {
  if (!other) return '';
  const [without, all] = dropped ? [fit, other] : [other, fit];
  return msg.dropEffect(num(without.B, 4), num(without.beta, 3), num(all.B, 4), num(all.beta, 3), num(all.B / without.B, 2));
}

/** What a fit shown for `shown` still shows once the controls ask for `wanted` (for the frame's stale note). */
export function shownData(shown: ScalingDataRequest, wanted: ScalingDataRequest): string {
  const data = shown.csv === null ? msg.builtinData : wanted.csv === null ? msg.csvNotBuiltin : msg.csvBefore;
  if (shown.dropHighest === wanted.dropHighest) return data;
  return msg.dataWithRuns(data, shown.dropHighest);
}

/** The points with the fitted loss and residual, one row per run. */
export function fitCsv(r: ScalingFitResult): string {
  return toCsv({
    N: r.N, D: r.D, loss: r.loss, fitted: r.predicted,
    residual: r.loss.map((v, i) => v - r.predicted[i]),
    left_out: Array.from(r.left),
  });
}
