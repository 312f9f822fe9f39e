/** Number formats and colours the three scaling-laws widgets share. */

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** `digits` significant digits; scientific as 1.4×10¹² outside [0.01, 1e5); '–' for non-finite. */
export function num(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a === 0 || (a >= 0.01 && a < 1e5)) return String(Number(v.toPrecision(digits)));
  const [mantissa, exponent] = v.toExponential(digits - 1).split('e');
  const exp = String(Number(exponent)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c);
  return `${Number(mantissa)}×10${exp}`;
}

/** Counts with thousands separators (245, 12,345). */
export const count = (v: number): string => v.toLocaleString('en-US');

/**
 * Colours for a few ordered groups (small → large D), chosen to read on both the light and the dark
 * theme; plain strings, so plotly draws no colour bar (cheaper than a numeric colour scale).
 */
export const BAND_COLOURS = ['#3f6fd8', '#1f9e89', '#7aa83a', '#e0a526', '#d8553f'] as const;

/** Colour of group k of n, spread over the palette. */
export function bandColour(k: number, n: number): string {
  const last = BAND_COLOURS.length - 1;
  return BAND_COLOURS[n <= 1 ? 0 : Math.round((k * last) / (n - 1))];
}
