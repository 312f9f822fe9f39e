/** The α figure: P(s) at the chosen α as bars, and entropy and P(Viterbi) against α. */
import type { Data, Layout } from 'plotly.js';
import type { AlphaView } from '../../compute/tokenize/widgets';
import { toCsv } from '../../ui/download';
import { COLOURS, joinPieces, num, shortLabel } from '../segment-shared/format';
import { msg as shared } from '../segment-shared/messages';
import { plotlyText } from '../segment-shared/plotlyText';
import { msg } from './messages';

/** `room`: how long a bar's label may be, in Latin-letter widths (see labelRoom: shorter on a phone). */
export function alphaFigure(v: AlphaView, room = 22): { data: Data[]; layout: Partial<Layout> } {
  const labels = v.bars.map((b, i) => plotlyText(`${i + 1}. ${shortLabel(b.pieces, room)}`));
  const full = v.bars.map((b) => plotlyText(joinPieces(b.pieces)));
  const other = v.bars.length > 0 && v.otherP > 1e-12;
  const count = Math.exp(v.logCount);
  const data: Data[] = [
    {
      type: 'bar', orientation: 'h', x: [...v.bars.map((b) => b.p), ...(other ? [v.otherP] : [])], y: [...labels, ...(other ? [shared.allOthers] : [])],
      customdata: [...full, ...(other ? [shared.allOthersHover] : [])], name: msg.barsName(num(v.alpha, 3)),
      marker: { color: COLOURS.perfect }, hovertemplate: 'P = %{x:.4f}<br>%{customdata}<extra></extra>',
    },
    {
      type: 'scatter', mode: 'lines', x: v.bars.length ? [1 / count, 1 / count] : [], y: v.bars.length ? [labels[0], labels[labels.length - 1]] : [],
      name: msg.uniform, line: { color: COLOURS.exact, dash: 'dot' }, hoverinfo: 'skip',
    },
    {
      type: 'scatter', mode: 'lines', x: v.alphas, y: v.entropy, xaxis: 'x2', yaxis: 'y2', name: msg.entropyName,
      line: { color: COLOURS.perfect, width: 2 }, hovertemplate: msg.entropyHover,
    },
    {
      type: 'scatter', mode: 'lines', x: [0, v.alphas[v.alphas.length - 1]], y: [v.logCount, v.logCount], xaxis: 'x2', yaxis: 'y2',
      name: msg.logCount, line: { color: COLOURS.exact, dash: 'dot' }, hoverinfo: 'skip',
    },
    {
      type: 'scatter', mode: 'lines', x: v.alphas, y: v.pViterbi, xaxis: 'x2', yaxis: 'y3', name: msg.pViterbiName,
      line: { color: COLOURS.viterbi, width: 2 }, hovertemplate: 'α = %{x:.2f}: P(Viterbi) = %{y:.4f}<extra></extra>',
    },
    {
      type: 'scatter', mode: 'markers', x: [v.alpha], y: [v.entropyAt], xaxis: 'x2', yaxis: 'y2', showlegend: false,
      marker: { size: 9, color: COLOURS.perfect, line: { width: 2, color: '#ffffff' } }, hoverinfo: 'skip',
    },
    {
      // The same chosen α on P(Viterbi)'s own axis.
      type: 'scatter', mode: 'markers', x: [v.alpha], y: [v.pViterbiAt], xaxis: 'x2', yaxis: 'y3', showlegend: false,
      marker: { size: 9, color: COLOURS.viterbi, line: { width: 2, color: '#ffffff' } }, hoverinfo: 'skip',
    },
  ];
  return {
    data,
    layout: {
      margin: { l: 60, r: 60, t: 8, b: 44 }, bargap: 0.2,
      legend: { orientation: 'h', y: 1.02, yanchor: 'bottom', x: 0 },
      xaxis: { domain: [0, 1], anchor: 'y', range: [0, 1], title: { text: 'P(s)' } },
      yaxis: { domain: [0.48, 1], anchor: 'x', autorange: 'reversed', automargin: true, tickfont: { size: labels.length > 10 ? 10 : 12 } },
      xaxis2: { domain: [0, 1], anchor: 'y2', range: [0, v.alphas[v.alphas.length - 1]], title: { text: 'α' } },
      yaxis2: { domain: [0, 0.34], anchor: 'x2', title: { text: msg.entropyAxis }, rangemode: 'tozero' },
      yaxis3: { anchor: 'x2', overlaying: 'y2', side: 'right', range: [0, 1.02], tickvals: [0, 0.25, 0.5, 0.75, 1], title: { text: 'P(Viterbi)' } },
    },
  };
}

/** The chosen α's bars beside each segmentation, then the curves. */
export function alphaCsv(v: AlphaView): string {
  const bars = toCsv({ segmentation: v.bars.map((b) => joinPieces(b.pieces)), probability_at_alpha: v.bars.map((b) => b.p) });
  return `${bars}\n${toCsv({ alpha: v.alphas, entropy_nats: v.entropy, p_viterbi: v.pViterbi })}`;
}
