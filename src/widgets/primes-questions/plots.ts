/** Figure, readout rows, words and CSV of the two-questions widget. */
import type { Data, Layout } from 'plotly.js';
import type { QuestionCurves, SumOfFirst, SumUpTo } from '../../compute/primes/widgets';
import { toCsv } from '../../ui/download';
import { compactX, grouped, ratioText } from '../primes-shared/format';
import { msg } from './messages';

/** From these sizes on, the exact value runs as a cancellable job (below, it takes milliseconds). */
export const JOB_X = 1e10;
export const JOB_N = 2e7;

const marker = (colour: string) => ({ size: 10, color: colour, line: { width: 1, color: '#111111' } });

/** Two panels of ratios: exact ÷ estimate against x (top) and against N (bottom), the reader's point marked. */
export function questionsFigure(c: QuestionCurves | null, a: SumUpTo | null, b: SumOfFirst | null): { data: Data[]; layout: Partial<Layout> } {
  const data: Data[] = [];
  if (c) {
    const x = Array.from(c.x), N = Array.from(c.N);
    data.push(
      { type: 'scatter', mode: 'lines+markers', x, y: Array.from(c.ratioLeading), name: 'Σp ÷ x²/(2 ln x)', line: { color: '#d62728' }, marker: { size: 4 }, hovertemplate: msg.xHover },
      { type: 'scatter', mode: 'lines+markers', x, y: Array.from(c.ratioLi), name: 'Σp ÷ li(x²)', line: { color: '#1f77b4' }, marker: { size: 4 }, hovertemplate: msg.xHover },
      { type: 'scatter', mode: 'lines+markers', x: N, y: Array.from(c.firstRatioLeading), name: msg.firstLeadingLine, xaxis: 'x2', yaxis: 'y2', line: { color: '#ff7f0e' }, marker: { size: 4 }, hovertemplate: msg.nHover },
      { type: 'scatter', mode: 'lines+markers', x: N, y: Array.from(c.firstRatioSinha), name: msg.firstSinhaLine, xaxis: 'x2', yaxis: 'y2', line: { color: '#2ca02c' }, marker: { size: 4 }, hovertemplate: msg.nHover },
    );
  }
  // The reader's own x and N (always present, empty while computing, so the figure keeps its traces).
  data.push(
    { type: 'scatter', mode: 'markers', x: a ? [a.x, a.x] : [], y: a ? [a.leading.ratio, a.li.ratio] : [], name: msg.yourX, marker: marker('#fdd835'), hovertemplate: msg.yourXHover },
    { type: 'scatter', mode: 'markers', x: b ? [b.N, b.N] : [], y: b ? [b.leading.ratio, b.sinha.ratio] : [], name: msg.yourN, xaxis: 'x2', yaxis: 'y2', marker: marker('#fdd835'), hovertemplate: msg.yourNHover },
  );
  return {
    data,
    layout: {
      xaxis: { type: 'log', anchor: 'y', domain: [0, 1], title: { text: msg.xAxis } },
      yaxis: { anchor: 'x', domain: [0.6, 1], title: { text: msg.ratioAxis }, range: [0.75, 1.25] },
      xaxis2: { type: 'log', anchor: 'y2', domain: [0, 1], title: { text: msg.nAxis } },
      yaxis2: { anchor: 'x2', domain: [0, 0.4], title: { text: msg.ratioAxis }, range: [0.9, 1.25] },
      shapes: [
        { type: 'line', xref: 'paper', x0: 0, x1: 1, yref: 'y', y0: 1, y1: 1, line: { width: 1, dash: 'dot', color: '#7f7f7f' } },
        { type: 'line', xref: 'paper', x0: 0, x1: 1, yref: 'y2', y0: 1, y1: 1, line: { width: 1, dash: 'dot', color: '#7f7f7f' } },
      ],
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: -0.16 },
      margin: { l: 60, r: 12, t: 8, b: 40 },
    },
  };
}

/** The two exact answers and their estimates, in words. */
export function questionsSummary(a: SumUpTo | null, b: SumOfFirst | null): string {
  const one = a
    ? msg.upTo(grouped(a.count), compactX(a.x), grouped(a.sum), ratioText(a.li.ratio), ratioText(a.leading.ratio))
    : msg.upToPending;
  const two = b
    ? msg.first(grouped(b.N), grouped(b.prime), grouped(b.sum), ratioText(b.sinha.ratio), ratioText(b.leading.ratio))
    : msg.firstPending;
  return msg.twoSentences(one, two);
}

/** The heads of curveRows' columns. */
export function curveColumns(): string[] {
  return ['x', 'Σp ÷ x²/(2 ln x)', 'Σp ÷ li(x²)', 'N', msg.firstLeadingLine, msg.colFirstSinha];
}

/** The curves side by side (columns of different lengths), for the table view. */
export function curveRows(c: QuestionCurves): string[][] {
  const n = Math.max(c.x.length, c.N.length);
  return Array.from({ length: n }, (_, i) => [
    i < c.x.length ? compactX(c.x[i]) : '', i < c.x.length ? c.ratioLeading[i].toFixed(6) : '', i < c.x.length ? c.ratioLi[i].toFixed(6) : '',
    i < c.N.length ? compactX(c.N[i]) : '', i < c.N.length ? c.firstRatioLeading[i].toFixed(6) : '', i < c.N.length ? c.firstRatioSinha[i].toFixed(6) : '',
  ]);
}

export function questionsCsv(c: QuestionCurves | null, a: SumUpTo | null, b: SumOfFirst | null): string {
  return toCsv({
    x: c?.x ?? [], ratio_to_x2_over_2lnx: c?.ratioLeading ?? [], ratio_to_li_x2: c?.ratioLi ?? [],
    N: c?.N ?? [], ratio_to_N2_lnN_over_2: c?.firstRatioLeading ?? [], ratio_to_sinha: c?.firstRatioSinha ?? [],
    your_x: a ? [a.x] : [], pi_of_your_x: a ? [a.count] : [], sum_of_primes_up_to_your_x: a ? [a.sum] : [],
    your_N: b ? [b.N] : [], prime_number_N: b ? [b.prime] : [], sum_of_first_N_primes: b ? [b.sum] : [],
  });
}
