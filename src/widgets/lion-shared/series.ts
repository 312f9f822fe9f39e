/**
 * Shared figure pieces of the Lion widgets: decimation (a 10 000-step run is drawn from at most a
 * few thousand points; CSV keeps every step) and the two-panel layout (side by side, or stacked on
 * narrow screens).
 */
import type { Layout } from 'plotly.js';

/** Most points drawn per trace. */
export const MAX_POINTS = 1000;

/**
 * Indices 0, s, 2s, … ≤ last, and `last` itself, with the stride s = ⌈total/maxPoints⌉ fixed by the
 * whole run (not by `last`), so points do not shift while a scrubber moves `last`.
 */
export function strideIndices(total: number, last: number = total, maxPoints = MAX_POINTS): number[] {
  const end = Math.max(0, Math.min(Math.floor(last), Math.floor(total)));
  const stride = Math.max(1, Math.ceil(total / maxPoints));
  const out: number[] = [];
  for (let i = 0; i < end; i += stride) out.push(i);
  out.push(end);
  return out;
}

/**
 * For a curve on a log axis: per bucket of ⌈n/(maxPoints/2)⌉ samples, the indices of its smallest
 * and largest finite value (in order), so spikes survive; the first and last finite samples always stay.
 */
export function envelopeIndices(values: ArrayLike<number>, maxPoints = MAX_POINTS): number[] {
  const n = values.length;
  const finite = (i: number) => Number.isFinite(values[i]);
  if (n <= maxPoints) return Array.from({ length: n }, (_, i) => i).filter(finite);
  const bucket = Math.ceil(n / Math.max(1, Math.floor(maxPoints / 2)));
  const out: number[] = [];
  for (let start = 0; start < n; start += bucket) {
    let lo = -1;
    let hi = -1;
    for (let i = start; i < Math.min(n, start + bucket); i++) {
      if (!finite(i)) continue;
      if (lo < 0 || values[i] < values[lo]) lo = i;
      if (hi < 0 || values[i] > values[hi]) hi = i;
    }
    if (lo < 0) continue;
    out.push(Math.min(lo, hi));
    if (hi !== lo) out.push(Math.max(lo, hi));
  }
  let first = 0;
  while (first < n && !finite(first)) first++;
  let last = n - 1;
  while (last >= 0 && !finite(last)) last--;
  if (first < n && out[0] !== first) out.unshift(first);
  if (last >= 0 && out[out.length - 1] !== last) out.push(last);
  return out;
}

/** Picks `values[i]` for each index. */
export function pick(values: ArrayLike<number>, indices: readonly number[]): number[] {
  return indices.map((i) => values[i]);
}

/**
 * Axes for two panels sharing the x quantity `xTitle`: left | right when wide, top / bottom when
 * `stacked` (then only the bottom axis carries the title); panel titles as annotations.
 */
export function twoPanelLayout(stacked: boolean, titles: [string, string], xTitle: string): Partial<Layout> {
  const gap = stacked ? 0.2 : 0.12;
  const a: [number, number] = [0, (1 - gap) / 2];
  const b: [number, number] = [(1 + gap) / 2, 1];
  const title = (text: string, x: number, y: number) => ({
    text,
    x,
    y,
    xref: 'paper' as const,
    yref: 'paper' as const,
    xanchor: 'left' as const,
    yanchor: 'bottom' as const,
    showarrow: false,
    font: { size: 13 },
  });
  const axisTitle = { title: { text: xTitle } };
  return stacked
    ? {
        xaxis: { domain: [0, 1], anchor: 'y' },
        yaxis: { domain: b, anchor: 'x' },
        xaxis2: { domain: [0, 1], anchor: 'y2', ...axisTitle },
        yaxis2: { domain: a, anchor: 'x2' },
        annotations: [title(titles[0], 0, 1), title(titles[1], 0, a[1])],
        margin: { l: 56, r: 12, t: 28, b: 44 },
      }
    : {
        xaxis: { domain: a, anchor: 'y', ...axisTitle },
        yaxis: { domain: [0, 1], anchor: 'x' },
        xaxis2: { domain: b, anchor: 'y2', ...axisTitle },
        yaxis2: { domain: [0, 1], anchor: 'x2' },
        annotations: [title(titles[0], 0, 1), title(titles[1], b[0], 1)],
        margin: { l: 56, r: 12, t: 28, b: 44 },
      };
}
