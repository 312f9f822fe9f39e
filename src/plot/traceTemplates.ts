/**
 * What the trace mover (traceMover.ts) needs to draw a scatter trace that plotly drew with nothing in
 * it: a dot that appears as n comes into range, a line that appears past a threshold. Plotly draws no
 * SVG for what is not there, so the mover would have no element to copy, and the figure would fall back
 * to a plotly redraw (50–80 ms, a long task mid-drag). Two things fix that:
 *  - `withGroups`: an empty trace is handed to plotly as one missing point, so plotly still draws the
 *    trace's (empty) group, in its place among the others, for the mover to fill;
 *  - `prepareTemplates`: when the page is idle after a drawing, plotly draws each such trace, with two
 *    points, in a small hidden figure, and its line and marker elements are kept as templates: plotly's
 *    own styling, which the mover then copies.
 */
import type { Data } from 'plotly.js';
import type { PlotlyModule } from './plotly';
import { perPointShape, pointColours, traceShape, type MarkerFields, type TraceFields } from './plotShape';
import { drawnParts, resolvedTrace } from './plotlyInternals';
import { internalsUsable } from './internalsSwitch';

/** Plotly's elements for one trace style: its line path and one marker (either may be absent). */
export interface TraceTemplate {
  line: Element | null;
  marker: Element | null;
}
interface StyledTrace extends TraceFields, MarkerFields {
  line?: { color?: unknown };
}

const isEmpty = (v: ArrayLike<unknown> | undefined) => v !== undefined && v.length === 0;

/** The figure as plotly should get it: empty scatter traces become one missing point (see above). */
export function withGroups(data: readonly Data[]): Data[] {
  return (data as StyledTrace[]).map((t) =>
    (t.type ?? 'scatter') === 'scatter' && isEmpty(t.x) && isEmpty(t.y) ? ({ ...t, x: [null], y: [null] } as Data) : (t as Data),
  );
}

/** Templates by trace style (the trace without its numbers, with plotly's resolved colours). */
const templates = new Map<string, TraceTemplate>();
/** The style key of each trace index of each figure, as last prepared. */
const keys = new WeakMap<HTMLElement, string[]>();

/** The template for trace `index` of the figure drawn in `gd`, if one was prepared. */
export function templateOf(gd: HTMLElement, index: number): TraceTemplate | undefined {
  const key = keys.get(gd)?.[index];
  return key === undefined ? undefined : templates.get(key);
}

/** Resolves when the page is idle (or after 200 ms where the browser cannot tell). */
export const nextIdle = (): Promise<void> =>
  new Promise((done) => ('requestIdleCallback' in window ? requestIdleCallback(() => done(), { timeout: 1000 }) : setTimeout(done, 200)));

/**
 * Call right after plotly drew `data` in `gd`. Notes each trace's style at once (so a template of an
 * earlier figure's trace is never used for this one), then, when the page is idle, draws off screen each
 * scatter style not yet kept and keeps its elements. Markers shaped point by point are left out (the
 * mover leaves those to plotly).
 */
export async function prepareTemplates(Plotly: PlotlyModule, gd: HTMLElement, data: readonly Data[]): Promise<void> {
  if (!internalsUsable()) return;
  const full = data.map((_, i) => resolvedTrace<StyledTrace>(gd, i));
  // Only scatter traces whose markers share a shape get a template (key ''): the mover leaves others to
  // plotly. (Markers coloured point by point share one: the mover fills each copy with its colour.)
  const traceKeys = (data as StyledTrace[]).map((t, i) =>
    (t.type ?? 'scatter') === 'scatter' && !perPointShape(t) ? styleKey(t, full[i]) : '',
  );
  keys.set(gd, traceKeys);
  for (const [i, t] of (data as StyledTrace[]).entries()) {
    const key = traceKeys[i];
    if (key === '' || templates.has(key)) continue;
    await nextIdle();
    // A style plotly cannot draw alone gets an empty template: the mover then leaves that trace to plotly.
    if (!templates.has(key)) templates.set(key, await drawTemplate(Plotly, t, full[i]).catch(() => ({ line: null, marker: null })));
  }
}

/** The trace's style: its shape without numbers, and the colours plotly resolved for it (defaults included). */
function styleKey(t: StyledTrace, full: StyledTrace | undefined): string {
  return `${traceShape(t as Data)}|${String(full?.line?.color)}|${String(full?.marker?.color)}`;
}

/** Plotly's drawing of the trace style with two points, in a hidden figure that is then removed. */
async function drawTemplate(Plotly: PlotlyModule, t: StyledTrace, full: StyledTrace | undefined): Promise<TraceTemplate> {
  const box = document.createElement('div');
  box.style.cssText = 'position:fixed;left:-10000px;top:0;width:120px;height:80px;visibility:hidden';
  document.body.appendChild(box);
  try {
    const trace = {
      ...t,
      x: [0, 1],
      y: [0, 1],
      xaxis: 'x',
      yaxis: 'y',
      line: { ...t.line, color: full?.line?.color ?? t.line?.color },
      // (Colours given point by point: the first; the mover fills each copy with its own.)
      marker: { ...t.marker, color: pointColours(t)?.[0] ?? full?.marker?.color ?? t.marker?.color },
    } as Data;
    await Plotly.newPlot(box, [trace], { width: 120, height: 80, showlegend: false, margin: { l: 0, r: 0, t: 0, b: 0 } }, { staticPlot: true });
    const copy = (el: Element | null) => (el ? (el.cloneNode() as Element) : null);
    return { line: copy(drawnParts.line(box)), marker: copy(drawnParts.markers(box)[0] ?? null) };
  } finally {
    Plotly.purge(box);
    box.remove();
  }
}
