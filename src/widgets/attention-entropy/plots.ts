/** The entropy-against-length figure, its CSV, table and summary in words. */
import type { Data, Layout } from 'plotly.js';
import type { SweepResult, VariantSweep } from '../../compute/attention/lengthSweep';
import { toCsv } from '../../ui/download';
import { legendLayout } from '../attention-shared/legend';
import { sharedMsg } from '../attention-shared/messages';
import { fmt, VARIANT_COLOR, variantLabel } from '../attention-shared/variants';
import { msg } from './messages';

export type Metric = 'entropy' | 'relevant' | 'total';

/** The metric's axis title, in the language in force. */
function metricTitle(metric: Metric): string {
  return metric === 'entropy' ? msg.metricEntropy : metric === 'relevant' ? msg.metricRelevant : msg.metricTotal;
}

const bandOf = (v: VariantSweep, metric: Metric) => v[metric];

/**
 * A band (range over seeds, filled) and a line (mean) per variant, the mean-field estimate dashed, L
 * marked; on a narrow figure the legend goes on top (see legend.ts).
 */
export function entropyFigure(r: SweepResult, metric: Metric, trainLength: number, meanField: boolean, narrow = false): { data: Data[]; layout: Partial<Layout> } {
  const n = Array.from(r.n);
  const data: Data[] = [];
  let low = Infinity;
  let high = -Infinity;
  for (const v of r.variants) {
    const band = bandOf(v, metric);
    const color = VARIANT_COLOR[v.variant];
    const label = variantLabel(v.variant);
    band.low.forEach((x) => Number.isFinite(x) && (low = Math.min(low, x)));
    band.high.forEach((x) => Number.isFinite(x) && (high = Math.max(high, x)));
    data.push(
      { type: 'scatter', mode: 'lines', x: n, y: Array.from(band.low), line: { width: 0, color }, hoverinfo: 'skip', showlegend: false, legendgroup: v.variant },
      {
        type: 'scatter', mode: 'lines', x: n, y: Array.from(band.high), fill: 'tonexty', fillcolor: `${color}33`, line: { width: 0, color },
        hoverinfo: 'skip', showlegend: false, legendgroup: v.variant,
      },
      {
        type: 'scatter', mode: 'lines', x: n, y: Array.from(band.mean), name: label, line: { color, width: 2 }, legendgroup: v.variant,
        hovertemplate: msg.hover(label, metricTitle(metric)),
      },
    );
    if (metric === 'entropy' && meanField && v.meanField.some(Number.isFinite)) {
      data.push({
        type: 'scatter', mode: 'lines', x: n, y: Array.from(v.meanField), name: msg.meanFieldName(label), showlegend: false,
        line: { color, width: 1.5, dash: 'dash' }, legendgroup: v.variant,
        hovertemplate: msg.meanFieldHover,
      });
    }
  }
  const logY = metric !== 'entropy';
  const yRange = logY ? [Math.log10(Math.max(low, 1e-300)), Math.log10(Math.max(high, 1e-300))] : [Math.min(0, low), high];
  data.push({
    type: 'scatter', mode: 'lines', x: [trainLength, trainLength], y: logY ? [10 ** yRange[0], 10 ** yRange[1]] : yRange,
    name: sharedMsg.trainingLine(trainLength), line: { color: '#888', dash: 'dot', width: 1 }, hoverinfo: 'skip',
  });
  return {
    data,
    layout: {
      xaxis: { type: 'log', dtick: 1, title: { text: msg.xAxis }, exponentformat: 'power' },
      yaxis: { type: logY ? 'log' : 'linear', title: { text: metricTitle(metric) }, exponentformat: 'power' },
      legend: legendLayout(narrow),
      margin: { l: 56, r: 12, t: 12, b: 48 },
      hovermode: 'closest',
    },
  };
}

/** Every number behind the figure: per length, each variant's mean, low and high of the chosen metric (and the estimate). */
export function entropyCsv(r: SweepResult, metric: Metric): string {
  const columns: Record<string, ArrayLike<number>> = { n: r.n };
  for (const v of r.variants) {
    const band = bandOf(v, metric);
    columns[`${v.variant}_${metric}_mean`] = band.mean;
    columns[`${v.variant}_${metric}_low`] = band.low;
    columns[`${v.variant}_${metric}_high`] = band.high;
    if (metric === 'entropy') columns[`${v.variant}_mean_field`] = v.meanField;
  }
  return toCsv(columns);
}

/** Table rows: length, then each variant's mean. */
export function entropyTable(r: SweepResult, metric: Metric): { columns: string[]; rows: (string | number)[][] } {
  return {
    columns: ['n', ...r.variants.map((v) => variantLabel(v.variant))],
    rows: Array.from(r.n, (n, i) => [n, ...r.variants.map((v) => fmt(bandOf(v, metric).mean[i]))]),
  };
}

/** How each curve moves from L to the longest length, in words. */
export function entropySummary(r: SweepResult, metric: Metric, trainLength: number): string {
  const n = Array.from(r.n);
  const atL = n.indexOf(trainLength);
  const last = n.length - 1;
  if (atL < 0) return msg.summaryRange(metricTitle(metric), n[0], n[last]);
  const parts = r.variants.map((v) => {
    const b = bandOf(v, metric);
    return msg.summaryPart(variantLabel(v.variant), fmt(b.mean[atL]), fmt(b.mean[last]));
  });
  return msg.summary(metricTitle(metric), trainLength, n[last], parts);
}
