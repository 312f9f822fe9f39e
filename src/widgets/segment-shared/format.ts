/** Formats and colours the segment-* widgets share. */

export const COLOURS = { exact: '#7f7f7f', perfect: '#1f77b4', viterbi: '#d62728', law: '#ff7f0e' } as const;

/** A segmentation as text: its pieces with a bar between them. */
export const joinPieces = (pieces: readonly string[]): string => pieces.join(' | ');

/** Characters drawn about twice as wide as a Latin letter: CJK, kana, Hangul, full-width forms. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** How many Latin letters wide a character is drawn: 2 for a wide character, else 1. */
export const charUnits = (c: string): number => (WIDE.test(c) ? 2 : 1);

/** Figures narrower than this (CSS px) are on a phone: shorter labels, fewer ticks. */
export const NARROW_FIGURE = 560;

/** How long an axis label may be, in Latin-letter widths, on a figure `width` px wide (0: not measured). */
export const labelRoom = (width: number): number => (width > 0 && width < NARROW_FIGURE ? 14 : 22);

/**
 * A label that fits a narrow axis: the pieces joined, cut with … past `max` Latin-letter widths (a
 * wide character counts 2, so a Chinese label keeps about half as many characters).
 */
export function shortLabel(pieces: readonly string[], max = 22): string {
  const full = pieces.join('|');
  const chars = Array.from(full);
  if (chars.reduce((sum, c) => sum + charUnits(c), 0) <= max) return full;
  let used = 1; // the ellipsis
  let kept = 0;
  while (kept < chars.length && used + charUnits(chars[kept]) <= max) used += charUnits(chars[kept++]);
  return chars.slice(0, kept).join('') + '…';
}

/**
 * A probability: 4 significant digits, scientific below 10⁻⁴, exact 0 and 1 as such; within 10⁻⁴ of 1
 * as "1 − 3.2e-7", so a probability that is not 1 never reads as 1.
 */
export function prob(p: number): string {
  if (!Number.isFinite(p)) return '–';
  if (p === 0 || p === 1) return String(p);
  if (p > 0.9999) return `1 − ${(1 - p).toExponential(1)}`;
  return p < 1e-4 ? p.toExponential(2) : String(Number(p.toPrecision(4)));
}

/** A number to `digits` significant digits ('–' when not finite). */
export function num(v: number, digits = 4): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(digits))) : '–';
}

/** A count given as decimal digits: exact up to 15 digits, then as 1.23×10^k. */
export function bigCount(digits: string): string {
  if (digits.length <= 15) return Number(digits).toLocaleString('en-US');
  return `${digits[0]}.${digits.slice(1, 3)}×10^${digits.length - 1}`;
}
