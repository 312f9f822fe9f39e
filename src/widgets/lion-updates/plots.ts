/** Figure of the update-size widget: ‖θₜ − θₜ₋₁‖ and f(θₜ) − f* per step, both on log axes. */
import type { Data, Layout } from 'plotly.js';
import type { OptimizerRun } from '../../compute/optimizerViews';
import { toCsv } from '../../ui/download';
import { OPTIMIZER_COLOR, OPTIMIZER_LABEL } from '../lion-shared/optimizers';
import { envelopeIndices, pick, twoPanelLayout } from '../lion-shared/series';

/** Points drawn per curve: eight curves share the figure, so fewer than a path gets. */
const CURVE_POINTS = 800;

/** f(θₜ) − f* for t = 0 … steps (what a log axis can show: the gap to the minimum). */
export function lossGap(run: OptimizerRun, minValue: number): Float64Array {
  return run.loss.map((f) => f - minValue);
}

/** Two panels: step lengths (update t drawn at step t, i.e. after it) and the loss gap. */
export function updatesFigure(
  runs: readonly OptimizerRun[],
  minValue: number,
  opts: { stacked: boolean; lionLr: number | null },
): { data: Data[]; layout: Partial<Layout> } {
  const data: Data[] = [];
  for (const run of runs) {
    const color = OPTIMIZER_COLOR[run.name];
    const label = OPTIMIZER_LABEL[run.name];
    const u = envelopeIndices(run.updateNorm, CURVE_POINTS);
    data.push({
      type: 'scatter',
      mode: 'lines',
      x: u.map((i) => i + 1),
      y: pick(run.updateNorm, u),
      name: label,
      legendgroup: run.name,
      line: { color, width: 1.5 },
      hovertemplate: `${label}, step %{x}: ‖Δθ‖ = %{y:.4g}<extra></extra>`,
    });
    const gap = lossGap(run, minValue);
    const g = envelopeIndices(gap.map((v) => (v > 0 ? v : NaN)), CURVE_POINTS);
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
      line: { color, width: 1.5 },
      hovertemplate: `${label}, step %{x}: f − f* = %{y:.4g}<extra></extra>`,
    });
  }
  const steps = Math.max(1, ...runs.map((r) => r.updateNorm.length));
  if (opts.lionLr !== null) {
    const level = opts.lionLr * Math.SQRT2;
    data.push({
      type: 'scatter',
      mode: 'lines',
      x: [1, steps],
      y: [level, level],
      name: 'η√2: Lion’s step without decay',
      line: { color: OPTIMIZER_COLOR.lion, width: 1, dash: 'dot' },
      hoverinfo: 'skip',
    });
  }
  const panels = twoPanelLayout(opts.stacked, ['Step length ‖θₜ − θₜ₋₁‖', 'Loss gap f(θₜ) − f*'], 'step t');
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
    if (run.divergedAt !== null) return { ...item, text: `diverged at step ${run.divergedAt}`, bad: true };
    const n = run.updateNorm.length;
    const text = n === 0 ? 'no steps' : `last step length ${run.updateNorm[n - 1].toPrecision(3)}, f − f* = ${(run.loss[n] - minValue).toPrecision(3)}`;
    return { ...item, text, bad: false };
  });
}
