// Lucy_Hedgehog's table for a small x, kept after every prime, for the widget that steps through it:
// the distinct values v = ⌊x/k⌋ (largest first) and S(v, p) after each prime p ≤ √x, in the count
// version (S starts at v − 1) or the sum version (S starts at v(v+1)/2 − 1). Every number stays
// below 2^53 for x ≤ MAX_TABLE_X.
import { requireInteger, requireOneOf } from '../numerics/checks';

/** Largest x the stepped table accepts (about 630 values × 65 primes). */
export const MAX_TABLE_X = 100_000;

export type LucyMode = 'count' | 'sum';

export interface LucySteps {
  x: number;
  mode: LucyMode;
  /** The distinct ⌊x/k⌋, descending: x, ⌊x/2⌋, …, 1. */
  values: Float64Array;
  /** The primes p ≤ √x, one step each. */
  primes: number[];
  /** rows[s][i] = S(values[i], p_s) after s steps (rows[0]: the starting values), flattened row by row. */
  rows: Float64Array;
  /** quotient[s·n + i] = index of ⌊values[i]/p⌋ in `values` when step s + 1 changes entry i, else −1. */
  quotient: Int32Array;
  /** Index of p − 1 in `values` for each step (the S(p−1, p−1) term). */
  below: Int32Array;
}

/** The stepped table for 1 ≤ x ≤ MAX_TABLE_X. */
export function lucySteps(x: number, mode: LucyMode): LucySteps {
  requireInteger('x', x, 1, MAX_TABLE_X);
  requireOneOf('mode', mode, ['count', 'sum'] as const);
  const r = Math.floor(Math.sqrt(x));
  const list: number[] = [];
  for (let k = 1; k <= r; k++) list.push(Math.floor(x / k));
  for (let v = Math.floor(x / r) - 1; v >= 1; v--) list.push(v);
  const values = Float64Array.from(list);
  const n = values.length;
  // ⌊x/k⌋ for k ≤ r sits at index k − 1; a v < ⌊x/r⌋ sits at index n − v.
  const indexOf = (v: number) => (v >= Math.floor(x / r) ? Math.floor(x / v) - 1 : n - v);
  const S = values.map((v) => (mode === 'count' ? v - 1 : (v * (v + 1)) / 2 - 1));
  const primes: number[] = [];
  const rows: number[] = [...S];
  const quotient: number[] = [];
  const below: number[] = [];
  for (let p = 2; p <= r; p++) {
    if (S[indexOf(p)] === S[indexOf(p - 1)]) continue; // p was removed: composite
    const b = indexOf(p - 1), base = S[b], f = mode === 'count' ? 1 : p;
    primes.push(p);
    below.push(b);
    for (let i = 0; i < n; i++) {
      if (values[i] < p * p) {
        quotient.push(-1);
        continue;
      }
      const q = indexOf(Math.floor(values[i] / p));
      quotient.push(q);
      // Entries are updated largest v first, so S at ⌊v/p⌋ < v still holds its value before p.
      S[i] -= f * (S[q] - base);
    }
    rows.push(...S);
  }
  return { x, mode, values, primes, rows: Float64Array.from(rows), quotient: Int32Array.from(quotient), below: Int32Array.from(below) };
}
