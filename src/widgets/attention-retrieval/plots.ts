/** Figures of the retrieval experiment: error or accuracy against test length, or training loss; CSV, table, summary. */
import type { Data, Layout } from 'plotly.js';
import type { RetrievalResult } from '../../compute/attention/retrieval';
import { toCsv } from '../../ui/download';
import { legendLayout } from '../attention-shared/legend';
import { sharedMsg } from '../attention-shared/messages';
import { fmt, VARIANT_COLOR, variantLabel } from '../attention-shared/variants';
import { msg } from './messages';

export type RetrievalView = 'mse' | 'accuracy' | 'loss';

/** One line per variant; the training length dotted; for error, the level of always answering 0. Narrow: legend on top. */
export function retrievalFigure(r: RetrievalResult, view: RetrievalView, narrow = false): { data: Data[]; layout: Partial<Layout> } {
  const data: Data[] = r.runs.map((run) => {
    const loss = view === 'loss';
    const label = variantLabel(run.variant);
    return {
      type: 'scatter', mode: loss ? 'lines' : 'lines+markers', name: label,
      x: Array.from(loss ? run.step : r.lengths), y: Array.from(loss ? run.trainLoss : view === 'mse' ? run.mse : run.accuracy),
      line: { color: VARIANT_COLOR[run.variant], width: 2 }, marker: { size: 6 },
      hovertemplate: msg.hover(label, loss),
    } as Data;
  });
  if (view !== 'loss') {
    const ys = view === 'mse' ? [1e-4, 100] : [0.4, 1];
    data.push({ type: 'scatter', mode: 'lines', x: [r.trainLength, r.trainLength], y: ys, name: sharedMsg.trainingLine(r.trainLength), line: { color: '#888', dash: 'dot', width: 1 }, hoverinfo: 'skip' });
    const first = r.lengths[0];
    const last = r.lengths[r.lengths.length - 1];
    data.push({
      type: 'scatter', mode: 'lines', x: [first, last], y: view === 'mse' ? [1, 1] : [0.5, 0.5], name: view === 'mse' ? msg.answeringZero : msg.chance,
      line: { color: '#888', dash: 'dash', width: 1 }, hoverinfo: 'skip',
    });
  }
  const yTitle = view === 'mse' ? msg.yMse : view === 'accuracy' ? msg.yAccuracy : msg.yLoss;
  return {
    data,
    layout: {
      xaxis: { type: 'log', dtick: 1, title: { text: view === 'loss' ? msg.xStep : msg.xLength }, exponentformat: 'power' },
      yaxis: view === 'accuracy' ? { title: { text: yTitle }, range: [0.4, 1.02], tickformat: '.0%' } : { type: 'log', title: { text: yTitle }, exponentformat: 'power' },
      legend: legendLayout(narrow),
      margin: { l: 56, r: 12, t: 12, b: 48 },
      hovermode: 'closest',
    },
  };
}

/** Every test result, one row per length; training losses are in a second block after a blank line. */
export function retrievalCsv(r: RetrievalResult): string {
  const tests: Record<string, ArrayLike<number>> = { n: r.lengths };
  const losses: Record<string, ArrayLike<number>> = { step: r.runs[0]?.step ?? [] };
  for (const run of r.runs) {
    tests[`${run.variant}_mse`] = run.mse;
    tests[`${run.variant}_accuracy`] = run.accuracy;
    losses[`${run.variant}_train_loss`] = run.trainLoss;
  }
  return `${toCsv(tests)}\n${toCsv(losses)}`;
}

/** Table: per variant, error at L and at the longest test, accuracy there, final training loss. */
export function retrievalTable(r: RetrievalResult): { columns: string[]; rows: (string | number)[][] } {
  const atL = Array.from(r.lengths).indexOf(r.trainLength);
  const last = r.lengths.length - 1;
  const n = r.lengths[last];
  return {
    columns: [
      sharedMsg.colNormalisation, msg.colErrorAtN(r.lengths[0]), msg.colErrorAtL(r.trainLength), msg.colErrorAtN(n), msg.colSignsAtL, msg.colSignsAtN(n),
      msg.colFinalLoss,
    ],
    rows: r.runs.map((run) => [
      variantLabel(run.variant), fmt(run.mse[0]), fmt(run.mse[atL]), fmt(run.mse[last]),
      `${(100 * run.accuracy[atL]).toFixed(1)}%`, `${(100 * run.accuracy[last]).toFixed(1)}%`, fmt(run.trainLoss[run.trainLoss.length - 1]),
    ]),
  };
}

/** What the test errors did away from L, in words. */
export function retrievalSummary(r: RetrievalResult): string {
  const atL = Array.from(r.lengths).indexOf(r.trainLength);
  const last = r.lengths.length - 1;
  const parts = r.runs.map((run) => `${variantLabel(run.variant)} ${fmt(run.mse[0])} / ${fmt(run.mse[atL])} / ${fmt(run.mse[last])}`);
  return msg.summary(r.lengths[0], r.trainLength, r.lengths[last], parts);
}
