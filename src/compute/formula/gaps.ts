/**
 * Where a curve has no value: NaN (undefined) and ±∞ points are drawn as gaps, and described in words
 * ("wave: undefined for t < 0", "infinite at t = 0") so a reader knows the gap is the formula's, not
 * the plot's.
 */

/** A number for a note: up to 4 significant digits, no float noise. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e6 || abs < 1e-4) return v.toExponential(3).replace(/\.?0+e/, 'e').replace('e+', 'e');
  return String(Number(v.toPrecision(4))).replace('-', '−');
}

/** How many gap descriptions a note lists before it only counts the rest. */
const MAX_LISTED = 3;

/**
 * Describes the runs of non-finite values of `y` over `x` (increasing). Returns null when every
 * value is finite. `what` names the curve, `symbol` the variable.
 */
export function describeGaps(what: string, symbol: string, x: ArrayLike<number>, y: ArrayLike<number>): string | null {
  const n = y.length;
  const runs: string[] = [];
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
    if (runs.length < MAX_LISTED) {
      const word = undefinedSeen && infiniteSeen ? 'undefined or infinite' : undefinedSeen ? 'undefined' : 'infinite';
      runs.push(`${word} ${where(symbol, x, i, j - 1, n)}`);
    }
    i = j;
  }
  if (total === 0) return null;
  if (missing === n) return `${what}: undefined or infinite at every point (nothing to draw)`;
  const more = total > runs.length ? `, and in ${total - runs.length} more place${total - runs.length > 1 ? 's' : ''}` : '';
  return `${what}: ${runs.join('; ')}${more} (left as gaps)`;
}

/** Words for the run of points first…last (indices) among n: at a point, below, above or between. */
function where(symbol: string, x: ArrayLike<number>, first: number, last: number, n: number): string {
  const at = (i: number) => formatNumber(x[i]);
  if (first === last && first > 0 && last < n - 1) return `at ${symbol} = ${at(first)}`;
  if (first === 0) return `for ${symbol} < ${at(last + 1)}`;
  if (last === n - 1) return `for ${symbol} > ${at(first - 1)}`;
  return `for ${at(first - 1)} < ${symbol} < ${at(last + 1)}`;
}
