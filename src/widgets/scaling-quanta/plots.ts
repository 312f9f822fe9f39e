/** Figures and table of the quanta widget: loss against quanta held n and against data D, with slopes. */
import type { Dash, Data, Layout } from 'plotly.js';
import type { LogLine, QuantaView } from '../../compute/scaling/widgets';
import { toCsv } from '../../ui/download';
import { legendAbove, marginsWithTop } from '../scaling-shared/legend';
import { msg } from './messages';

const DATA_COLOUR = '#3f6fd8';
const EXPECTED_COLOUR = '#1f9e89';
const FIT_COLOUR = '#d8553f';
const THEORY_COLOUR = '#888';

/** A straight line; both panels' fitted (and theory) lines share one legend entry (`group`, named `name`). */
function line(l: LogLine, group: string, name: string, hover: string, colour: string, dash: Dash, axes: { xaxis?: string; yaxis?: string }, showlegend: boolean): Data {
  return {
    type: 'scatter', mode: 'lines', x: l.x, y: l.y, name, legendgroup: group, showlegend,
    line: { color: colour, dash, width: 2 }, hovertext: [hover, hover], hoverinfo: 'text', ...axes,
  };
}

/** Top: L(n) = Σ_{k>n} p_k; bottom: L(D), expected and sampled; each with fitted and theoretical lines. */
export function quantaFigure(r: QuantaView): { data: Data[]; layout: Partial<Layout> } {
  const lower = { xaxis: 'x2', yaxis: 'y2' };
  const f = (v: number) => v.toFixed(3);
  return {
    data: [
      { type: 'scatter', mode: 'markers', x: Array.from(r.n), y: Array.from(r.lossN), name: msg.simulated, legendgroup: 'simulated', marker: { color: DATA_COLOUR, size: 5 } },
      line(r.lines.fitN, 'fit', msg.fittedSlope, msg.fittedHover(f(r.exponentN)), FIT_COLOUR, 'solid', {}, true),
      line(r.lines.theoryN, 'theory', msg.theory, msg.theoryHoverN(f(r.theoryExponentN)), THEORY_COLOUR, 'dash', {}, true),
      { type: 'scatter', mode: 'lines', x: Array.from(r.D), y: Array.from(r.lossDExpected), name: msg.expected, line: { color: EXPECTED_COLOUR, width: 1.5 }, ...lower },
      {
        type: 'scatter', mode: 'markers', x: Array.from(r.D), y: Array.from(r.lossDSampled), name: msg.simulated, legendgroup: 'simulated',
        showlegend: false, marker: { color: DATA_COLOUR, size: 5, symbol: 'diamond' }, ...lower,
      },
      line(r.lines.fitD, 'fit', msg.fittedSlope, msg.fittedHover(f(r.exponentDSampled)), FIT_COLOUR, 'solid', lower, false),
      line(r.lines.theoryD, 'theory', msg.theory, msg.theoryHoverD(f(r.theoryExponentD)), THEORY_COLOUR, 'dash', lower, false),
    ],
    layout: {
      xaxis: { type: 'log', title: { text: msg.xN }, exponentformat: 'power' },
      yaxis: { type: 'log', title: { text: msg.yLoss }, domain: [0.6, 1], exponentformat: 'power' },
      xaxis2: { type: 'log', title: { text: msg.xD }, anchor: 'y2', exponentformat: 'power' },
      yaxis2: { type: 'log', title: { text: msg.yLoss }, domain: [0, 0.4], anchor: 'x2', exponentformat: 'power' },
      legend: legendAbove(),
      margin: marginsWithTop(50),
    },
  };
}

/** Fitted against theoretical exponents (L ∝ x^−exponent). */
export function slopeRows(r: QuantaView): { name: string; fitted: string; theory: string }[] {
  return [
    { name: msg.rowN, fitted: r.exponentN.toFixed(3), theory: `α = ${r.theoryExponentN.toFixed(3)}` },
    { name: msg.rowDSampled, fitted: r.exponentDSampled.toFixed(3), theory: `α/(α+1) = ${r.theoryExponentD.toFixed(3)}` },
    { name: msg.rowDExpected, fitted: r.exponentDExpected.toFixed(3), theory: `α/(α+1) = ${r.theoryExponentD.toFixed(3)}` },
  ];
}

/** Both curves as one table (n and D share the row index). */
export function quantaCsv(r: QuantaView): string {
  return toCsv({ n: r.n, loss_n: r.lossN, D: r.D, loss_D_expected: r.lossDExpected, loss_D_sampled: r.lossDSampled, learned_D_sampled: r.learnedDSampled });
}
