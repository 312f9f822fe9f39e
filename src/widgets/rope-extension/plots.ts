/** Figures for the extension widget: per pair, turns within the training length vs at the target. */
import type { Data, Layout } from 'plotly.js';
import type { RopeConfig } from '../../compute/rope/invFreq';
import type { RopeExtension } from '../../compute/rope/widgets';
import { tr, type Text } from '../../core/i18n';
import { toCsv } from '../../ui/download';
import { msg } from './messages';
import { stretchColumns } from './stretchPlot';

/** Names of the codes in RopeRotations.treatment (TREATMENTS of ropeViews, which runs in the worker). */
export const TREATMENTS = ['extrapolated', 'mixed', 'interpolated'] as const;

/** Colours and legend names per treatment code (index into TREATMENTS). */
const TREATMENT_STYLE = [
  { name: () => msg.kept, color: '#1f77b4', symbol: 'circle' },
  { name: () => msg.mixed, color: '#e08a00', symbol: 'diamond' },
  { name: () => msg.interpolated, color: '#2ca02c', symbol: 'square' },
] as const;

/** A treatment's name in the reader's language, for hover text. */
const treatmentName = (t: number) => [msg.treatmentExtrapolated, msg.treatmentMixed, msg.treatmentInterpolated][t];

/** Counts of pairs per treatment, in TREATMENTS order. */
export function treatmentCounts(r: RopeExtension): number[] {
  const counts = TREATMENTS.map(() => 0);
  for (const t of r.treatment) counts[t]++;
  return counts;
}

/**
 * Turns per pair on a log axis: within the training length at the original frequency, at the target
 * with the method's frequency (marker per treatment, ringed when the angles were never seen), and at
 * the target with no scaling; a line at one full turn and one at the critical pair.
 */
export function extensionFigure(r: RopeExtension, trainLength: number, targetLength: number): { data: Data[]; layout: Partial<Layout> } {
  const pairs = r.trainRotations.length;
  const x = Array.from({ length: pairs }, (_, i) => i);
  const hover = x.map((i) =>
    msg.hover(i, fmt(r.wavelength[i]), fmt(r.scaledWavelength[i]), r.ratio[i].toPrecision(4), treatmentName(r.treatment[i]),
      fmt(r.trainRotations[i]), fmt(r.targetRotations[i]), !r.inRange[i]),
  );
  const unscaled = Array.from(r.trainRotations, (t) => (t * targetLength) / trainLength);
  const critical = r.criticalPair < pairs ? [r.criticalPair - 0.5, r.criticalPair - 0.5] : [];
  const data: Data[] = [
    {
      type: 'scatter', mode: 'lines', x, y: unscaled, name: msg.targetUnscaled,
      line: { dash: 'dot', width: 1.5, color: '#9467bd' }, hoverinfo: 'skip',
    },
    {
      type: 'scatter', mode: 'lines', x, y: Array.from(r.trainRotations), name: msg.training,
      line: { width: 2.5, color: '#7f7f7f' }, hovertext: hover, hoverinfo: 'text',
    },
    ...TREATMENT_STYLE.map((style, t): Data => {
      const idx = x.filter((i) => r.treatment[i] === t);
      return {
        type: 'scatter', mode: 'markers', x: idx, y: idx.map((i) => r.targetRotations[i]),
        name: style.name(), hovertext: idx.map((i) => hover[i]), hoverinfo: 'text',
        marker: { color: style.color, symbol: style.symbol, size: 7 },
      };
    }),
    {
      type: 'scatter', mode: 'markers', x: x.filter((i) => !r.inRange[i]),
      y: x.filter((i) => !r.inRange[i]).map((i) => r.targetRotations[i]), name: msg.unseen,
      marker: { symbol: 'circle-open', size: 14, color: '#d62728', line: { width: 1.5 } }, hoverinfo: 'skip',
    },
    {
      type: 'scatter', mode: 'lines', x: [-0.5, pairs - 0.5], y: [1, 1], name: msg.oneTurn, showlegend: false,
      line: { dash: 'dash', width: 1, color: '#8c564b' }, hoverinfo: 'skip',
    },
    // Another layer type's RoPE (Gemma's sliding-window layers): its turns within its window.
    ...r.layers.map((layer, k): Data => ({
      type: 'scatter', mode: 'lines', x: Array.from(layer.turns, (_, i) => i), y: Array.from(layer.turns),
      name: layer.window === null ? msg.layers(layer.layerType.replace('_', ' ')) : msg.layersWithin(layer.layerType.replace('_', ' '), tokens(layer.window)),
      line: { dash: 'longdash', width: 1.5, color: k === 0 ? '#17becf' : '#bcbd22' },
      hovertemplate: msg.layerHover(layer.layerType, baseValue(layer.base)),
    })),
    // Across the plot's height on a hidden axis (empty when every pair is interpolated), so that it takes
    // no part in the y range, which the plot keeps steady while a slider moves (ui/steadyAxes.ts).
    {
      type: 'scatter', mode: 'lines', x: critical, y: critical.length ? [0, 1] : [], yaxis: 'y2',
      name: msg.critical, line: { dash: 'dashdot', width: 1.5, color: '#d62728' },
      hovertext: [msg.criticalHover(r.criticalPair), msg.criticalHover(r.criticalPair)], hoverinfo: 'text',
    },
  ];
  return {
    data,
    layout: {
      xaxis: { title: { text: msg.xAxis }, range: [-1, pairs] },
      yaxis: { title: { text: msg.turnsAxis }, type: 'log', dtick: 1, exponentformat: 'power' },
      yaxis2: { overlaying: 'y', range: [0, 1], visible: false, fixedrange: true },
      showlegend: true,
      // Inside the empty top-right corner: below the plot a phone would stack the entries one per row.
      legend: { orientation: 'v', x: 1, xanchor: 'right', y: 1, yanchor: 'top', font: { size: 11 } },
      margin: { l: 56, r: 16, t: 16, b: 48 },
    },
  };
}

