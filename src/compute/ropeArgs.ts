// Argument checks shared by the RoPE kernels: each failure names the argument and says why, so a
// worker error can be shown to the reader as it is.

/** A value as it should appear inside an error message: strings quoted, objects by kind (never dumped). */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a value of type ${typeof value}`;
}

/** Checks `min ≤ value ≤ max` for an integer and returns it; else throws "`name` must be an integer from min to max, got …". */
export function requireInteger(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

/** Checks a finite number in [min, max] (or (min, max] when `minExclusive`) and returns it; else throws naming `name`. */
export function requireNumber(name: string, value: unknown, min: number, max: number, minExclusive = false): number {
  const tooLow = typeof value === 'number' && (minExclusive ? value <= min : value < min);
  if (typeof value !== 'number' || !Number.isFinite(value) || tooLow || value > max) {
    const range = max === Infinity
      ? `${minExclusive ? 'greater than' : 'at least'} ${min}`
      : `from ${min} (${minExclusive ? 'exclusive' : 'inclusive'}) to ${max}`;
    throw new Error(`${name} must be a finite number ${range}, got ${describe(value)}`);
  }
  return value;
}

/** Checks a non-empty list of at most `maxLength` finite, non-negative inverse frequencies; returns it as a Float64Array. */
export function requireInvFreq(name: string, value: unknown, maxLength: number): Float64Array {
  if (!(value instanceof Float64Array) && !Array.isArray(value)) {
    throw new Error(`${name} must be a Float64Array or an array of numbers, got ${describe(value)}`);
  }
  if (value.length === 0 || value.length > maxLength) {
    throw new Error(`${name} must hold 1 to ${maxLength} frequencies, got ${value.length}`);
  }
  const out = Float64Array.from(value as ArrayLike<number>);
  for (let i = 0; i < out.length; i++) {
    const v = (value as ArrayLike<unknown>)[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new Error(`${name}[${i}] must be a finite number of at least 0, got ${describe(v)}`);
    }
  }
  return out;
}
