import { defineWidget } from '../../core/params';

/** The article's two questions side by side, exactly, for any x and N, against their estimates. */
export const primesQuestionsSpec = defineWidget({
  name: 'primes-questions',
  title: 'Two questions: the primes up to x, and the first N primes',
  description:
    'The sum of the primes ≤ x (x up to 10^13) against x²/(2 ln x) and li(x²), and the sum of the first N primes (N up to 10^9) against N² ln N / 2 and Sinha’s expansion: exact values, and the ratios as x and N grow.',
  notebook: 'primes', height: 460, footprint: { wide: 1230, narrow: 1700 },
  params: {
    x: { kind: 'integer', label: 'Sum of the primes up to x =', min: 2, max: 10_000_000_000_000, default: 2_000_000, log: true, help: 'exact for any x up to 10^13' },
    N: { kind: 'integer', label: 'Sum of the first N primes, N =', min: 2, max: 1_000_000_000, default: 2_000_000, log: true, help: 'exact for any N up to 10^9' },
  },
});
