// Reading one field of a RopeScaling block, each with the message ropeInvFreq's callers see: the
// field's full name (rope_scaling.…) and why the value cannot be used.
import type { RopeScaling } from './invFreq';
import { fail, shown } from '../errors';

type Key = keyof RopeScaling;

/** A required finite number > 0. */
export function positiveField(s: RopeScaling, key: Key, type: string): number {
  const value = s[key];
  if (value === undefined || value === null) fail('scalingRequired', key, type);
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
    fail('scalingAtLeastZero', key, shown(value));
  }
  return value;
}

/** original_max_position_embeddings, required by dynamic, yarn, llama3 and longrope. */
export function originalLength(s: RopeScaling, type: string): number {
  const value = s.original_max_position_embeddings;
  if (value === undefined || value === null) {
    fail('originalLengthRequired', type);
  }
  if (!Number.isInteger(value) || value <= 0) {
    fail('originalLengthNotInteger', shown(value));
  }
  return value;
}

/** A LongRoPE factor list: exactly `pairs` finite numbers > 0, one per dimension pair. */
export function factorList(s: RopeScaling, key: 'short_factor' | 'long_factor', pairs: number): Float64Array {
  const value: unknown = s[key];
  if (value === undefined || value === null) fail('scalingRequired', key, 'longrope');
  if (!Array.isArray(value)) fail('factorsNotList', key, shown(value));
  if (value.length !== pairs) {
    fail('factorsLength', key, pairs, value.length);
  }
  const out = new Float64Array(pairs);
  for (let i = 0; i < pairs; i++) {
    const v: unknown = value[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      fail('factorNotPositive', `${key}[${i}]`, shown(v));
    }
    out[i] = v;
  }
  return out;
}

function checkPositive(key: Key, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail('factorNotPositive', key, shown(value));
  }
  return value;
}
