/** The samplers figure: frequencies against exact probabilities, and TV distance against draws. */
import type { Data, Layout } from 'plotly.js';
import type { ComparedRows } from '../../compute/tokenize/rows';
import type { SamplersView } from '../../compute/tokenize/widgets';
import { toCsv } from '../../ui/download';
import { COLOURS, joinPieces, prob, shortLabel } from '../segment-shared/format';
import { msg as shared } from '../segment-shared/messages';
import { plotlyText } from '../segment-shared/plotlyText';
import { msg } from './messages';

/** Row labels (most probable at the top), cut at `room` Latin-letter widths (see labelRoom), and their full text for hover. */
export function rowLabels(rows: ComparedRows, room = 22): { label: string[]; full: string[] } {
  const label = rows.rows.map((r, i) => plotlyText(`${i + 1}. ${shortLabel(r.pieces, room)}`));
  const full = rows.rows.map((r) => plotlyText(joinPieces(r.pieces)));
  if (rows.other.exact > 1e-12 || rows.other.perfect > 0 || rows.other.viterbi > 0) {
    label.push(shared.allOthers);
    full.push(shared.allOthersHover);
  }
  return { label, full };
}

/** One horizontal bar trace per method over the rows (plus the summed rest). */
export function comparedBars(rows: ComparedRows, xaxis = 'x', yaxis = 'y', room = 22): Data[] {
  const { label, full } = rowLabels(rows, room);
  const withOther = label.length > rows.rows.length;
  const values = (pick: (r: ComparedRows['other']) => number | null) => {
    const v = rows.rows.map((r) => pick(r));
    return withOther ? [...v, pick(rows.other)] : v;
  };
  const bar = (name: string, x: (number | null)[], colour: string): Data => ({
    type: 'bar', orientation: 'h', name, x, y: label, xaxis, yaxis, marker: { color: colour }, customdata: full,
    hovertemplate: msg.barHover(name),
  });
  const data = [
    bar(msg.exactName, values((r) => r.exact), COLOURS.exact),
    bar(msg.perfectName, values((r) => r.perfect), COLOURS.perfect),
    bar(msg.oldName, values((r) => r.viterbi), COLOURS.viterbi),
  ];
  // The old method's exact law as a fourth bar: empty when unknown, so the figure keeps its traces.
  const law = rows.other.law !== null;
  data.push({ ...bar(msg.lawName, law ? values((r) => r.law) : [], COLOURS.law), y: law ? label : [], customdata: law ? full : [] } as Data);
  return data;
}

export function samplersFigure(v: SamplersView, room = 22): { data: Data[]; layout: Partial<Layout> } {
  const rowsShown = rowLabels(v).label.length;
  const last = v.checkpoints[v.checkpoints.length - 1];
  const data: Data[] = [
    ...comparedBars(v, 'x', 'y', room),
    {
      type: 'scatter', mode: 'lines', x: v.checkpoints, y: v.tvPerfect, xaxis: 'x2', yaxis: 'y2', name: msg.tvPerfectName, showlegend: false,
      line: { color: COLOURS.perfect, width: 2 }, hovertemplate: msg.tvPerfectHover,
    },
    {
      type: 'scatter', mode: 'lines', x: v.checkpoints, y: v.tvViterbi, xaxis: 'x2', yaxis: 'y2', name: msg.tvOldName, showlegend: false,
      line: { color: COLOURS.viterbi, width: 2 }, hovertemplate: msg.tvOldHover,
    },
    {
      type: 'scatter', mode: 'lines', x: v.lawTv === null ? [] : [v.checkpoints[0], last], y: v.lawTv === null ? [] : [v.lawTv, v.lawTv],
      xaxis: 'x2', yaxis: 'y2', name: msg.floorName, line: { color: COLOURS.law, dash: 'dash', width: 1.5 },
      hovertemplate: msg.floorHover,
    },
  ];
  return {
    data,
    layout: {
      barmode: 'group', bargap: 0.2, margin: { l: 60, r: 12, t: 8, b: 44 },
      legend: { orientation: 'h', y: 1.02, yanchor: 'bottom', x: 0 },
      xaxis: { domain: [0, 1], anchor: 'y', title: { text: msg.xBars }, rangemode: 'tozero' },
      yaxis: { domain: [0.42, 1], anchor: 'x', autorange: 'reversed', automargin: true, tickfont: { size: rowsShown > 8 ? 10 : 12 } },
      xaxis2: { domain: [0, 1], anchor: 'y2', type: 'log', title: { text: msg.xDraws } },
      yaxis2: { domain: [0, 0.3], anchor: 'x2', title: { text: msg.yTv }, rangemode: 'tozero' },
    },
  };
}

export function samplersCsv(v: SamplersView): string {
  const rows = [...v.rows, { ...v.other, key: '', pieces: ['(all others)'] }];
  const table = toCsv({
    segmentation: rows.map((r) => joinPieces(r.pieces)), exact: rows.map((r) => r.exact), perfect: rows.map((r) => r.perfect),
    old_viterbi: rows.map((r) => r.viterbi), old_viterbi_exact_law: rows.map((r) => (r.law === null ? '' : r.law)),
  });
  const curve = toCsv({ draws: v.checkpoints, tv_perfect: v.tvPerfect, tv_old_viterbi: v.tvViterbi });
  return `${table}\n${curve}`;
}

/** One sentence on the old method's bias for the readout. */
export function biasLine(v: SamplersView): string {
  const n = v.checkpoints[v.checkpoints.length - 1];
  const at = (tv: number[]) => prob(tv[tv.length - 1]);
  return msg.bias(n.toLocaleString('en-US'), at(v.tvPerfect), at(v.tvViterbi), v.lawTv === null ? null : prob(v.lawTv));
}

/**
 * The kernel's note on why the old method's exact law is not shown ('' when it is), in the reader's
 * language. The kernel leaves it out for one of two reasons, each naming its limit: too many
 * segmentations to list, or too many joint states to carry.
 */
export function lawNoteText(note: string): string {
  if (note === '') return '';
  const limit = Number(/\d+/.exec(note)?.[0]);
  return note.includes('joint states') ? msg.lawTooManyStates(limit) : msg.lawNotListable(limit);
}
