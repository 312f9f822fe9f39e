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

type FullLayout = Record<string, { ticklabeloverflow?: string } | undefined>;

/** Plotly relayout edits that set these axis ranges. */
export const rangeEdits = (r: Ranges): Partial<Layout> =>
  // Attribute strings ('xaxis.range') are plotly's documented relayout form, which its types do not model.
  Object.fromEntries(Object.entries(r).map(([axis, range]) => [`${axis}.range`, range])) as unknown as Partial<Layout>;

/** Redraws the axes of `gd` at `ranges` while figures stream; its traces are the trace mover's to redraw. */
export function moveAxes(Plotly: PlotlyModule, gd: HTMLElement, ranges: Ranges): Promise<unknown> {
  // Plotly's full layout, not ours: a relayout of ranges alone keeps it (no defaults pass), and setting
  // this through relayout would make plotly recompute the whole figure.
  const full = (gd as unknown as { _fullLayout?: FullLayout })._fullLayout;
  for (const axis of Object.keys(ranges)) {
    const drawn = full?.[axis];
    if (drawn) drawn.ticklabeloverflow = 'allow';
  }
  return Plotly.relayout(gd, rangeEdits(ranges));
}
