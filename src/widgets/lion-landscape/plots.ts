/** Figure of the landscape widget: log-scaled contours, each optimizer's path up to a step, and the CSV. */
import type { Data, Layout } from 'plotly.js';
import { resolveObjective, type ObjectiveName } from '../../compute/optimizers/objectives';
import type { ObjectiveSurface, OptimizerRun } from '../../compute/optimizers/widgets';
import { toCsv } from '../../ui/download';
import { OPTIMIZER_COLOR, OPTIMIZER_LABEL } from '../lion-shared/optimizers';
import { lionMsg } from '../lion-shared/messages';
import { msg } from './messages';
import { pick, strideIndices } from '../lion-shared/series';

/** The plotted region. */
export interface Box {
  x: [number, number];
  y: [number, number];
}

/** The objective's own view box, widened where needed to show the start with a margin. */
export function viewBox(objective: ObjectiveName, start: [number, number]): Box {
  const { view } = resolveObjective(objective);
  const widen = ([lo, hi]: [number, number], v: number): [number, number] => {
    const pad = (hi - lo) * 0.05;
    return [Math.min(lo, v - pad), Math.max(hi, v + pad)];
  };
  return { x: widen(view.x, start[0]), y: widen(view.y, start[1]) };
}

/** The view of a reader's own formula: the square ±span, widened where needed to show the start. */
export function customViewBox(span: number, start: [number, number]): Box {
  const widen = (v: number): [number, number] => [Math.min(-span, v - 0.1 * span), Math.max(span, v + 0.1 * span)];
  return { x: widen(start[0]), y: widen(start[1]) };
}

/** Steps in a run (its loss has one entry per iterate). */
export const runSteps = (run: OptimizerRun): number => run.loss.length - 1;

/** The last step at or before `step` whose iterate is finite (the one before a divergence). */
export function lastFinite(run: OptimizerRun, step: number): number {
  const k = Math.max(0, Math.min(Math.floor(step), runSteps(run)));
  return run.divergedAt === null ? k : Math.min(k, run.divergedAt - 1);
}

/** Contour levels of the image: this many, evenly spaced in log₁₀(f − f*) between the grid's extremes. */
export const LEVELS = 24;

/** Shades from the lowest to the highest values, and the contour lines' colour: muted, to suit the theme. */
const PALETTE = {
  light: { low: [248, 249, 251], high: [170, 186, 206], line: [40, 50, 66] },
  dark: { low: [29, 34, 41], high: [70, 88, 112], line: [225, 232, 242] },
} as const;

/** An RGBA image, row 0 at the top. */
export interface RgbaImage {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

/**
 * The contour plot drawn as an image: a smooth shade of log₁₀(f − f*), with LEVELS contour lines
 * about one grid cell wide, anti-aliased by each pixel's distance to the nearest level (the level
 * fraction over the local gradient). An image costs next to nothing when the traces above it redraw,
 * which they do on every input; a contour trace would be re-traced each time.
 */
export function contourImage(s: ObjectiveSurface, dark: boolean): RgbaImage {
  const nx = s.x.length;
  const ny = s.y.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of s.logGap) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const span = hi > lo ? hi - lo : 1;
  // Level coordinate per grid point, once (each pixel reads its four neighbours' too): 0 at the
  // minimum, LEVELS at the maximum; lines sit at its integers.
  const level = new Float64Array(nx * ny);
  for (let k = 0; k < level.length; k++) {
    const v = s.logGap[k];
    level[k] = Number.isFinite(v) ? ((v - lo) / span) * LEVELS : LEVELS;
  }
  const p = dark ? PALETTE.dark : PALETTE.light;
  const [lowR, lowG, lowB] = p.low, [highR, highG, highB] = p.high, [lineR, lineG, lineB] = p.line;
  const rgba = new Uint8ClampedArray(nx * ny * 4);
  for (let row = 0; row < ny; row++) {
    const j = ny - 1 - row; // image rows run top-down, y bottom-up
    const here = j * nx;
    // Neighbour rows, the edge row standing in for the missing one.
    const above = Math.min(ny - 1, j + 1) * nx, below = Math.max(0, j - 1) * nx;
    for (let i = 0; i < nx; i++) {
      const u = level[here + i];
      const dx = level[here + Math.min(nx - 1, i + 1)] - level[here + Math.max(0, i - 1)];
      const dy = level[above + i] - level[below + i];
      const slope = Math.sqrt(dx * dx + dy * dy) / 2;
      const frac = u - Math.floor(u);
      const cells = slope > 0 ? Math.min(frac, 1 - frac) / slope : Infinity;
      const line = 0.45 * Math.max(0, 1 - cells / 0.7);
      const t = u / LEVELS;
      const o = 4 * (row * nx + i);
      rgba[o] = (1 - line) * (lowR + t * (highR - lowR)) + line * lineR;
      rgba[o + 1] = (1 - line) * (lowG + t * (highG - lowG)) + line * lineG;
      rgba[o + 2] = (1 - line) * (lowB + t * (highB - lowB)) + line * lineB;
      rgba[o + 3] = 255;
    }
  }
  return { width: nx, height: ny, rgba };
}

