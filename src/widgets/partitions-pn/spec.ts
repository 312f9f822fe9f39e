import { defineWidget } from '../../core/params';

/** p(n) exactly up to 10^8, its growth against Hardy–Ramanujan, and Rademacher's series converging. */
export const partitionsPnSpec = defineWidget({
  name: 'partitions-pn',
  title: 'p(n), exactly',
  description:
    'The number of partitions p(n) for any n up to 10^8, exact (Rademacher’s series rounded), checked against Ramanujan’s congruences; log₁₀ p(n) against the Hardy–Ramanujan estimate, and how fast the series converges.',
  notebook: 'partitions',
  height: 640,
  footprint: { wide: 1180, narrow: 1530 },
  params: {
    n: { kind: 'integer', label: 'n', min: 1, max: 100_000_000, default: 1000, log: true, help: 'p(n) is computed exactly; past 10^6 it runs as a cancellable job' },
    nMax: { kind: 'integer', label: 'Curve up to n =', min: 10, max: 1_000_000, default: 10_000, log: true, help: 'range of the log p(n) plot' },
    terms: { kind: 'integer', label: 'Rademacher terms shown', min: 1, max: 2000, default: 40, log: true, help: 'partial sums of the series at n' },
  },
});
