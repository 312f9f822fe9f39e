/**
 * How a live number in prose is written ("the slowest pair turns once every {=rope-digits: …} tokens"),
 * the same at build time (the page's first text) and in the browser (as the reader drags): the
 * format an author gives after `|` — a count of significant digits (1–15), or `int`.
 */

/** Formats allowed after `|` in a live value. */
export const LIVE_FORMAT = /^(?:[1-9]|1[0-5]|int)$/;

/** Default significant digits of a live value. */
export const LIVE_DIGITS = 4;

/**
 * Made once, on first use: `toLocaleString` builds a new formatter on every call, which tables of numbers
 * feel; and building it when the module loads cost a notebook's first load a long task (the number
 * format's locale data), though a page only formats once a reader moves a control.
 */
let grouped: Intl.NumberFormat | undefined;

/** A live value as text: thousands separated, minus as U+2212, ±∞ and NaN in words. */
export function formatLive(value: number, format: string = String(LIVE_DIGITS)): string {
  if (Number.isNaN(value)) return 'undefined';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const v = format === 'int' ? Math.round(value) : Number(value.toPrecision(Number(format)));
  const abs = Math.abs(v);
  const text = abs !== 0 && (abs >= 1e15 || abs < 1e-6) ? v.toExponential(Math.max(0, Number(format === 'int' ? 15 : format) - 1)).replace(/\.?0+e/, 'e') : (grouped ??= new Intl.NumberFormat('en', { maximumFractionDigits: 20 })).format(v);
  return text.replace('-', '−');
}
