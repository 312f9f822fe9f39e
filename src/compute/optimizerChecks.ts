/**
 * Argument checks shared by the optimizer, objective and training kernels. Every message names the
 * argument and says why, e.g. "lr must be a positive finite number, got -1" (DESIGN.md, compute contract).
 */

/** Renders a rejected value for an error message: strings quoted, everything else via String(). */
export function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** Returns `value` if it is a finite number, else throws "`name` must be a finite number, got …". */
export function requireFinite(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${name} must be a finite number, got ${show(value)}`);
  }
  return value;
}

/** Returns `value` if it is a finite number > 0. */
export function requirePositive(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive finite number, got ${show(value)}`);
  }
  return value;
}

/** Returns `value` if it is a finite number ≥ 0. */
export function requireNonNegative(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error(`${name} must be a non-negative finite number, got ${show(value)}`);
  }
  return value;
}

/** Returns `value` if it is a number in [lo, hi] (or [lo, hi) when `openHigh`). */
export function requireInRange(name: string, value: unknown, lo: number, hi: number, openHigh = false): number {
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= lo && (openHigh ? value < hi : value <= hi);
  if (!ok) throw new Error(`${name} must be a number in [${lo}, ${hi}${openHigh ? ')' : ']'}, got ${show(value)}`);
  return value as number;
}

/** Returns `value` if it is an integer in [lo, hi]. */
export function requireInteger(name: string, value: unknown, lo: number, hi: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi) {
    throw new Error(`${name} must be an integer in [${lo}, ${hi}], got ${show(value)}`);
  }
  return value;
}

/** Returns `value` if it is one of `options`. */
export function requireOneOf<T extends string>(name: string, value: unknown, options: readonly T[]): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw new Error(`${name} must be one of ${options.join(', ')}, got ${show(value)}`);
  }
  return value as T;
}

/** Checks that every entry of `values` is a finite number; the message names the first bad index. */
export function requireFiniteArray(name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) requireFinite(`${name}[${i}]`, values[i]);
}

/** Returns `range` if it is a pair of finite numbers with range[0] < range[1]. */
export function requireRange(name: string, range: unknown): [number, number] {
  if (!Array.isArray(range) || range.length !== 2) {
    throw new Error(`${name} must be a pair [low, high], got ${show(range)}`);
  }
  const lo = requireFinite(`${name}[0]`, range[0]);
  const hi = requireFinite(`${name}[1]`, range[1]);
  if (!(lo < hi)) throw new Error(`${name} must have ${name}[0] < ${name}[1], got [${lo}, ${hi}]`);
  return [lo, hi];
}

/** A rectangular sampling grid: nx × ny points spanning xRange × yRange, both ends included. */
export interface GridSpec {
  xRange: [number, number];
  yRange: [number, number];
  nx: number;
  ny: number;
}

function lerp(a: number, b: number, t: number): number {
  return a * (1 - t) + b * t;
}

/** Checks a grid (ranges increasing, nx and ny integers in [2, 1000]); returns x and y coordinate arrays. */
export function gridAxes(grid: GridSpec): { xs: Float64Array; ys: Float64Array } {
  const [x0, x1] = requireRange('xRange', grid.xRange);
  const [y0, y1] = requireRange('yRange', grid.yRange);
  const nx = requireInteger('nx', grid.nx, 2, 1000);
  const ny = requireInteger('ny', grid.ny, 2, 1000);
  const xs = new Float64Array(nx);
  const ys = new Float64Array(ny);
  // Weighting both ends makes the first and last points exactly the range ends.
  for (let i = 0; i < nx; i++) xs[i] = lerp(x0, x1, i / (nx - 1));
  for (let j = 0; j < ny; j++) ys[j] = lerp(y0, y1, j / (ny - 1));
  return { xs, ys };
}
