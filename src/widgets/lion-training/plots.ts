/** Figures of the training widget: loss and accuracy curves, or the data with each decision boundary. */
import type { Data, Layout } from 'plotly.js';
import type { TrainAllResult, TrainedRun } from '../../compute/optimizers/widgets';
import { toCsv } from '../../ui/download';
import { OPTIMIZER_COLOR, OPTIMIZER_LABEL } from '../lion-shared/optimizers';
import { twoPanelLayout } from '../lion-shared/series';
import { msg } from './messages';

type Figure = { data: Data[]; layout: Partial<Layout> };

/** Loss (log axis) and accuracy per logged step; solid lines for the training set, dashed for the test set. */
export function curvesFigure(r: TrainAllResult, stacked: boolean): Figure {
  const data: Data[] = [];
  const curve = (run: TrainedRun, y: Float64Array, test: boolean, panel: 1 | 2, loss: boolean): Data => ({
    type: 'scatter',
    mode: 'lines',
    x: Array.from(run.step),
    y: Array.from(y),
    xaxis: panel === 1 ? 'x' : 'x2',
    yaxis: panel === 1 ? 'y' : 'y2',
    name: OPTIMIZER_LABEL[run.name],
    legendgroup: run.name,
    showlegend: panel === 1 && !test,
    line: { color: OPTIMIZER_COLOR[run.name], width: test ? 1.5 : 2, dash: test ? 'dash' : 'solid' },
    hovertemplate: msg.curveHover(OPTIMIZER_LABEL[run.name], test, loss),
  });
  for (const run of r.runs) {
    data.push(curve(run, run.trainLoss, false, 1, true), curve(run, run.testLoss, true, 1, true));
    data.push(curve(run, run.trainAccuracy, false, 2, false), curve(run, run.testAccuracy, true, 2, false));
  }
  const panels = twoPanelLayout(stacked, [msg.lossPanel, msg.accuracyPanel], msg.xAxis);
  return {
    data,
    layout: {
      ...panels,
      yaxis: { ...panels.yaxis, type: 'log', exponentformat: 'power', dtick: 1 },
      yaxis2: { ...panels.yaxis2, tickformat: '.0%', range: accuracyRange(r.runs) },
      showlegend: true,
      legend: { orientation: 'h', y: stacked ? -0.14 : -0.22 },
      hovermode: 'closest',
    },
  };
}

/**
 * The accuracy axis: from 40% (below chance, so a run stuck at chance is seen as stuck) to 100%, reaching
 * lower in tenths when some logged accuracy falls below 40% (a lopsided CSV, a diverging run).
 */
export function accuracyRange(runs: readonly TrainedRun[]): [number, number] {
  let lowest = Infinity;
  for (const run of runs) {
    for (const series of [run.trainAccuracy, run.testAccuracy]) for (const a of series) if (Number.isFinite(a)) lowest = Math.min(lowest, a);
  }
  // A margin of 2 points keeps the lowest point off the axis' edge.
  return [lowest >= 0.42 ? 0.4 : Math.max(-0.02, Math.floor((lowest - 0.02) * 10) / 10), 1.02];
}

/** Indices of the points of one class, for a scatter trace. */
function ofClass(points: Float64Array, labels: Uint8Array, label: number, axis: 0 | 1): number[] {
  const out: number[] = [];
  for (let k = 0; k < labels.length; k++) if (labels[k] === label) out.push(points[2 * k + axis]);
  return out;
}

/** The points (filled: train, open: test) and, per optimizer, the line where its network says p = ½. */
export function boundariesFigure(r: TrainAllResult, dark: boolean): Figure {
  const classColor = dark ? ['#9fb3c8', '#d8b26a'] : ['#4f6d8a', '#a87a1f'];
  const data: Data[] = [];
  for (const label of [0, 1]) {
    for (const test of [false, true]) {
      const X = test ? r.testX : r.trainX;
      const Y = test ? r.testY : r.trainY;
      data.push({
        type: 'scatter',
        mode: 'markers',
        x: ofClass(X, Y, label, 0),
        y: ofClass(X, Y, label, 1),
        name: msg.classTrace(label, test),
        showlegend: false,
        marker: { color: classColor[label], size: test ? 7 : 5, symbol: `${label === 0 ? 'circle' : 'diamond'}${test ? '-open' : ''}` },
        hovertemplate: msg.classHover(label, test),
      });
    }
  }
  const nx = r.gridX.length;
  for (const run of r.runs) {
    const color = OPTIMIZER_COLOR[run.name];
    data.push({
      type: 'contour',
      x: Array.from(r.gridX),
      y: Array.from(r.gridY),
      z: Array.from({ length: r.gridY.length }, (_, j) => Array.from(run.probability.subarray(j * nx, (j + 1) * nx))),
      contours: { coloring: 'none', start: 0.5, end: 0.5, size: 1 },
      line: { color, width: 2.5 },
      showscale: false,
      name: OPTIMIZER_LABEL[run.name],
      showlegend: true,
      hoverinfo: 'skip',
    } as Data);
  }
  return {
    data,
    layout: {
      xaxis: { range: [r.gridX[0], r.gridX[nx - 1]], zeroline: false, title: { text: 'x₁' } },
      yaxis: { range: [r.gridY[0], r.gridY[r.gridY.length - 1]], zeroline: false, scaleanchor: 'x', title: { text: 'x₂' } },
      showlegend: true,
      legend: { orientation: 'h', y: -0.18 },
      margin: { l: 48, r: 12, t: 12, b: 40 },
      hovermode: 'closest',
    },
  };
}

/** One row per logged step: each optimizer's train and test loss and accuracy. */
export function trainingCsv(r: TrainAllResult): string {
  const columns: Record<string, ArrayLike<number>> = { step: r.runs[0]?.step ?? [] };
  for (const run of r.runs) {
    columns[`${run.name}_train_loss`] = run.trainLoss;
    columns[`${run.name}_test_loss`] = run.testLoss;
    columns[`${run.name}_train_accuracy`] = run.trainAccuracy;
    columns[`${run.name}_test_accuracy`] = run.testAccuracy;
  }
  return toCsv(columns);
}

/** Final metrics of a run (the last finite log entry), or where it diverged. */
export function finalMetrics(run: TrainedRun): { trainLoss: number; testLoss: number; trainAccuracy: number; testAccuracy: number; divergedAt: number | null } {
  let k = run.step.length - 1;
  while (k > 0 && !Number.isFinite(run.trainLoss[k])) k--;
  return {
    trainLoss: run.trainLoss[k],
    testLoss: run.testLoss[k],
    trainAccuracy: run.trainAccuracy[k],
    testAccuracy: run.testAccuracy[k],
    divergedAt: run.divergedAt,
  };
}
