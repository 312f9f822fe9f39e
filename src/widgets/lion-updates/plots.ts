/** Figure of the update-size widget: ‖θₜ − θₜ₋₁‖ and f(θₜ) − f* per step, both on log axes. */
import type { Data, Layout } from 'plotly.js';
import type { OptimizerRun } from '../../compute/optimizers/widgets';
import { toCsv } from '../../ui/download';
import { OPTIMIZER_COLOR, OPTIMIZER_LABEL } from '../lion-shared/optimizers';
import { lionMsg } from '../lion-shared/messages';
import { envelopeIndices, pick, twoPanelLayout } from '../lion-shared/series';
import { msg } from './messages';

/** Points drawn per curve: eight curves share the figure, so fewer than a path gets. */
const CURVE_POINTS = 800;

/** f(θₜ) − f* for t = 0 … steps (what a log axis can show: the gap to the minimum). */
export function lossGap(run: OptimizerRun, minValue: number): Float64Array {
  const gap = new Float64Array(run.loss.length);
  for (let t = 0; t < gap.length; t++) gap[t] = run.loss[t] - minValue;
  return gap;
}

/** The figure's curves and the number of steps they span (see updateCurves). */
export interface UpdateCurves {
  data: Data[];
  steps: number;
}

/**
 * Per run, its step lengths (update t drawn at step t, i.e. after it) and its loss gap, each decimated
 * to CURVE_POINTS: the costly part of the figure, made once per result (not again when only Lion's
 * reference line moves with its learning-rate slider).
 */
export function updateCurves(runs: readonly OptimizerRun[], minValue: number): UpdateCurves {
  const data: Data[] = [];
  for (const run of runs) {
    const color = OPTIMIZER_COLOR[run.name];
    const label = OPTIMIZER_LABEL[run.name];
    const u = envelopeIndices(run.updateNorm, CURVE_POINTS);
    // One pixel wide: the browser strokes these noisy zigzags as hairlines, several times faster.
    data.push({
      type: 'scatter',
      mode: 'lines',
      x: u.map((i) => i + 1),
      y: pick(run.updateNorm, u),
      name: label,
      legendgroup: run.name,
      line: { color, width: 1 },
      hovertemplate: msg.stepHover(label),
    });
    // The gap where a log axis can show it (positive), decimated over those steps alone.
    const gap = lossGap(run, minValue);
    const shown = new Float64Array(gap.length);
    for (let t = 0; t < gap.length; t++) shown[t] = gap[t] > 0 ? gap[t] : NaN;
    const g = envelopeIndices(shown, CURVE_POINTS);
    data.push({
      type: 'scatter',
      mode: 'lines',
      x: g,
      y: pick(gap, g),
      xaxis: 'x2',
      yaxis: 'y2',
      name: label,
      legendgroup: run.name,
      showlegend: false,
      line: { color, width: 1 },
      hovertemplate: msg.gapHover(label),
    });
  }
  return { data, steps: Math.max(1, ...runs.map((r) => r.updateNorm.length)) };
}

/** Two panels: step lengths and the loss gap, both on log axes, with Lion's step η√2 marked when Lion runs. */
export function updatesFigure(
  curves: UpdateCurves,
  opts: { stacked: boolean; lionLr: number | null },
): { data: Data[]; layout: Partial<Layout> } {
  const data = [...curves.data];
  if (opts.lionLr !== null) {
    const level = opts.lionLr * Math.SQRT2;
    data.push({
      type: 'scatter',
      mode: 'lines',
      x: [1, curves.steps],
      y: [level, level],
      name: msg.lionStep,
      line: { color: OPTIMIZER_COLOR.lion, width: 1, dash: 'dot' },
      hoverinfo: 'skip',
    });
  }
  const panels = twoPanelLayout(opts.stacked, [msg.stepPanel, msg.gapPanel], msg.xAxis);
  return {
    data,
    layout: {
      ...panels,
      yaxis: { ...panels.yaxis, type: 'log', exponentformat: 'power' },
      yaxis2: { ...panels.yaxis2, type: 'log', exponentformat: 'power' },
      showlegend: true,
      legend: { orientation: 'h', y: opts.stacked ? -0.14 : -0.22 },
      hovermode: 'closest',
    },
  };
}

/** Every step: each optimizer's step length (empty at step 0) and loss gap. */
export function updatesCsv(runs: readonly OptimizerRun[], minValue: number): string {
  const steps = Math.max(0, ...runs.map((r) => r.updateNorm.length));
  const columns: Record<string, ArrayLike<number | string>> = { step: Array.from({ length: steps + 1 }, (_, i) => i) };
  for (const run of runs) {
    columns[`${run.name}_update_norm`] = ['', ...Array.from(run.updateNorm)];
    columns[`${run.name}_loss_gap`] = lossGap(run, minValue);
  }
  return toCsv(columns);
}

/** The readout: per run, its last step length and loss gap, or where it diverged. */
export function updateItems(runs: readonly OptimizerRun[], minValue: number) {
  return runs.map((run) => {
    const item = { key: run.name, color: OPTIMIZER_COLOR[run.name], label: OPTIMIZER_LABEL[run.name] };
    if (run.divergedAt !== null) return { ...item, text: lionMsg.runDiverged(run.divergedAt), bad: true };
    const n = run.updateNorm.length;
    const text = n === 0 ? msg.noSteps : msg.last(run.updateNorm[n - 1].toPrecision(3), (run.loss[n] - minValue).toPrecision(3));
    return { ...item, text, bad: false };
  });
}
