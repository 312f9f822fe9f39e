import { defineWidget } from '../../core/params';

/** The article's two questions side by side, exactly, for any x and N, against their estimates. */
export const primesQuestionsSpec = defineWidget({
  name: 'primes-questions',
  title: { en: 'Two questions: the primes up to x, and the first N primes', zh: '两个问题：不超过 x 的素数，与前 N 个素数' },
  description: {
    en: 'The sum of the primes ≤ x (x up to 10^13) against x²/(2 ln x) and li(x²), and the sum of the first N primes (N up to 10^9) against N² ln N / 2 and Sinha’s expansion: exact values, and the ratios as x and N grow.',
    zh: '不超过 x 的素数之和（x 最大 10^13）与 x²/(2 ln x)、li(x²) 对比，前 N 个素数之和（N 最大 10^9）与 N² ln N / 2、Sinha 的展开式对比：给出精确值，以及随 x 和 N 增大时的比值。',
  },
  notebook: 'primes', height: 460, footprint: { wide: 965, narrow: 1700 },
  params: {
    x: {
      kind: 'integer', label: { en: 'Sum of the primes up to x =', zh: '不超过 x 的素数之和，x =' }, min: 2, max: 10_000_000_000_000, default: 2_000_000, log: true,
      help: { en: 'exact for any x up to 10^13', zh: 'x 不超过 10^13 时都给出精确值' },
    },
    N: {
      kind: 'integer', label: { en: 'Sum of the first N primes, N =', zh: '前 N 个素数之和，N =' }, min: 2, max: 1_000_000_000, default: 2_000_000, log: true,
      help: { en: 'exact for any N up to 10^9', zh: 'N 不超过 10^9 时都给出精确值' },
    },
  },
});