/** The contour image placed under the traces, stretched over the grid's extent in data coordinates. */
export function contourLayoutImage(s: ObjectiveSurface, source: string): Partial<NonNullable<Layout['images']>[number]> {
  const x0 = s.x[0];
  const x1 = s.x[s.x.length - 1];
  const y0 = s.y[0];
  const y1 = s.y[s.y.length - 1];
  return { source, xref: 'x', yref: 'y', x: x0, y: y1, sizex: x1 - x0, sizey: y1 - y0, sizing: 'stretch', layer: 'below', xanchor: 'left', yanchor: 'top' };
}

/**
 * Each run's path up to `step` (decimated, the current point always kept), then one trace with a
 * marker where each run is (a cross once it has diverged): few traces keep plotly's redraw quick.
 */
export function pathTraces(runs: readonly OptimizerRun[], step: number): Data[] {
  const lines: Data[] = runs.map((run) => {
    const idx = strideIndices(runSteps(run), lastFinite(run, step));
    const label = OPTIMIZER_LABEL[run.name];
    return {
      type: 'scatter',
      mode: 'lines',
      x: idx.map((i) => run.path[2 * i]),
      y: idx.map((i) => run.path[2 * i + 1]),
      customdata: idx,
      name: label,
      line: { color: OPTIMIZER_COLOR[run.name], width: 2 },
      hovertemplate: msg.pathHover(label),
    };
  });
  if (runs.length === 0) return lines;
  const at = runs.map((run) => lastFinite(run, step));
  const diverged = runs.map((run) => run.divergedAt !== null && run.divergedAt <= step);
  // Where each run is: a dot while it runs, a cross at its last finite point once it has diverged. Two
  // traces with a point per run each (a gap where the other shows it), so that a run diverging as a
  // slider moves changes numbers, not the figure's shape (ui/plotShape.ts).
  const marks = (shown: boolean, symbol: 'circle' | 'x', size: number, name: string): Data => ({
    type: 'scatter',
    mode: 'markers',
    x: runs.map((run, r) => (diverged[r] === shown ? run.path[2 * at[r]] : NaN)),
    y: runs.map((run, r) => (diverged[r] === shown ? run.path[2 * at[r] + 1] : NaN)),
    name,
    showlegend: false,
    marker: { color: runs.map((run) => OPTIMIZER_COLOR[run.name]), size, symbol, line: { color: '#fff', width: 1 } },
    hovertext: runs.map((run, r) =>
      diverged[r] ? msg.divergedAt(OPTIMIZER_LABEL[run.name], run.divergedAt) : msg.atStep(OPTIMIZER_LABEL[run.name], at[r]),
    ),
    hovertemplate: '%{hovertext}<br>(%{x:.4g}, %{y:.4g})<extra></extra>',
  });
  return [...lines, marks(false, 'circle', 9, msg.currentStep), marks(true, 'x', 12, msg.diverged)];
}

/**
 * The box |θᵢ| ≤ 1/λ that Lion's iterates cannot leave (or enter and stay in), when it meets the view;
 * else the trace is empty (it stays, so that the figure keeps its shape while a slider moves).
 */
