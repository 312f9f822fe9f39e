// Argument checks for the prime kernels, in the shared wording of numerics/checks.ts: a bigint in
// range is accepted where the contract allows one; anything else (negative, fractional, NaN, text,
// too large) throws an Error naming the argument and saying what it must be.
import { requireInteger } from '../numerics/checks';

/** Largest x for primeSums: every table sum stays exact in two float64 limbs (limbs.ts) up to here. */
export const MAX_X = 10_000_000_000_000;
/** Largest n for nthPrime and sumFirstPrimes (the billionth prime is 22 801 763 489). */
export const MAX_N = 1_000_000_000;

/** `value` as a number if it is an integer (number or bigint) in [min, max]. */
export function requireWhole(name: string, value: unknown, min: number, max: number): number {
  if (typeof value === 'bigint' && value >= BigInt(min) && value <= BigInt(max)) return Number(value);
  return requireInteger(name, value, min, max);
}
