/**
 * The cheapest redraw: rewrite the SVG of scatter and bar traces plotly has already drawn, when only their
 * numbers changed. Even plotly's animate path recomputes defaults and calcdata for the whole figure
 * (15–30 ms a figure here); writing a line's path from the new numbers costs about a millisecond per
 * thousand points. It is used only while a slider streams figures: plotly's own state (gd.data, hover)
 * is stale until Plot.svelte hands the last figure to plotly once the hand rests.
 *
 * Everything it reads of plotly's drawing (each trace's group and parts, the bars' placement and path,
 * the axes' pixel conversion) comes through plotlyInternals.ts, and is checked by
 * e2e/plotMover.spec.ts against plotly's own drawing. Heatmaps are heatmapMover.ts's (layout images,
 * imageMover.ts's). Anything it does not know how to draw makes it decline, as does a plotly version
 * other than the one it was tested on.
 */
import type { Data } from 'plotly.js';
import { moveHeatmap, type HeatmapTrace, type ResolvedHeatmap } from './heatmapMover';
import {
  axisName, barPath, barPlacement, drawnAxis, drawnParts, plottedTraces, resolvedTrace, traceGroups,
  type BarPlacement, type DrawnAxis,
} from './plotlyInternals';
import { internalsUsable } from './internalsSwitch';
import { perPoint, perPointShape, pointColours, sameValues, type MarkerFields, type TraceFields } from './plotShape';
import { templateOf } from './traceTemplates';

interface TraceLike extends Omit<TraceFields, 'x' | 'y'>, MarkerFields {
  visible?: unknown;
  x?: ArrayLike<number>;
  y?: ArrayLike<number>;
  line?: { shape?: string };
  error_x?: unknown;
  error_y?: unknown;
  text?: unknown;
  width?: unknown;
  connectgaps?: unknown;
  z?: HeatmapTrace['z'];
  zmin?: unknown;
  zmax?: unknown;
  zsmooth?: unknown;
  xgap?: unknown;
  ygap?: unknown;
  texttemplate?: unknown;
}

/**
 * Whether every trace is one this module can redraw: scatter lines and markers, open or filled to
 * itself, vertical bars from zero, and heatmaps with a fixed colour range.
 */
export function canMove(data: readonly Data[]): boolean {
  return (data as TraceLike[]).every((t) => (t.type === 'bar' ? plainBars(t) : t.type === 'heatmap' ? plainHeatmap(t) : plainScatter(t)));
}

function plainHeatmap(t: TraceLike): boolean {
  return typeof t.zmin === 'number' && typeof t.zmax === 'number' && !t.zsmooth && !t.xgap && !t.ygap && t.texttemplate === undefined;
}

function plainBars(t: TraceLike): boolean {
  // Rounded corners (a trace's or the layout's corner radius) draw arcs, which the mover does not.
  const rounded = (t.marker as { cornerradius?: unknown } | undefined)?.cornerradius;
  return t.orientation !== 'h' && t.base === undefined && t.text === undefined && !perPoint(t.width) && t.error_y === undefined && !rounded;
}

function plainScatter(t: TraceLike): boolean {
  return (
    (t.type ?? 'scatter') === 'scatter' &&
    /^(lines|markers|lines\+markers)$/.test(t.mode ?? 'lines') &&
    (t.fill === undefined || t.fill === 'none' || t.fill === 'toself') &&
    (t.line?.shape === undefined || t.line.shape === 'linear') &&
    t.error_x === undefined &&
    t.error_y === undefined &&
    !t.connectgaps
  );
}

/** What the mover last wrote into a line's path element, to leave an unchanged line alone. */
const writtenLines = new WeakMap<Element, { trace: object; x: unknown; y: unknown; axes: string; d: string }>();

/** Where two drawn axes put the data: their place and the data values at their two ends. */
function axesKey(xa: DrawnAxis, ya: DrawnAxis): string {
  return [xa, ya].map((a) => `${a.offset},${a.length},${a.fromPixel(0)},${a.fromPixel(a.length)}`).join(';');
}

/**
 * Redraws the traces of `gd` (a plotly figure drawn from data of the same shape) with the numbers of
 * `data`. Returns false, having changed nothing, when it cannot: then plotly must draw the figure.
 * `steadyAxes`: the axes' ranges are fixed (the layout's, or Plot.svelte's steady ranges). Without
 * them plotly would fit its axes to the data, so only figures whose x and y are all as plotly drew
 * them (a heatmap's new cells) can be moved.
 */
