// Reading one field of a RopeScaling block, each with the message ropeInvFreq's callers see: the
// field's full name (rope_scaling.…) and why the value cannot be used.
import { describe } from '../numerics/checks';
import type { RopeScaling } from './invFreq';

type Key = keyof RopeScaling;

/** A required finite number > 0. */
export function positiveField(s: RopeScaling, key: Key, type: string): number {
  const value = s[key];
  if (value === undefined || value === null) throw new Error(`rope_scaling.${key} is required for rope_type '${type}'`);
  return checkPositive(key, value);
}

/** An optional finite number > 0 (undefined when absent or null). */
export function optionalPositiveField(s: RopeScaling, key: Key): number | undefined {
  const value = s[key];
  return value === undefined || value === null ? undefined : checkPositive(key, value);
}

/** An optional finite number ≥ 0. */
export function optionalNonNegativeField(s: RopeScaling, key: Key): number | undefined {
  const value = s[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error(`rope_scaling.${key} must be a finite number of at least 0, got ${describe(value)}`);
  }
  return value;
}

/** original_max_position_embeddings, required by dynamic, yarn, llama3 and longrope. */
export function originalLength(s: RopeScaling, type: string): number {
  const value = s.original_max_position_embeddings;
  if (value === undefined || value === null) {
    throw new Error(`rope_scaling.original_max_position_embeddings (the pre-extension context length) is required for rope_type '${type}'`);
  }
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`rope_scaling.original_max_position_embeddings must be a positive integer, got ${describe(value)}`);
  }
  return value;
}

/** A LongRoPE factor list: exactly `pairs` finite numbers > 0, one per dimension pair. */
export function factorList(s: RopeScaling, key: 'short_factor' | 'long_factor', pairs: number): Float64Array {
  const value: unknown = s[key];
  if (value === undefined || value === null) throw new Error(`rope_scaling.${key} is required for rope_type 'longrope'`);
  if (!Array.isArray(value)) throw new Error(`rope_scaling.${key} must be a list of numbers, got ${describe(value)}`);
  if (value.length !== pairs) {
    throw new Error(`rope_scaling.${key} must hold one factor per rotated pair, ${pairs} here (head_dim / 2), got ${value.length}`);
  }
  const out = new Float64Array(pairs);
  for (let i = 0; i < pairs; i++) {
    const v: unknown = value[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw new Error(`rope_scaling.${key}[${i}] must be a finite number greater than 0, got ${describe(v)}`);
    }
    out[i] = v;
  }
  return out;
}

function checkPositive(key: Key, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new Error(`rope_scaling.${key} must be a finite number greater than 0, got ${describe(value)}`);
  }
  return value;
}
