/**
 * The one door to plotly's internals. The movers (traceMover, heatmapMover, imageMover, axisMover,
 * traceTemplates) and the plot's click handler read what plotly does not document — its resolved
 * layout and data (`_fullLayout`, `_fullData`, `calcdata`), its axes' pixel conversions (`c2p`, `p2l`,
 * `_offset`, `_length`), the datum d3 binds to each trace's group (`__data__`), the class names of its
 * SVG and the grammar of a bar's path — and every such read is here, so that a new plotly version is
 * checked in one file. They were written against plotly.js TESTED_PLOTLY and are held to plotly's own
 * drawing by e2e/plotMover.spec.ts; on any other version (or with `?plot=plain` in the address) they
 * switch themselves off (internalsSwitch.ts), and every figure is drawn by plotly's documented API alone
 * (`Plotly.react` / `Plotly.animate`).
 */

/** An axis as plotly laid it out: data ↔ pixels within the plot area, and where that area starts. */
export interface DrawnAxis {
  /** Data value (calendar-free, log axes included) → pixel from the axis' start. */
  toPixel(v: number): number;
  /** Pixel from the axis' start → data value (log axes: the value itself, not its logarithm). */
  fromPixel(p: number): number;
  /** Where the axis starts in the figure, and its length, in pixels. */
  offset: number;
  length: number;
}

interface FullAxis {
  c2p: (v: number) => number;
  p2l: (p: number) => number;
  _offset: number;
  _length: number;
  ticklabeloverflow?: string;
}
interface Internals {
  _fullLayout?: Record<string, FullAxis | undefined>;
  _fullData?: unknown[];
  calcdata?: { t?: unknown }[][];
  data?: unknown[];
}
const inside = (gd: HTMLElement) => gd as unknown as Internals;

/** Plotly's axis `name` ('xaxis', 'yaxis2', …) of the figure drawn in `gd`, or undefined before it is drawn. */
export function drawnAxis(gd: HTMLElement, name: string): DrawnAxis | undefined {
  const a = inside(gd)._fullLayout?.[name];
  if (!a || typeof a.c2p !== 'function') return undefined;
  return { toPixel: (v) => a.c2p(v), fromPixel: (p) => a.p2l(p), offset: a._offset, length: a._length };
}

/** The axis a trace's `xaxis`/`yaxis` reference ('x', 'y2', …) names. */
export const axisName = (ref: string | undefined, letter: 'x' | 'y'): string => `${letter}axis${(ref ?? letter).slice(1)}`;

/**
 * Lets plotly's drawn axis keep tick labels that overflow the figure without measuring each one: the
 * check it otherwise runs on a relayout forces a layout per label. Set on plotly's resolved layout,
 * not ours: through `relayout` it would make plotly recompute the whole figure.
 */
export function skipTickLabelCheck(gd: HTMLElement, axis: string): void {
  const drawn = inside(gd)._fullLayout?.[axis];
  if (drawn) drawn.ticklabeloverflow = 'allow';
}

/** The traces as plotly holds them (what it last drew), or undefined before the first drawing. */
export function plottedTraces<T>(gd: HTMLElement): T[] | undefined {
  return inside(gd).data as T[] | undefined;
}

/** Trace `i` as plotly resolved it (defaults filled in: colours, colour scales, ranges). */
export function resolvedTrace<T>(gd: HTMLElement, i: number): T | undefined {
  return inside(gd)._fullData?.[i] as T | undefined;
}

/** Where plotly placed trace `i`'s bars on their position axis, in data units. */
export interface BarPlacement {
  /** Each bar's width, and the offset of its left edge from its x. */
  barwidth?: unknown;
  poffset?: unknown;
  /** The smallest gap between neighbouring x values, from which plotly sized the bars. */
  bardelta?: unknown;
}

/** Trace `i`'s bar placement (its calcdata's `t`), if plotly drew it as bars. */
export function barPlacement(gd: HTMLElement, i: number): BarPlacement | undefined {
  return inside(gd).calcdata?.[i]?.[0]?.t as BarPlacement | undefined;
}

type BoundGroup = SVGGElement & { __data__?: { trace?: { index?: number } }[] };

/** The SVG group plotly drew for each scatter, bar and heatmap trace, by trace index (from the datum d3 bound to it). */
export function traceGroups(gd: HTMLElement): Map<number, SVGGElement> {
  const groups = new Map<number, SVGGElement>();
  for (const g of gd.querySelectorAll<BoundGroup>('g.trace.scatter, g.trace.bars, g.hm')) {
    const index = g.__data__?.[0]?.trace?.index;
    if (typeof index === 'number') groups.set(index, g);
  }
  return groups;
}

/** The parts of plotly's drawing of a trace, found by the class names plotly gives them. */
export const drawnParts = {
  /** A scatter trace's line and the group that holds it. */
  line: (g: Element) => g.querySelector<SVGPathElement>('path.js-line'),
  lineBox: (g: Element) => g.querySelector('g.lines'),
  /** A scatter trace's `fill: 'toself'` area. */
  fill: (g: Element) => g.querySelector<SVGPathElement>('path.js-fill'),
  /** A scatter trace's markers (one per finite point) and the group that holds them. */
  markers: (g: Element) => [...g.querySelectorAll<SVGElement>('path.point')],
  markerBox: (g: Element) => g.querySelector('g.points'),
  /** A bar trace's bars: one `g.point > path` each. */
  bars: (g: Element) => [...g.querySelectorAll<SVGPathElement>('g.point > path')],
  /** A heatmap's picture, when plotly drew it the fast way (a pixel per cell, scaled up pixelated). */
  heatmapImage: (g: Element) => {
    const image = g.querySelector('image');
    return image && (image.getAttribute('style') ?? '').includes('pixelated') ? image : null;
  },
  /** The layout images drawn below the traces, in the layout's order. */
  layoutImages: (gd: Element) => gd.querySelectorAll('.layer-subplot .imagelayer image'),
} as const;

/** Plotly's path for a vertical bar with square corners: "M x0,base V top H x1 V base Z" (pixels, to 0.01). */
export function barPath(x0: number, x1: number, top: number, base: number): string {
  const r = (p: number) => Math.round(p * 100) / 100;
  return `M${r(x0)},${r(base)}V${r(top)}H${r(x1)}V${r(base)}Z`;
}
