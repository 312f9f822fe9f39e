import { defineWidget } from '../../core/params';

/** Lucy_Hedgehog's table for a small x, one prime at a time, with the recursion written out. */
export const primesLucySpec = defineWidget({
  name: 'primes-lucy',
  title: 'Lucy_Hedgehog’s table, one prime at a time',
  description:
    'The distinct values v = ⌊x/k⌋ and S(v, p) as each prime p ≤ √x is removed: S(v,p) = S(v,p−1) − p·[S(⌊v/p⌋,p−1) − S(p−1,p−1)] (or the same with 1 for counting). After the last prime the column is π(v) or the sum of the primes ≤ v.',
  notebook: 'primes', height: 400, footprint: { wide: 1290, narrow: 1520 },
  params: {
    x: { kind: 'integer', label: 'x', min: 1, max: 100_000, default: 100, log: true, help: 'the table has about 2√x rows' },
    mode: {
      kind: 'choice', label: 'Table of', default: 'sum',
      options: [{ value: 'sum', label: 'sums (S starts at v(v+1)/2 − 1)' }, { value: 'count', label: 'counts (S starts at v − 1)' }],
    },
    step: { kind: 'integer', label: 'Primes removed so far', min: 0, max: 65, default: 1, help: 'x = 100 000 needs 65 (the primes ≤ 316)' },
    v: { kind: 'integer', label: 'Recursion shown for v =', min: 1, max: 100_000, default: 100, log: true, help: 'one of the values ⌊x/k⌋; click a row of the table to pick it' },
  },
});
