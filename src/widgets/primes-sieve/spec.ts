import { defineWidget, same } from '../../core/params';

/** The sieve of Eratosthenes on a board, one prime per step, with the work it costs. */
export const primesSieveSpec = defineWidget({
  name: 'primes-sieve',
  title: { en: 'The sieve of Eratosthenes, one prime at a time', zh: '埃拉托斯特尼筛法，一次一个素数' },
  description: {
    en: 'The numbers 1…N on a board. Each step takes the next prime p and crosses out its multiples from p² on; what survives below the next prime’s square is certainly prime. Counts every cross-out, repeats included, and follows the total up to N = 10^12 against N ln ln N.',
    zh: '把 1…N 排在一块棋盘上。每一步取下一个素数 p，从 p² 起划掉它的倍数；在下一个素数的平方以下幸存的数一定是素数。统计每一次划掉（重复的也算），并把总数一直跟踪到 N = 10^12，与 N ln ln N 对比。',
  },
  notebook: 'primes', height: 620, footprint: { wide: 1150, narrow: 1330 },
  params: {
    N: { kind: 'integer', label: { en: 'Numbers up to N =', zh: '数的上限 N =' }, min: 10, max: 1200, default: 120, log: true, help: { en: 'the board holds 1…N', zh: '棋盘上放 1…N' } },
    step: {
      kind: 'integer', label: { en: 'Primes used so far', zh: '已用的素数个数' }, min: 0, max: 11, default: 2,
      help: {
        en: 'step s crosses out the multiples of the s-th prime, from its square on (N = 1200 needs 11 steps)',
        zh: '第 s 步从第 s 个素数的平方起划掉它的倍数（N = 1200 需要 11 步）',
      },
    },
    columns: {
      kind: 'choice', label: { en: 'Columns', zh: '列数' }, default: '10',
      options: [
        { value: '10', label: same('10') },
        { value: '6', label: { en: '6 (primes > 3 in two columns)', zh: '6（大于 3 的素数落在两列中）' } },
        { value: '30', label: { en: '30 (primes > 5 in eight columns)', zh: '30（大于 5 的素数落在八列中）' } },
      ],
    },
  },
});
