/** The real-vocabulary figure: the probability of a cut at each position, exact and sampled. */
import type { Data, Layout } from 'plotly.js';
import type { RealView } from '../../compute/tokenize/realWidget';
import { toCsv } from '../../ui/download';
import { COLOURS, joinPieces } from '../segment-shared/format';
import { plotlyText } from '../segment-shared/plotlyText';
import { msg } from './messages';

/** Interior positions 1…n−1 (a cut always falls at 0 and n). */
const inner = (v: RealView) => Array.from({ length: Math.max(0, v.cutExact.length - 2) }, (_, i) => i + 1);

export function realFigure(v: RealView): { data: Data[]; layout: Partial<Layout> } {
  const chars = Array.from(v.text);
  const x = inner(v);
  const between = x.map((i) => plotlyText(`${chars[i - 1]}|${chars[i]}`));
  // Bars for the exact probability; markers for a sampler's frequencies (crosses for the old method).
  const trace = (name: string, values: Float64Array, colour: string, mode: 'bar' | 'circle' | 'x'): Data =>
    mode === 'bar'
      ? { type: 'bar', name, x, y: x.map((i) => values[i]), marker: { color: colour }, customdata: between, hovertemplate: msg.cutHover(name) }
      : {
          type: 'scatter', mode: 'markers', name, x, y: x.map((i) => values[i]), customdata: between,
          marker: { color: colour, size: 7, symbol: mode }, hovertemplate: msg.cutHover(name),
        };
  return {
    data: [
      trace(msg.exactName, v.cutExact, COLOURS.exact, 'bar'),
      trace(msg.perfectName(v.draws), v.cutPerfect, COLOURS.perfect, 'circle'),
      trace(msg.oldName(v.draws), v.cutViterbi, COLOURS.viterbi, 'x'),
    ],
    layout: {
      margin: { l: 52, r: 12, t: 8, b: 44 }, bargap: 0.1,
      legend: { orientation: 'h', y: 1.02, yanchor: 'bottom', x: 0 },
      xaxis: { title: { text: msg.xAxis }, range: [0.5, Math.max(1.5, chars.length - 0.5)] },
      yaxis: { title: { text: msg.yAxis }, range: [0, 1.05] },
    },
  };
}

export function realCsv(v: RealView): string {
  const chars = Array.from(v.text);
  const x = inner(v);
  const cuts = toCsv({
    cut_after_character: x, between: x.map((i) => `${chars[i - 1]}|${chars[i]}`), exact: x.map((i) => v.cutExact[i]),
    perfect: x.map((i) => v.cutPerfect[i]), old_viterbi: x.map((i) => v.cutViterbi[i]),
  });
  const rows = toCsv({
    segmentation: v.rows.map((r) => joinPieces(r.pieces)), exact: v.rows.map((r) => r.exact),
    perfect: v.rows.map((r) => r.perfect), old_viterbi: v.rows.map((r) => r.viterbi),
  });
  return `${cuts}\n${rows}`;
}
