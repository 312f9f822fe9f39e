/** Figures for the digits widget: per pair, the base-β digit of n or the angle n·θᵢ mod 2π. */
import type { Data, Layout } from 'plotly.js';
import type { RopeDigits } from '../../compute/rope/pairs';
import { toCsv } from '../../ui/download';
import { msg } from './messages';

export type DigitsView = 'digits' | 'angles';

/** Bars per dimension pair, fast pairs (low digits) on the left. */
export function digitsFigure(r: RopeDigits, view: DigitsView): { data: Data[]; layout: Partial<Layout> } {
  const pairs = Array.from({ length: r.theta.length }, (_, i) => i);
  const hover = pairs.map((i) =>
    msg.hover(i, r.theta[i].toPrecision(4), r.digit[i].toFixed(3), r.angle[i].toFixed(3), r.cos[i].toFixed(3), r.sin[i].toFixed(3), r.rotations[i]),
  );
  const y = view === 'digits' ? r.digit : r.angle;
  const ceiling = view === 'digits' ? r.beta : 2 * Math.PI;
  return {
    data: [
      {
        type: 'bar',
        x: pairs,
        y: Array.from(y),
        name: view === 'digits' ? msg.digitSeries : msg.angleSeries,
        hovertext: hover,
        hoverinfo: 'text',
        showlegend: false,
        // Colour shows cos(n·θᵢ): blue near +1, red near −1; the view's key (colourKeyGradient) says so, outside
        // the plot (a colour bar would cost a redraw per frame).
        marker: { color: Array.from(r.cos, cosColour) },
      },
      {
        type: 'scatter',
        mode: 'lines',
        x: [-0.5, pairs.length - 0.5],
        y: [ceiling, ceiling],
        name: view === 'digits' ? msg.betaLine : '2π',
        line: { dash: 'dot', width: 1 },
        hoverinfo: 'skip',
      },
    ],
    layout: {
      // A fixed x range; the y range (up to β, which the base moves) is the plot's steady range.
      xaxis: { title: { text: msg.xAxis }, range: [-0.5, pairs.length - 0.5] },
      yaxis: { title: { text: view === 'digits' ? msg.digitAxis : msg.angleAxis } },
      bargap: 0.1,
      showlegend: true,
    },
  };
}

/** Diverging colour for c ∈ [−1, 1]: red (−1) through grey (0) to blue (+1). */
export function cosColour(c: number): string {
  const t = Math.max(-1, Math.min(1, c));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * Math.abs(t));
  return t >= 0 ? `rgb(${mix(150, 33)},${mix(150, 102)},${mix(150, 172)})` : `rgb(${mix(150, 178)},${mix(150, 24)},${mix(150, 43)})`;
}

/** The CSS gradient of the colour key under the plot: cosColour from −1 to +1, the same colours as the bars. */
export function colourKeyGradient(): string {
  return `linear-gradient(to right, ${[-1, -0.5, 0, 0.5, 1].map(cosColour).join(', ')})`;
}

/** The numbers behind the figure, one row per pair. */
export function digitsCsv(r: RopeDigits): string {
  return toCsv({ pair: Array.from(r.theta, (_, i) => i), theta: r.theta, angle_mod_2pi: r.angle, cos: r.cos, sin: r.sin, digit: r.digit, full_turns: r.rotations });
}
