/** Formats and colours the segment-* widgets share. */

export const COLOURS = { exact: '#7f7f7f', perfect: '#1f77b4', viterbi: '#d62728', law: '#ff7f0e' } as const;

/** A segmentation as text: its pieces with a bar between them. */
export const joinPieces = (pieces: readonly string[]): string => pieces.join(' | ');

/** A label that fits a narrow axis: the pieces joined, cut with … past `max` characters. */
export function shortLabel(pieces: readonly string[], max = 22): string {
  const full = pieces.join('|');
  const chars = Array.from(full);
  return chars.length <= max ? full : chars.slice(0, max - 1).join('') + '…';
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
