import { defineWidget } from '../../core/params';

/** The sieve of Eratosthenes on a board, one prime per step, with the work it costs. */
export const primesSieveSpec = defineWidget({
  name: 'primes-sieve',
  title: 'The sieve of Eratosthenes, one prime at a time',
  description:
    'The numbers 1…N on a board. Each step takes the next prime p and crosses out its multiples from p² on; what survives below the next prime’s square is certainly prime. Counts every cross-out, repeats included, and follows the total up to N = 10^12 against N ln ln N.',
  notebook: 'primes', height: 620, footprint: { wide: 1150, narrow: 1330 },
  params: {
    N: { kind: 'integer', label: 'Numbers up to N =', min: 10, max: 1200, default: 120, log: true, help: 'the board holds 1…N' },
    step: {
      kind: 'integer', label: 'Primes used so far', min: 0, max: 11, default: 2,
      help: 'step s crosses out the multiples of the s-th prime, from its square on (N = 1200 needs 11 steps)',
    },
    columns: {
      kind: 'choice', label: 'Columns', default: '10',
      options: [
        { value: '10', label: '10' },
        { value: '6', label: '6 (primes > 3 in two columns)' },
        { value: '30', label: '30 (primes > 5 in eight columns)' },
      ],
    },
  },
});
