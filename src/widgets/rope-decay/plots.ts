/** Figures for the decay widget: per method, the bucket envelope of s(r) as a band and its value as a line. */
import type { Data, Layout } from 'plotly.js';
import type { DecayMethod, RopeDecayCompare } from '../../compute/rope/widgets';
import { tr, type Text } from '../../core/i18n';
import { toCsv } from '../../ui/download';
import { msg } from './messages';

/** The methods in the order of the toggles and the table (DECAY_METHODS of ropeCompare, which runs in the worker). */
export const METHODS = ['none', 'linear', 'ntk', 'yarn', 'llama3'] as const satisfies readonly DecayMethod[];

/** Legend name and colour of each method (colour-blind-safe Tableau hues). */
export const METHOD_STYLE: Record<DecayMethod, { name: Text; color: string }> = {
  none: { name: { en: 'No scaling', zh: '不缩放' }, color: '#7f7f7f' },
  linear: { name: { en: 'Linear (PI)', zh: '线性内插（PI）' }, color: '#2ca02c' },
  ntk: { name: { en: 'NTK-aware', zh: 'NTK-aware' }, color: '#9467bd' },
  yarn: { name: { en: 'YaRN', zh: 'YaRN' }, color: '#e08a00' },
  llama3: { name: { en: 'Llama 3', zh: 'Llama 3' }, color: '#1f77b4' },
};

/** '#rrggbb' → 'rgba(r,g,b,alpha)'. */
export function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

/**
 * One band (min/max over each bucket, a closed polygon; empty while the envelope is computed) and one line (s at each bucket's first distance)
 * per method, on a linear or log distance axis (log drops distance 0), and a vertical line at the
 * training length.
 */
export function decayFigure(r: RopeDecayCompare, trainLength: number, axis: 'linear' | 'log'): { data: Data[]; layout: Partial<Layout> } {
  const data: Data[] = [];
  for (const c of r.curves) {
    const from = axis === 'log' && c.distance[0] === 0 ? 1 : 0;
    const x = Array.from(c.distance.subarray(from));
    const value = Array.from(c.value.subarray(from));
    // Without an envelope (still being computed) the band is empty, so the figure keeps its traces.
    const min = c.min ? Array.from(c.min.subarray(from)) : [];
    const max = c.max ? Array.from(c.max.subarray(from)) : [];
    const style = METHOD_STYLE[c.method];
    const name = tr(style.name);
    data.push({
      type: 'scatter', mode: 'lines', x: c.min ? [...x, ...x.slice().reverse()] : [], y: [...max, ...min.reverse()],
      fill: 'toself', fillcolor: withAlpha(style.color, 0.2), line: { width: 0 }, hoverinfo: 'skip',
      legendgroup: c.method, showlegend: false, name: msg.band(name),
    });
    data.push({
      type: 'scatter', mode: 'lines', x, y: value, name, legendgroup: c.method,
      // One pixel: the browser strokes it as a hairline, about four times faster than 1.5 px for these
      // dense zigzags (without a GPU, 1.5 px lines held the page to ~30 frames a second while dragging).
      line: { color: style.color, width: 1 },
      hovertemplate: msg.hover(name),
    });
  }
  // The training length spans the plot's height on a hidden overlay axis, so it takes no part in the
  // y range, which the plot keeps steady while a slider moves the curves (ui/steadyAxes.ts).
  data.push({
    type: 'scatter', mode: 'lines', x: [trainLength, trainLength], y: [0, 1], yaxis: 'y2', name: msg.trainingLength,
    line: { dash: 'dash', width: 1.5, color: '#d62728' }, hoverinfo: 'skip',
  });
  return {
    data,
    layout: {
      // No fixed range: the plot's steady axes follow the target length (growing while a slider moves,
      // fitted at rest), so a drag of the target rarely redraws the axis (a range fixed here would move
      // with every input: a relayout each, p95 67 ms against 22 ms).
      xaxis: axis === 'log' ? { title: { text: msg.xLog }, type: 'log' } : { title: { text: msg.xLinear } },
      yaxis: { title: { text: msg.yAxis } },
      yaxis2: { overlaying: 'y', range: [0, 1], visible: false, fixedrange: true },
      showlegend: true,
      // Inside the empty top-right corner: below the plot a phone would stack the entries one per row.
      legend: { orientation: 'v', x: 1, xanchor: 'right', y: 1, yanchor: 'top', font: { size: 11 }, tracegroupgap: 0 },
      margin: { l: 56, r: 16, t: 16, b: 48 },
    },
  };
}

/** The numbers behind the figure: one row per bucket, per method its value and (once computed) min and max. */
export function decayCsv(r: RopeDecayCompare): string {
  if (r.curves.length === 0) return toCsv({ distance: [] });
  const columns: Record<string, ArrayLike<number>> = { distance: r.curves[0].distance };
  for (const c of r.curves) {
    columns[`${c.method}_value`] = c.value;
    if (c.min) columns[`${c.method}_min`] = c.min;
    if (c.max) columns[`${c.method}_max`] = c.max;
  }
  return toCsv(columns);
}
