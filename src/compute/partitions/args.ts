// Argument checks for the partition kernels: each failure names the argument and says why, so a
// worker error can be shown to the reader as it is.
import type { GFFactor } from './counts';
import { describe, requireInteger } from '../numerics/checks';

/** Largest N accepted by gfCoefficients and the helpers built on it. */
export const MAX_GF_N = 200_000;
/** Largest number of factors accepted by gfCoefficients. */
export const MAX_GF_FACTORS = 5000;

/** Checks a factor list (array of {step ≥ 1, maxCount? ≥ 0}, at most MAX_GF_FACTORS) and returns clean copies. */
export function requireFactors(name: string, value: unknown): GFFactor[] {
  if (!Array.isArray(value)) throw new Error(`${name} must be an array of {step, maxCount?} factors, got ${describe(value)}`);
  if (value.length > MAX_GF_FACTORS) {
    throw new Error(`${name} must hold at most ${MAX_GF_FACTORS} factors, got ${value.length}`);
  }
  return value.map((f: unknown, i) => {
    if (typeof f !== 'object' || f === null || Array.isArray(f)) {
      throw new Error(`${name}[${i}] must be an object {step, maxCount?}, got ${describe(f)}`);
    }
    const { step, maxCount } = f as { step?: unknown; maxCount?: unknown };
    const s = requireInteger(`${name}[${i}].step`, step, 1, Number.MAX_SAFE_INTEGER);
    if (maxCount === undefined) return { step: s };
    return { step: s, maxCount: requireInteger(`${name}[${i}].maxCount`, maxCount, 0, Number.MAX_SAFE_INTEGER) };
  });
}
