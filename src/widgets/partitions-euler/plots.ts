/** Figure, CSV and Young-diagram frames of the distinct = odd widget. */
import type { Data, Layout } from 'plotly.js';
import type { EulerCounts } from '../../compute/partitions/widgets';
import { countStrings } from '../../compute/partitions/packed';
import { mergedPart, type GlaisherWalk } from '../../compute/partitions/parse';
import { toCsv } from '../../ui/download';
import { msg } from './messages';

/**
 * Both counts on one log axis: the odd-part count as a line, the distinct-part count as dots on it,
 * or past 400 values (too many dots) as a dotted line. Dots and dotted line are two traces, one of
 * them empty, so that dragging N across 400 changes numbers, not the figure's traces.
 */
export function eulerFigure(r: EulerCounts): { data: Data[]; layout: Partial<Layout> } {
  const n = Array.from(r.log10Odd, (_, i) => i);
  const many = n.length > 400;
  const distinct = Array.from(r.log10Distinct);
  const style = { marker: { size: 5, color: '#ff7f0e', symbol: 'circle-open' }, line: { width: 1, color: '#ff7f0e', dash: 'dot' } } as const;
  const hovertemplate = msg.distinctHover;
  return {
    data: [
      {
        type: 'scatter',
        mode: 'lines',
        x: n,
        y: Array.from(r.log10Odd),
        name: msg.oddParts,
        line: { width: 3, color: '#1f77b4' },
        hovertemplate: msg.oddHover,
      },
      { type: 'scatter', mode: 'markers', x: many ? [] : n, y: many ? [] : distinct, name: msg.distinctParts, legendgroup: 'distinct', ...style, hovertemplate },
      {
        type: 'scatter', mode: 'lines', x: many ? n : [], y: many ? distinct : [], name: msg.distinctParts, legendgroup: 'distinct', showlegend: false,
        ...style, hovertemplate,
      },
    ],
    layout: {
      xaxis: { title: { text: 'n' } },
      yaxis: { title: { text: msg.yAxis }, rangemode: 'tozero' },
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: 1.12 },
      margin: { l: 56, r: 16, t: 36, b: 48 },
    },
  };
}

/** n, the two counts, and whether they agree. */
export function eulerCsv(r: EulerCounts): string {
  const distinct = countStrings(r.distinct);
  const odd = countStrings(r.odd);
  return toCsv({
    n: distinct.map((_, i) => i),
    distinct_parts: distinct,
    odd_parts: odd,
    equal: distinct.map((d, i) => (d === odd[i] ? 'yes' : 'no')),
  });
}

/** One Young diagram of the walk: its parts, the rows that change next, the rows just made, and the move to the next frame. */
export interface Frame {
  parts: number[];
  /** Row indices that merge (or split) on the way to the next frame. */
  going: number[];
  /** Row indices made by the move from the previous frame. */
  fresh: number[];
  /** e.g. "1+1 → 2" or "6 → 3+3"; '' on the last frame. */
  move: string;
}

/** Indices of the first (or last) `count` rows equal to `value`. */
function rows(parts: number[], value: number, count: number, fromEnd: boolean): number[] {
  const all = parts.flatMap((p, i) => (p === value ? [i] : []));
  return fromEnd ? all.slice(-count) : all.slice(0, count);
}

/** The walk as frames: in a merge two equal rows p become one row 2p; in a split one row 2p becomes two rows p. */
export function walkFrames(walk: GlaisherWalk): Frame[] {
  const { steps, direction } = walk;
  const frames: Frame[] = steps.map((parts) => ({ parts, going: [], fresh: [], move: '' }));
  for (let i = 0; i + 1 < steps.length; i++) {
    const [a, b] = [steps[i], steps[i + 1]];
    const p = direction === 'merge' ? mergedPart(a, b) : mergedPart(b, a);
    if (p === null) continue;
    if (direction === 'merge') {
      frames[i].going = rows(a, p, 2, true);
      frames[i + 1].fresh = rows(b, 2 * p, 1, false);
      frames[i].move = `${p}+${p} → ${2 * p}`;
    } else {
      frames[i].going = rows(a, 2 * p, 1, false);
      frames[i + 1].fresh = rows(b, p, 2, true);
      frames[i].move = `${2 * p} → ${p}+${p}`;
    }
  }
  return frames;
}

/** Which frames to draw: all when few, else the first and last `keep` with a gap marker (null) between. */
export function shownFrames<T>(frames: T[], keep = 8): (T | null)[] {
  return frames.length <= 2 * keep + 1 ? frames : [...frames.slice(0, keep), null, ...frames.slice(-keep)];
}

/** Cell size in px so the widest diagram of the walk fits `width` (between 3 and 16 px). */
export function cellSize(frames: Frame[], width = 300): number {
  const widest = Math.max(1, ...frames.map((f) => f.parts[0] ?? 1));
  return Math.max(3, Math.min(16, Math.floor(width / widest)));
}
