/** Number formatting shared by the primes-* widgets (readouts, tables, hover text). */

/** A whole number with thin spaces between groups of three digits: 142 913 828 922. */
export function grouped(n: bigint | number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');
}

/** x as a power of ten when it is one (10^12), else grouped digits. */
export function compactX(x: number): string {
  const k = Math.round(Math.log10(x));
  return x === 10 ** k && k >= 4 ? `10^${k}` : grouped(x);
}

/** A ratio near 1 to enough digits to see how near: 1.0000146 → "1.0000146". */
export function ratioText(r: number): string {
  const miss = Math.abs(r - 1);
  const digits = miss === 0 ? 6 : Math.min(12, Math.max(3, Math.ceil(-Math.log10(miss)) + 2));
  return r.toFixed(digits);
}

/** Milliseconds for reading: one decimal below 10. */
export function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(1) : String(Math.round(ms));
}
