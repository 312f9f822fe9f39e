/**
 * Where a curve has no value: NaN (undefined) and ±∞ points are drawn as gaps, and reported as data
 * (notes.ts) that the widget words in the reader's language ("wave: undefined for t < 0", "infinite at
 * t = 0"), so a reader knows the gap is the formula's, not the plot's.
 */
import type { FigureNote, GapPlace, GapRun } from './notes';

/** A number for a note: up to 4 significant digits, no float noise. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e6 || abs < 1e-4) return v.toExponential(3).replace(/\.?0+e/, 'e').replace('e+', 'e');
  return String(Number(v.toPrecision(4))).replace('-', '−');
}

/** How many gaps a note places before it only counts the rest. */
const MAX_LISTED = 3;

/**
 * The runs of non-finite values of `y` over `x` (increasing), as a note; null when every value is
 * finite. `label` names the curve, `symbol` the variable.
 */
export function findGaps(label: string, symbol: string, x: ArrayLike<number>, y: ArrayLike<number>): FigureNote | null {
  const n = y.length;
  const runs: GapRun[] = [];
  let total = 0, missing = 0;
  for (let i = 0; i < n; ) {
    if (Number.isFinite(y[i])) {
      i++;
      continue;
    }
    let j = i;
    let undefinedSeen = false, infiniteSeen = false;
    while (j < n && !Number.isFinite(y[j])) {
      if (Number.isNaN(y[j])) undefinedSeen = true;
      else infiniteSeen = true;
      j++;
      missing++;
    }
    total++;
    if (runs.length < MAX_LISTED) runs.push({ kind: undefinedSeen && infiniteSeen ? 'both' : undefinedSeen ? 'undefined' : 'infinite', place: place(x, i, j - 1, n) });
    i = j;
  }
  if (total === 0) return null;
  if (missing === n) return { kind: 'noValues', label };
  return { kind: 'gaps', label, symbol, runs, more: total - runs.length, exact: false };
}

/** Where the run of points first…last (indices) among n lies: at a point, below, above or between. */
function place(x: ArrayLike<number>, first: number, last: number, n: number): GapPlace {
  const at = (i: number) => formatNumber(x[i]);
  if (first === last && first > 0 && last < n - 1) return { at: at(first) };
  if (first === 0) return { below: at(last + 1) };
  if (last === n - 1) return { above: at(first - 1) };
  return { from: at(first - 1), to: at(last + 1) };
}
