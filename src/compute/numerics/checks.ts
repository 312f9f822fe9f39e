/**
 * The one set of argument checks every kernel family uses, so the same mistake reads the same way
 * everywhere: each message names the argument, says what it must be, and shows what it got, e.g.
 * "lr must be a positive finite number, got -1" (DESIGN.md, compute contract). Each throws a coded
 * KernelError (compute/errors), so the page can show the same sentence in the reader's language.
 */
import { fail, shown, shownEn } from '../errors';

/** A value as it should appear inside an error message: strings quoted (and cut), objects by kind (never dumped). */
export function describe(value: unknown): string {
  return shownEn(shown(value));
}

/** Returns `value` if it is a finite number. */
export function requireFinite(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail('notFinite', name, shown(value));
  return value;
}

/** Returns `value` if it is a finite number > 0. */
export function requirePositive(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) fail('notPositive', name, shown(value));
  return value;
}

/** Returns `value` if it is a finite number ≥ 0. */
export function requireNonNegative(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail('notNonNegative', name, shown(value));
  return value;
}

/** Which ends of a range are excluded. */
export interface OpenEnds { openLow?: boolean; openHigh?: boolean }

/**
 * Returns `value` if it is a finite number in [lo, hi] ((lo, …] with `openLow`, […, hi) with `openHigh`);
 * an infinite `hi` reads as "greater than lo" / "at least lo".
 */
export function requireInRange(name: string, value: unknown, lo: number, hi: number, ends: OpenEnds = {}): number {
  const { openLow = false, openHigh = false } = ends;
  const ok = typeof value === 'number' && Number.isFinite(value)
    && (openLow ? value > lo : value >= lo) && (openHigh ? value < hi : value <= hi);
  if (!ok) fail('notInRange', name, shown(value), lo, hi, openLow, openHigh);
  return value as number;
}

/** Returns `value` if it is an integer in [lo, hi]; the message reads "a non-negative integer ≤ hi" and the like. */
export function requireInteger(name: string, value: unknown, lo: number, hi: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi) fail('notInteger', name, shown(value), lo, hi);
  return value;
}

/** Returns `value` if it is one of `options`. */
export function requireOneOf<T extends string>(name: string, value: unknown, options: readonly T[]): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    fail('notOneOf', name, shown(value), [...options]);
  }
  return value as T;
}

/** Checks that every entry of `values` is a finite number; the message names the first bad index. */
export function requireFiniteArray(name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) requireFinite(`${name}[${i}]`, values[i]);
}

/** Returns `range` if it is a pair of finite numbers with range[0] < range[1]. */
export function requireRange(name: string, range: unknown): [number, number] {
  if (!Array.isArray(range) || range.length !== 2) fail('notPair', name, shown(range));
  const lo = requireFinite(`${name}[0]`, range[0]);
  const hi = requireFinite(`${name}[1]`, range[1]);
  if (!(lo < hi)) fail('rangeOrder', name, lo, hi);
  return [lo, hi];
}

/** Returns `value` if it is a function (progress callbacks). */
export function requireFunction<F extends (...args: never[]) => unknown>(name: string, value: unknown): F {
  if (typeof value !== 'function') fail('notFunction', name, shown(value));
  return value as F;
}
