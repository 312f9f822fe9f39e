import { defineWidget } from '../../core/params';

/** The sieve, Lucy's recursion and the fast method timed side by side as x grows, live. */
export const primesRaceSpec = defineWidget({
  name: 'primes-race',
  title: 'The race: sieve, Lucy, fast method',
  description:
    'Each method computes π(x) and the sum of the primes ≤ x at x = 10³, 10^3.5, … up to your x in a worker, and is timed; a method leaves the race once a lap takes longer than the budget. Log–log times with the fitted slopes: about 1 for the sieve, 3/4 for Lucy, 2/3 for the fast method.',
  notebook: 'primes', height: 420, footprint: { wide: 1010, narrow: 1330 },
  params: {
    xMax: { kind: 'integer', label: 'Race up to x =', min: 1000, max: 10_000_000_000_000, default: 10_000_000, log: true, help: 'half a decade between laps' },
    budget: { kind: 'integer', label: 'Lap budget', unit: 'ms', min: 100, max: 20_000, default: 2000, log: true, help: 'a method stops once one lap takes longer' },
    sieve: { kind: 'boolean', label: 'Sieve of Eratosthenes', default: true },
    lucy: { kind: 'boolean', label: 'Lucy_Hedgehog’s recursion', default: true },
    fast: { kind: 'boolean', label: 'Fast method', default: true },
  },
});
