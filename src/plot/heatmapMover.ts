/**
 * The trace mover's heatmaps (traceMover.ts): paint new cells (on the same grid, or on a new one over
 * fixed axes) on a canvas laid over the image plotly drew, the way plotly paints a heatmap on an evenly
 * spaced grid ("fast" drawing: one canvas pixel per cell, scaled up with `image-rendering: pixelated`),
 * instead of a Plotly.react that redraws axes, colour bar and all (a long task on every input).
 *
 * Leans on plotly's drawing (found through plotlyInternals.ts), checked by e2e/plotMover.spec.ts
 * against plotly's own image: a heatmap's group holds one `image`, whose canvas has a pixel per cell,
 * column c at c (or mirrored when the x
 * axis runs right to left) and row r at r (mirrored when the y axis runs bottom to top on screen),
 * stretched over the cells' extent in the plot area (x, y, width, height in pixels); a cell's colour
 * is the trace's colour scale (flipped by `reversescale`), interpolated channel by channel between its
 * stops over [zmin, zmax] and clamped, with r, g, b rounded; a missing cell is transparent.
 */
import { cellEdges } from './heatmapCells';
import { placeImage } from './imageMover';
import { drawnParts, type DrawnAxis } from './plotlyInternals';

/** The fields of a heatmap trace this module reads, as given and as plotly resolved them. */
export interface HeatmapTrace {
  x?: ArrayLike<number>;
  y?: ArrayLike<number>;
  z?: ArrayLike<ArrayLike<number | null>>;
}
export interface ResolvedHeatmap {
  colorscale?: [number, string][];
  reversescale?: boolean;
  zmin?: number;
  zmax?: number;
}