export function lionBoxTrace(weightDecay: number, box: Box): Data {
  const r = 1 / weightDecay;
  const meets = weightDecay > 0 && r < Math.max(-box.x[0], box.x[1], -box.y[0], box.y[1]) * 1.5;
  return {
    type: 'scatter',
    mode: 'lines',
    x: meets ? [-r, r, r, -r, -r] : [],
    y: meets ? [-r, -r, r, r, -r] : [],
    name: msg.lionBox,
    line: { color: OPTIMIZER_COLOR.lion, width: 1.5, dash: 'dash' },
    hoverinfo: 'skip',
  };
}

/** The start (open circle) and the minimisers (stars), in one trace. */
export function landmarkTrace(start: [number, number], minima: Float64Array | null): Data {
  const m = minima ? minima.length / 2 : 0;
  const minX = minima ? pick(minima, Array.from({ length: m }, (_, i) => 2 * i)) : [];
  const minY = minima ? pick(minima, Array.from({ length: m }, (_, i) => 2 * i + 1)) : [];
  const each = <T,>(first: T, rest: T): T[] => [first, ...Array<T>(m).fill(rest)];
  return {
    type: 'scatter',
    mode: 'markers',
    x: [start[0], ...minX],
    y: [start[1], ...minY],
    name: msg.startAndMinima,
    showlegend: false,
    marker: {
      size: each(11, 12),
      symbol: each('circle-open', 'star'),
      color: each('#888', '#f2c200'),
      line: { color: each('#888', '#6b5500'), width: each(2, 1) },
    },
    hovertext: each(msg.start, msg.minimum),
    hovertemplate: '%{hovertext} (%{x:.4g}, %{y:.4g})<extra></extra>',
  } as Data;
}

/** Fixed axes on the box, the contour image below; `uirevision` keeps a reader's zoom until the objective changes. */
export function landscapeLayout(box: Box, uirevision: string, image: Partial<NonNullable<Layout['images']>[number]> | null): Partial<Layout> {
  return {
    images: image ? [image] : [],
    xaxis: { range: box.x, title: { text: 'x' }, zeroline: false, showgrid: false },
    yaxis: { range: box.y, title: { text: 'y' }, zeroline: false, showgrid: false },
    uirevision,
    showlegend: true,
    margin: { l: 48, r: 12, t: 28, b: 40 },
    legend: { orientation: 'h', x: 0, y: 1, yanchor: 'bottom' },
    hovermode: 'closest',
  };
}

/** Every step of every run: x, y, f and the update's length per optimizer. */
export function landscapeCsv(runs: readonly OptimizerRun[]): string {
  const steps = Math.max(0, ...runs.map(runSteps));
  const columns: Record<string, ArrayLike<number | string>> = { step: Array.from({ length: steps + 1 }, (_, i) => i) };
  for (const run of runs) {
    columns[`${run.name}_x`] = Array.from({ length: run.loss.length }, (_, i) => run.path[2 * i]);
    columns[`${run.name}_y`] = Array.from({ length: run.loss.length }, (_, i) => run.path[2 * i + 1]);
    columns[`${run.name}_f`] = run.loss;
    // The update from step t to t + 1 sits on row t + 1, beside the iterate it produced.
    columns[`${run.name}_update_norm`] = ['', ...Array.from(run.updateNorm)];
  }
  return toCsv(columns);
}

/** The readout: one line per run, where it is at `step`, or that (and when) it diverged. */
export function runItems(runs: readonly OptimizerRun[], step: number, minValue: number) {
  return runs.map((run) => {
    const item = { key: run.name, color: OPTIMIZER_COLOR[run.name], label: OPTIMIZER_LABEL[run.name] };
    if (run.divergedAt !== null) return { ...item, text: lionMsg.runDiverged(run.divergedAt), bad: true };
    const k = lastFinite(run, step);
    const at = `(${run.path[2 * k].toPrecision(4)}, ${run.path[2 * k + 1].toPrecision(4)})`;
    return { ...item, text: msg.runAt(k, at, (run.loss[k] - minValue).toPrecision(3)), bad: false };
  });
}
