/**
 * The one set of argument checks every kernel family uses, so the same mistake reads the same way
 * everywhere: each message names the argument, says what it must be, and shows what it got, e.g.
 * "lr must be a positive finite number, got -1" (DESIGN.md, compute contract). A worker passes the
 * message to the page as it is.
 */

/** A value as it should appear inside an error message: strings quoted (and cut), objects by kind (never dumped). */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return `a value of type ${typeof value}`;
}

function fail(name: string, what: string, value: unknown): never {
  throw new Error(`${name} must be ${what}, got ${describe(value)}`);
}

/** Returns `value` if it is a finite number. */
export function requireFinite(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(name, 'a finite number', value);
  return value;
}

/** Returns `value` if it is a finite number > 0. */
export function requirePositive(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) fail(name, 'a positive finite number', value);
  return value;
}

/** Returns `value` if it is a finite number ≥ 0. */
export function requireNonNegative(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(name, 'a non-negative finite number', value);
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
  if (!ok) {
    const range = hi === Infinity
      ? `${openLow ? 'greater than' : 'at least'} ${lo}`
      : `in ${openLow ? '(' : '['}${lo}, ${hi}${openHigh ? ')' : ']'}`;
    fail(name, `a finite number ${range}`, value);
  }
  return value as number;
}

/** Returns `value` if it is an integer in [lo, hi]; the message reads "a non-negative integer ≤ hi" and the like. */
export function requireInteger(name: string, value: unknown, lo: number, hi: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi) {
    const upTo = hi >= Number.MAX_SAFE_INTEGER ? '' : ` ≤ ${hi}`;
    const what = lo === 0 ? `a non-negative integer${upTo}` : lo === 1 ? `a positive integer${upTo}` : `an integer in [${lo}, ${hi}]`;
    fail(name, what, value);
  }
  return value;
}

/** Returns `value` if it is one of `options`. */
export function requireOneOf<T extends string>(name: string, value: unknown, options: readonly T[]): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    fail(name, `one of ${options.join(', ')}`, value);
  }
  return value as T;
}

/** Checks that every entry of `values` is a finite number; the message names the first bad index. */
export function requireFiniteArray(name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) requireFinite(`${name}[${i}]`, values[i]);
}

/** Returns `range` if it is a pair of finite numbers with range[0] < range[1]. */
export function requireRange(name: string, range: unknown): [number, number] {
  if (!Array.isArray(range) || range.length !== 2) fail(name, 'a pair [low, high]', range);
  const lo = requireFinite(`${name}[0]`, range[0]);
  const hi = requireFinite(`${name}[1]`, range[1]);
  if (!(lo < hi)) throw new Error(`${name} must have ${name}[0] < ${name}[1], got [${lo}, ${hi}]`);
  return [lo, hi];
}

/** Returns `value` if it is a function (progress callbacks). */
export function requireFunction<F extends (...args: never[]) => unknown>(name: string, value: unknown): F {
  if (typeof value !== 'function') fail(name, 'a function', value);
  return value as F;
}
