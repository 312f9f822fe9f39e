/**
 * New axis ranges while a slider moves (Plot.svelte), drawn as cheaply as plotly allows: a relayout
 * of the ranges alone. Its default tick-label check ("hide past div") measures every new label with
 * getBoundingClientRect, one forced layout each: 20–30 ms of a 45 ms relayout here. While the hand
 * moves, the changed axes skip that check; the figure drawn at rest (Plotly.react, which rebuilds
 * plotly's full layout from ours) checks its labels again.
 */
import type { Layout } from 'plotly.js';
import type { PlotlyModule } from './plotly';
import type { Ranges } from './steadyAxes';
import { skipTickLabelCheck } from './plotlyInternals';
import { internalsUsable } from './internalsSwitch';

/** Plotly relayout edits that set these axis ranges. */
export const rangeEdits = (r: Ranges): Partial<Layout> =>
  // Attribute strings ('xaxis.range') are plotly's documented relayout form, which its types do not model.
  Object.fromEntries(Object.entries(r).map(([axis, range]) => [`${axis}.range`, range])) as unknown as Partial<Layout>;

/** Redraws the axes of `gd` at `ranges` while figures stream; its traces are the trace mover's to redraw. */
export function moveAxes(Plotly: PlotlyModule, gd: HTMLElement, ranges: Ranges): Promise<unknown> {
  // (A relayout of ranges alone keeps plotly's resolved layout, so the setting holds for this drawing.)
  if (internalsUsable()) for (const axis of Object.keys(ranges)) skipTickLabelCheck(gd, axis);
  return Plotly.relayout(gd, rangeEdits(ranges));
}
