// Timings of the partition kernels: `npx vitest bench --run src/compute/partitions.bench.ts`.
// Warm figures (the first call also computes π and ln 2 to the needed precision, a few ms more).
import { bench, describe } from 'vitest';
import { gfCoefficients, partitionsP, partitionsTable } from './counts';

const few = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };

describe('partitionsP (Rademacher series)', () => {
  bench('p(10^5)', () => { partitionsP(100_000); }, { iterations: 20, time: 0 });
  bench('p(10^6)', () => { partitionsP(1_000_000); }, { iterations: 10, time: 0 });
  bench('p(10^7)', () => { partitionsP(10_000_000); }, few);
});

describe('pentagonal table', () => {
  bench('partitionsTable(5000)', () => { partitionsTable(5000); }, { iterations: 5, time: 0 });
});

describe('gfCoefficients', () => {
  const coins = [1, 2, 5, 10, 20, 50, 100, 200].map((step) => ({ step }));
  const allParts = Array.from({ length: 1000 }, (_, i) => ({ step: i + 1 }));
  bench('8 coins, N = 200000', () => { gfCoefficients(coins, 200_000); }, few);
  bench('parts 1…1000, N = 100000', () => { gfCoefficients(allParts, 100_000); }, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 });
});
