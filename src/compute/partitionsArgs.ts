// Argument checks for the partition kernels: each failure names the argument and says why, so a
// worker error can be shown to the reader as it is.
import type { GFFactor } from './partitions';

/** Largest N accepted by gfCoefficients and the helpers built on it. */
export const MAX_GF_N = 200_000;
/** Largest number of factors accepted by gfCoefficients. */
export const MAX_GF_FACTORS = 5000;

/** A value as it should appear in an error message: strings quoted, objects by kind (never dumped). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a value of type ${typeof value}`;
}

/** Checks an integer in [min, max] and returns it, else throws e.g. "n must be a non-negative integer ≤ 10000000, got 2.5". */
export function requireInt(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const upTo = max >= Number.MAX_SAFE_INTEGER ? '' : ` ≤ ${max}`;
    const what = min === 0 ? `a non-negative integer${upTo}` : min === 1 ? `a positive integer${upTo}` : `an integer from ${min} to ${max}`;
    throw new Error(`${name} must be ${what}, got ${describeValue(value)}`);
  }
  return value;
}

/** Checks a factor list (array of {step ≥ 1, maxCount? ≥ 0}, at most MAX_GF_FACTORS) and returns clean copies. */
export function requireFactors(name: string, value: unknown): GFFactor[] {
  if (!Array.isArray(value)) throw new Error(`${name} must be an array of {step, maxCount?} factors, got ${describeValue(value)}`);
  if (value.length > MAX_GF_FACTORS) {
    throw new Error(`${name} must hold at most ${MAX_GF_FACTORS} factors, got ${value.length}`);
  }
  return value.map((f: unknown, i) => {
    if (typeof f !== 'object' || f === null || Array.isArray(f)) {
      throw new Error(`${name}[${i}] must be an object {step, maxCount?}, got ${describeValue(f)}`);
    }
    const { step, maxCount } = f as { step?: unknown; maxCount?: unknown };
    const s = requireInt(`${name}[${i}].step`, step, 1, Number.MAX_SAFE_INTEGER);
    if (maxCount === undefined) return { step: s };
    return { step: s, maxCount: requireInt(`${name}[${i}].maxCount`, maxCount, 0, Number.MAX_SAFE_INTEGER) };
  });
}