// One formatter each: toLocaleString builds a new one per call, which shows up when every drag step
// formats a few hundred hover labels.
const GROUPED6 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const GROUPED2 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A number for hover text and readouts: 4 significant digits, thousands grouped. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 1e6 || (v !== 0 && Math.abs(v) < 1e-3)) return v.toExponential(3);
  return GROUPED6.format(Number(v.toPrecision(4)));
}

/** A base such as b′: six significant digits, grouped (exponent form past 10^15). */
export function baseValue(v: number): string {
  if (!Number.isFinite(v) || v >= 1e15) return v.toExponential(5);
  return GROUPED2.format(Number(v.toPrecision(6)));
}

/** A token count with thousands grouped: 131072 → '131,072'. */
export function tokens(n: number): string {
  return GROUPED2.format(Math.round(n));
}

/** One line naming the model a result describes. */
export function modelSummary(config: RopeConfig, trainLength: number, targetLength: number): string {
  const s = config.rope_scaling;
  const type = s?.rope_type ?? 'default';
  const method = type === 'longrope'
    ? msg.longrope((config.seq_len ?? targetLength) > (s?.original_max_position_embeddings ?? trainLength))
    : type !== 'default' && s?.factor !== undefined ? msg.withFactor(methodName(type), s.factor) : methodName(type);
  return msg.summary(method, baseValue(config.rope_theta ?? 10000), config.head_dim, tokens(trainLength), tokens(targetLength), fmt(targetLength / trainLength));
}

/** Readable names of transformers' rope types. */
const METHOD_NAMES: Record<string, Text> = {
  default: { en: 'No scaling', zh: '不缩放' },
  linear: { en: 'Linear (PI)', zh: '线性内插（PI）' },
  ntk: { en: 'NTK-aware', zh: 'NTK-aware' },
  dynamic: { en: 'Dynamic NTK', zh: '动态 NTK' },
  yarn: { en: 'YaRN', zh: 'YaRN' },
  llama3: { en: 'Llama 3', zh: 'Llama 3' },
  longrope: { en: 'LongRoPE', zh: 'LongRoPE' },
  proportional: { en: 'Proportional RoPE', zh: '按比例 RoPE' },
};

/** A transformers rope type's readable name, in the reader's language. */
export function methodName(type: string): string {
  return METHOD_NAMES[type] ? tr(METHOD_NAMES[type]) : type;
}

/** The numbers behind the figure, one row per pair. */
export function extensionCsv(r: RopeExtension): string {
  return toCsv({
    pair: Array.from(r.ratio, (_, i) => i),
    theta: r.invFreqDefault,
    theta_scaled: r.invFreq,
    ratio: r.ratio,
    wavelength: r.wavelength,
    wavelength_scaled: r.scaledWavelength,
    turns_in_training: r.trainRotations,
    turns_at_target: r.targetRotations,
    treatment: Array.from(r.treatment, (t) => TREATMENTS[t]),
    angles_seen_in_training: Array.from(r.inRange, (v) => (v ? 'yes' : 'no')),
    ...stretchColumns(r),
    ...Object.fromEntries(r.layers.map((l) => [`turns_${l.layerType}`, l.turns])),
  });
}
