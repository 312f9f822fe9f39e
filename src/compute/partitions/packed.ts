// Exact counts as they travel from the worker to the page, and the work estimate that decides whether a
// series is a quick call or a cancellable job. Tiny and dependency-free, so widget views may import it.
import type { GFFactor } from './counts';

/**
 * Exact counts packed for the trip to the page: all decimal digits in one string plus offsets. A string
 * and a typed array cross from the worker almost for free, where an array of BigInts is cloned one by
 * one (a few µs each: a 200 000-term series would stall the page).
 */
export interface PackedCounts {
  /** Count i is digits.slice(offsets[i], offsets[i + 1]). */
  digits: string;
  offsets: Uint32Array;
}

/** Packs counts as decimal digits with offsets (see PackedCounts). */
export function packCounts(values: readonly bigint[]): PackedCounts {
  const parts = values.map(String);
  const offsets = new Uint32Array(parts.length + 1);
  parts.forEach((d, i) => (offsets[i + 1] = offsets[i] + d.length));
  return { digits: parts.join(''), offsets };
}

/** How many counts a PackedCounts holds. */
export function countsLength(p: PackedCounts): number {
  return p.offsets.length - 1;
}

/** Count i as decimal digits. */
export function countAt(p: PackedCounts, i: number): string {
  return p.digits.slice(p.offsets[i], p.offsets[i + 1]);
}

/** Every count as decimal digits (for CSV and tests). */
export function countStrings(p: PackedCounts): string[] {
  return Array.from({ length: countsLength(p) }, (_, i) => countAt(p, i));
}

/** Work of gfCoefficients in series passes (one per uncapped factor, two per factor capped at ≥ 2): decides job or quick call. */
export function seriesWork(factors: readonly GFFactor[], N: number): number {
  let work = 0;
  for (const { step, maxCount } of factors) {
    if (step > N || maxCount === 0) continue;
    const passes = maxCount !== undefined && maxCount >= 2 && (maxCount + 1) * step <= N ? 2 : 1;
    work += passes * (N - step + 1);
  }
  return work;
}