export function moveTraces(gd: HTMLElement, data: readonly Data[], steadyAxes = true): boolean {
  if (!internalsUsable() || !canMove(data)) return false;
  const plottedData = plottedTraces<TraceLike>(gd);
  if (!plottedData || !drawnAxis(gd, 'xaxis')) return false;
  if (!steadyAxes && !(data as TraceLike[]).every((t, i) => sameValues(t.x, plottedData[i]?.x) && sameValues(t.y, plottedData[i]?.y))) return false;
  const groups = traceGroups(gd);
  // Work out every write first, so that a trace it cannot redraw leaves the figure untouched.
  const writes: (() => void)[] = [];
  for (const [i, t] of (data as TraceLike[]).entries()) {
    if (t.visible === false || t.visible === 'legendonly') continue;
    const g = groups.get(i);
    const xa = drawnAxis(gd, axisName(t.xaxis, 'x'));
    const ya = drawnAxis(gd, axisName(t.yaxis, 'y'));
    if (!xa || !ya || !t.x || !t.y) return false;
    if (t.type === 'heatmap') {
      const write = g && moveHeatmap(g, t, resolvedTrace<ResolvedHeatmap>(gd, i), xa, ya);
      if (!write) return false;
      writes.push(write);
      continue;
    }
    if (t.type === 'bar') {
      // Corners rounded by the layout's `barcornerradius` show on the trace as plotly resolved it.
      const rounded = resolvedTrace<TraceLike>(gd, i)?.marker as { cornerradius?: unknown } | undefined;
      const write = g && !rounded?.cornerradius && moveBars(g, t, barPlacement(gd, i), xa, ya);
      if (!write) return false;
      writes.push(write);
      continue;
    }
    // A line whose trace is the very object last written there, over the same axes, and still as
    // written (plotly has not drawn over it since) is left alone: a figure that moves one marker over a
    // long fixed curve (a chosen n) rewrites the marker only. Traces are values: a widget that changes
    // numbers hands a new trace (none mutates one it has handed over).
    const axes = axesKey(xa, ya);
    const lineOnly = (t.mode ?? 'lines') === 'lines' && (t.fill === undefined || t.fill === 'none');
    const line = lineOnly && g ? drawnParts.line(g) : null;
    const last = line ? writtenLines.get(line) : undefined;
    if (last && last.trace === t && last.x === t.x && last.y === t.y && last.axes === axes && line!.getAttribute('d') === last.d) continue;
    /** The index in the data of each point drawn (those with finite pixels). */
    const drawnAt: number[] = [];
    const { path, points, gaps } = pixels(t.x, t.y, xa, ya, drawnAt);
    // Plotly draws no group for a trace without points (Plot.svelte hands it one gap, so it does):
    // fine while it stays empty.
    if (!g) {
      if (points.length > 0) return false;
      continue;
    }
    const mode = t.mode ?? 'lines';
    // A line or markers plotly drew none of (the trace was empty, or all gaps) are copied from the
    // trace's template, plotly's own drawing of its style (traceTemplates.ts).
    const template = templateOf(gd, i);
    if (mode.includes('lines')) {
      const drawn = drawnParts.line(g);
      const box = drawnParts.lineBox(g);
      const spare = template?.line;
      if (!drawn && path && !(box && spare)) return false;
      writes.push(() => {
        const target = drawn ?? (path ? (box!.appendChild(spare!.cloneNode()) as Element) : null);
        target?.setAttribute('d', path);
        if (target && lineOnly) writtenLines.set(target, { trace: t, x: t.x, y: t.y, axes, d: path });
      });
    }
    if (t.fill === 'toself') {
      const fill = drawnParts.fill(g);
      if (!fill || gaps) return false;
      writes.push(() => fill.setAttribute('d', path ? `${path}Z` : ''));
    }
    if (mode.includes('markers')) {
      const marks = drawnParts.markers(g);
      const wanted = points.length / 2;
      // More points than drawn: copies of the last marker (same symbol and size), or of the template
      // when none is drawn, each filled with its point's colour when colours are given point by point.
      // Shapes given point by point are kept only as plotly drew them: a change of count or of the
      // shapes themselves is plotly's to draw.
      const drawn = plottedData[i]?.marker;
      const shaped = perPointShape(t);
      const colours = pointColours(t);
      const box = drawnParts.markerBox(g);
      const model = marks[marks.length - 1] ?? template?.marker;
      if (wanted !== marks.length && (!model || !box || shaped)) return false;
      const same = (a: MarkerFields['marker'], b: MarkerFields['marker']) =>
        (['size', 'color', 'symbol'] as const).every((k) => sameValues(a?.[k], b?.[k])) &&
        sameValues(a?.line?.color, b?.line?.color) && sameValues(a?.line?.width, b?.line?.width);
      if (shaped && !same(t.marker, drawn)) return false;
      writes.push(() => {
        while (marks.length < wanted) marks.push(box!.appendChild(model!.cloneNode()) as SVGElement);
        while (marks.length > wanted) marks.pop()!.remove();
        marks.forEach((m, k) => {
          m.setAttribute('transform', `translate(${points[2 * k]},${points[2 * k + 1]})`);
          if (colours) m.style.fill = colours[drawnAt[k]];
        });
      });
    }
  }
  for (const write of writes) write();
  return true;
}

