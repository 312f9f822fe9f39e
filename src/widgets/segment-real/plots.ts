/** The real-vocabulary figure: the probability of a cut at each position, exact and sampled. */
import type { Data, Layout } from 'plotly.js';
import type { RealView } from '../../compute/tokenize/realWidget';
import { toCsv } from '../../ui/download';
import { COLOURS, joinPieces } from '../segment-shared/format';
import { plotlyText } from '../segment-shared/plotlyText';

/** Interior positions 1…n−1 (a cut always falls at 0 and n). */
const inner = (v: RealView) => Array.from({ length: Math.max(0, v.cutExact.length - 2) }, (_, i) => i + 1);

export function realFigure(v: RealView): { data: Data[]; layout: Partial<Layout> } {
  const chars = Array.from(v.text);
  const x = inner(v);
  const between = x.map((i) => plotlyText(`${chars[i - 1]}|${chars[i]}`));
  const trace = (name: string, values: Float64Array, colour: string, mode: 'bar' | 'markers'): Data =>
    mode === 'bar'
      ? { type: 'bar', name, x, y: x.map((i) => values[i]), marker: { color: colour }, customdata: between, hovertemplate: `${name}: %{y:.4f} at %{customdata}<extra></extra>` }
      : {
          type: 'scatter', mode: 'markers', name, x, y: x.map((i) => values[i]), customdata: between,
          marker: { color: colour, size: 7, symbol: name.startsWith('old') ? 'x' : 'circle' }, hovertemplate: `${name}: %{y:.4f} at %{customdata}<extra></extra>`,
        };
  return {
    data: [
      trace('exact P(cut)', v.cutExact, COLOURS.exact, 'bar'),
      trace(`perfect, ${v.draws} draws`, v.cutPerfect, COLOURS.perfect, 'markers'),
      trace(`old Viterbi, ${v.draws} draws`, v.cutViterbi, COLOURS.viterbi, 'markers'),
    ],
    layout: {
      margin: { l: 52, r: 12, t: 8, b: 44 }, bargap: 0.1,
      legend: { orientation: 'h', y: 1.02, yanchor: 'bottom', x: 0 },
      xaxis: { title: { text: 'cut after character' }, range: [0.5, Math.max(1.5, chars.length - 0.5)] },
      yaxis: { title: { text: 'P(cut)' }, range: [0, 1.05] },
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
