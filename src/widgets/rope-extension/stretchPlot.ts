/** The extension widget's second view: how much each method slows each pair (θ_i/θ′_i), side by side. */
import type { Data, Layout } from 'plotly.js';
import type { RopeExtension } from '../../compute/rope/widgets';
import { msg } from './messages';

/** Readable names of the compared methods, in legend order (names of methods read the same in Chinese). */
export const COMPARED = [
  { key: 'linear', name: 'PI (linear)', color: '#2ca02c', dash: 'dash' },
  { key: 'ntk', name: 'NTK-aware', color: '#9467bd', dash: 'dot' },
  { key: 'yarn', name: 'YaRN (β 32/1)', color: '#e08a00', dash: 'dashdot' },
] as const;

/** Finite values only: a pair proportional RoPE leaves unrotated has no stretch to draw. */
const finite = (values: Float64Array) => Array.from(values, (v) => (Number.isFinite(v) ? v : null));

/**
 * Stretch θ_i/θ′_i per pair on a log axis: the model's own (markers; for LongRoPE its searched
 * factor per pair) over what PI, NTK-aware and YaRN would do with s = target/train on the same head.
 */
export function stretchFigure(r: RopeExtension, methodName: string): { data: Data[]; layout: Partial<Layout> } {
  const pairs = r.compare.model.length;
  const x = Array.from({ length: pairs }, (_, i) => i);
  const s = r.compare.factor;
  const lines: Data[] = COMPARED.map(({ key, name, color, dash }) => {
    const values = r.compare[key];
    return {
      type: 'scatter', mode: 'lines', x, y: values ? finite(values) : [], name: `${name}, s = ${s.toPrecision(4)}`,
      line: { color, dash, width: 2 }, hovertemplate: msg.stretchHover(name),
    };
  });
  return {
    data: [
      ...lines,
      {
        type: 'scatter', mode: 'lines+markers', x, y: finite(r.compare.model), name: methodName,
        line: { color: '#1f77b4', width: 1.5 }, marker: { size: 6, color: '#1f77b4' },
        hovertemplate: msg.modelHover(methodName),
      },
    ],
    layout: {
      xaxis: { title: { text: msg.xAxis }, range: [-1, pairs] },
      yaxis: { title: { text: msg.stretchAxis }, type: 'log', exponentformat: 'power' },
      showlegend: true,
      legend: { orientation: 'v', x: 0, xanchor: 'left', y: 1, yanchor: 'top', font: { size: 11 } },
      margin: { l: 56, r: 16, t: 16, b: 48 },
    },
  };
}

/** The stretch view's numbers, one row per pair. */
export function stretchColumns(r: RopeExtension): Record<string, ArrayLike<number | string>> {
  const blank = (v: Float64Array | null) => (v ? Array.from(v, (x) => (Number.isFinite(x) ? x : '')) : []);
  return {
    pair: Array.from(r.compare.model, (_, i) => i),
    stretch_model: blank(r.compare.model),
    stretch_pi: blank(r.compare.linear),
    stretch_ntk: blank(r.compare.ntk),
    stretch_yarn: blank(r.compare.yarn),
  };
}
