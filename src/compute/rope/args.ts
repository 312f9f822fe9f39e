// RoPE's own argument check (the generic ones are in ../numerics/checks).
import { describe } from '../numerics/checks';

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