/** RGBA (0–255) of each colour-scale stop, or null for a colour this module cannot read. */
function rgba(colour: string): [number, number, number, number] | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  if (hex) {
    const n = parseInt(hex[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
  }
  const fn = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(colour);
  if (!fn) return null;
  return [Number(fn[1]), Number(fn[2]), Number(fn[3]), fn[4] === undefined ? 255 : Number(fn[4]) * 255];
}

/**
 * z → RGBA bytes as plotly colours a heatmap cell, from the trace as plotly resolved it; null when the
 * scale or its range is not one this module reads (plotly then draws the figure itself).
 */
export function cellColours(full: ResolvedHeatmap): ((z: number | null | undefined, out: Uint8ClampedArray, at: number) => void) | null {
  const { colorscale, zmin, zmax } = full;
  if (!Array.isArray(colorscale) || colorscale.length < 2 || !Number.isFinite(zmin) || !Number.isFinite(zmax) || zmax! <= zmin!) return null;
  const stops = full.reversescale ? colorscale.map(([f, c]) => [1 - f, c] as [number, string]).reverse() : colorscale;
  const at = stops.map(([f]) => zmin! + f * (zmax! - zmin!));
  const colours = stops.map(([, c]) => rgba(c));
  if (colours.some((c) => c === null)) return null;
  const rgbaAt = colours as [number, number, number, number][];
  const last = at.length - 1;
  return (z, out, k) => {
    if (z === null || z === undefined || !Number.isFinite(z)) {
      out[k] = out[k + 1] = out[k + 2] = out[k + 3] = 0;
      return;
    }
    const v = Math.min(Math.max(z, at[0]), at[last]);
    // The stop below v: guessed from its place in the range, then corrected (stops are close to even).
    let s = Math.min(last - 1, Math.floor(((v - at[0]) / (at[last] - at[0])) * last));
    while (s > 0 && v < at[s]) s--;
    while (s < last - 1 && v >= at[s + 1]) s++;
    const t = at[s + 1] > at[s] ? (v - at[s]) / (at[s + 1] - at[s]) : 0;
    const a = rgbaAt[s], b = rgbaAt[s + 1];
    out[k] = Math.round(a[0] + t * (b[0] - a[0]));
    out[k + 1] = Math.round(a[1] + t * (b[1] - a[1]));
    out[k + 2] = Math.round(a[2] + t * (b[2] - a[2]));
    out[k + 3] = Math.round(a[3] + t * (b[3] - a[3]));
  };
}

/**
 * The write that repaints a heatmap plotly drew in `g` with the cells of `t`, on its grid, which may
 * differ from the one plotly drew (the caller has checked the axes are fixed, or the grid unchanged);
 * or null unless plotly drew it the "fast" way and the cells fit the grid.
 */
export function moveHeatmap(g: Element, t: HeatmapTrace, full: ResolvedHeatmap | undefined, xa: DrawnAxis, ya: DrawnAxis): (() => void) | null {
  const image = drawnParts.heatmapImage(g);
  const { x, y, z } = t;
  if (!image || !full || !x || !y || !z) return null;
  const cols = x.length, rows = y.length;
  if (z.length !== rows || Array.from(z).some((row) => row.length !== cols)) return null;
  const colour = cellColours(full);
  const across = span(x, xa), down = span(y, ya);
  if (!colour || !across || !down) return null;
  const table = colourTable(colour, full);
  // Plotly mirrors the canvas where an axis runs against the screen's direction.
  const flipX = xa.toPixel(x[cols - 1]) < xa.toPixel(x[0]);
  const flipY = ya.toPixel(y[rows - 1]) < ya.toPixel(y[0]);
  return () => {
    const paint = overlayOn(image, cols, rows);
    if (!paint) return;
    const { cover, context, cells } = paint;
    const pixels = new Uint32Array(cells.data.buffer);
    const { words, zmin, scale } = table;
    for (let r = 0; r < rows; r++) {
      const row = z[r], line = flipY ? rows - 1 - r : r;
      for (let c = 0; c < cols; c++) {
        const v = row[c];
        const at = line * cols + (flipX ? cols - 1 - c : c);
        if (typeof v !== 'number' || v - v !== 0) pixels[at] = 0; // missing or not finite: transparent
        else pixels[at] = words[Math.min(TABLE_LAST, Math.max(0, Math.round((v - zmin) * scale)))];
      }
    }
    context.putImageData(cells, 0, 0);
    placeImage(cover, across, down);
  };
}

/** The class of the cover a drag paints over plotly's heatmap image. */
const COVER = 'kexue-cells';

interface Cover {
  cover: Element;
  context: CanvasRenderingContext2D;
  cells: ImageData;
}
const covers = new WeakMap<Element, Cover>();

/**
 * A canvas of one pixel per cell laid over plotly's image (in a foreignObject right after it, so the
 * traces above stay above), which hides. The cells are put straight on the canvas: no PNG to encode
 * and decode per input, as swapping the image's source would need. `restoreHeatmaps` takes the
 * covers away when plotly draws the figure itself.
 */
function overlayOn(image: Element, cols: number, rows: number): Cover | null {
  const known = covers.get(image);
  if (known?.cover.isConnected && known.cover.previousElementSibling === image && known.cells.width === cols && known.cells.height === rows) return known;
  known?.cover.remove();
  const cover = document.createElementNS('http://www.w3.org/2000/svg', 'foreignObject');
  cover.setAttribute('class', COVER);
  const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas') as HTMLCanvasElement;
  canvas.width = cols;
  canvas.height = rows;
  canvas.setAttribute('style', 'display: block; width: 100%; height: 100%; image-rendering: pixelated;');
  const context = canvas.getContext('2d');
  if (!context) return null;
  cover.append(canvas);
  image.after(cover);
  image.setAttribute('visibility', 'hidden');
  const made = { cover, context, cells: context.createImageData(cols, rows) };
  covers.set(image, made);
  return made;
}

/** Takes away the covers of `gd`'s heatmaps and shows plotly's images again (call before plotly draws). */
export function restoreHeatmaps(gd: Element): void {
  for (const cover of gd.querySelectorAll(`foreignObject.${COVER}`)) {
    const image = cover.previousElementSibling;
    if (image) {
      image.removeAttribute('visibility');
      covers.delete(image);
    }
    cover.remove();
  }
}

/** Entries of a colour table: z steps of 1/4095 of the range move a channel by far less than one level. */
const TABLE_LAST = 4095;
let table: { key: string; words: Uint32Array; zmin: number; scale: number } | null = null;

/**
 * The colours of TABLE_LAST + 1 evenly spaced z over [zmin, zmax], each as the 32-bit word of its RGBA
 * bytes (written as bytes, so the pixel buffer's byte order is kept): a cell then costs one lookup, not
 * a search of the scale's stops (a drag repaints 40 000 cells per input). Off by at most one level per
 * channel from `colour` itself, which the e2e comparison with plotly's image allows.
 */
function colourTable(colour: NonNullable<ReturnType<typeof cellColours>>, full: ResolvedHeatmap) {
  const zmin = full.zmin!, zmax = full.zmax!;
  const key = JSON.stringify([full.colorscale, full.reversescale === true, zmin, zmax]);
  if (table?.key === key) return table;
  const words = new Uint32Array(TABLE_LAST + 1);
  const bytes = new Uint8ClampedArray(words.buffer);
  for (let i = 0; i <= TABLE_LAST; i++) colour(zmin + ((zmax - zmin) * i) / TABLE_LAST, bytes, 4 * i);
  table = { key, words, zmin, scale: TABLE_LAST / (zmax - zmin) };
  return table;
}

/** The pixels [from, to] the cells on one axis cover, or null for fewer than two cells. */
function span(v: ArrayLike<number>, a: DrawnAxis): [number, number] | null {
  if (v.length < 2) return null;
  const [p, q] = cellEdges(v).map((e) => a.toPixel(e));
  if (!Number.isFinite(p) || !Number.isFinite(q)) return null;
  return [round(Math.min(p, q)), round(Math.max(p, q))];
}

const round = (p: number) => Math.round(p * 100) / 100;