/**
 * The write that draws the bars of `t` where plotly would: as many bars as values (copies of the last
 * drawn bar when there are more), each at its x with plotly's width and offset, from zero to its
 * height. Null unless plotly's placement still holds: its width and offset are single numbers and
 * the new x values keep the smallest gap plotly sized the bars from.
 */
function moveBars(g: Element, t: TraceLike, placement: BarPlacement | undefined, xa: DrawnAxis, ya: DrawnAxis): (() => void) | null {
  const bars = drawnParts.bars(g);
  const xs = t.x!, ys = t.y!;
  const { barwidth: width, poffset: offset, bardelta: delta } = placement ?? {};
  if (typeof width !== 'number' || typeof offset !== 'number' || typeof delta !== 'number') return null;
  if (xs.length !== ys.length || xs.length < 2 || smallestGap(xs) !== delta || bars.length === 0) return null;
  const base = ya.toPixel(0);
  const shapes: string[] = [];
  for (let k = 0; k < xs.length; k++) {
    const x0 = xa.toPixel(xs[k] + offset), x1 = xa.toPixel(xs[k] + offset + width), top = clamp(ya.toPixel(ys[k]));
    if (![x0, x1, top, base].every(Number.isFinite)) return null;
    shapes.push(barPath(x0, x1, top, base));
  }
  const colours = t.marker?.color;
  const colour = (k: number) => (perPoint(colours) ? String((colours as ArrayLike<unknown>)[k]) : null);
  const model = bars[bars.length - 1].parentElement!;
  return () => {
    while (bars.length < shapes.length) bars.push(model.parentElement!.appendChild(model.cloneNode(true) as Element).firstElementChild as SVGPathElement);
    while (bars.length > shapes.length) bars.pop()!.parentElement!.remove();
    bars.forEach((bar, k) => {
      bar.setAttribute('d', shapes[k]);
      const c = colour(k);
      if (c !== null) bar.style.fill = c;
    });
  };
}

/** The smallest gap between distinct values, as plotly sizes bars by. */
function smallestGap(xs: ArrayLike<number>): number {
  const sorted = Float64Array.from(xs).sort();
  let gap = Infinity;
  for (let k = 1; k < sorted.length; k++) if (sorted[k] > sorted[k - 1]) gap = Math.min(gap, sorted[k] - sorted[k - 1]);
  return gap;
}

/**
 * A pixel-space polyline (a new subpath after each missing value) and the finite points' pixels;
 * their indices in the data go into `drawnAt`.
 */
function pixels(xs: ArrayLike<number>, ys: ArrayLike<number>, xa: DrawnAxis, ya: DrawnAxis, drawnAt: number[]) {
  const n = Math.min(xs.length, ys.length);
  let path = '';
  const points: number[] = [];
  let pen = false;
  let gaps = false;
  for (let k = 0; k < n; k++) {
    const px = clamp(xa.toPixel(xs[k])), py = clamp(ya.toPixel(ys[k]));
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      pen = false;
      gaps = true;
      continue;
    }
    const x = Math.round(px * 10), y = Math.round(py * 10);
    path += (pen ? 'L' : 'M') + tenths(x) + ',' + tenths(y);
    points.push(x / 10, y / 10);
    drawnAt.push(k);
    pen = true;
  }
  return { path, points, gaps };
}

const DECIMAL = ['', '.1', '.2', '.3', '.4', '.5', '.6', '.7', '.8', '.9'];

/**
 * t/10 as text, for an integer t (a pixel rounded to a tenth, times ten): the text of `String(t / 10)`,
 * built from integers, which V8 turns into text three times faster than fractions. Dense traces write
 * thousands of these per frame.
 */
export function tenths(t: number): string {
  const u = t < 0 ? -t : t;
  return (t < 0 ? '-' : '') + ((u / 10) | 0) + DECIMAL[u % 10];
}

/** Keeps far-off points at a distance SVG renderers handle (plotly clips them similarly). */
function clamp(p: number): number {
  return p > 1e6 ? 1e6 : p < -1e6 ? -1e6 : p;
}
