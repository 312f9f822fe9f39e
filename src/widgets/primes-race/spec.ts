import { defineWidget } from '../../core/params';

/** The sieve, Lucy's recursion and the fast method timed side by side as x grows, live. */
export const primesRaceSpec = defineWidget({
  name: 'primes-race',
  title: { en: 'The race: sieve, Lucy, fast method', zh: '赛跑：筛法、Lucy、快速方法' },
  description: {
    en: 'Each method computes π(x) and the sum of the primes ≤ x at x = 10³, 10^3.5, … up to your x in a worker, and is timed; a method leaves the race once a lap takes longer than the budget. Log–log times with the fitted slopes: about 1 for the sieve, 3/4 for Lucy, 2/3 for the fast method.',
    zh: '每种方法在 worker 里计算 x = 10³, 10^3.5, … 直到你设定的 x 处的 π(x) 与 ≤ x 的素数之和，并计时；某一圈用时超出预算的方法即退出比赛。双对数坐标下的用时与拟合斜率：筛法约为 1，Lucy 约为 3/4，快速方法约为 2/3。',
  },
  notebook: 'primes', height: 420, footprint: { wide: 1010, narrow: 1330 },
  params: {
    xMax: { kind: 'integer', label: { en: 'Race up to x =', zh: '比赛终点 x =' }, min: 1000, max: 10_000_000_000_000, default: 10_000_000, log: true, help: { en: 'half a decade between laps', zh: '相邻两圈相差半个数量级' } },
    budget: {
      kind: 'integer', label: { en: 'Lap budget', zh: '每圈预算' }, unit: { en: 'ms', zh: '毫秒' }, min: 100, max: 20_000, default: 2000, log: true,
      help: { en: 'a method stops once one lap takes longer', zh: '某一圈用时超过它，该方法即停止' },
    },
    sieve: { kind: 'boolean', label: { en: 'Sieve of Eratosthenes', zh: '埃拉托斯特尼筛法' }, default: true },
    lucy: { kind: 'boolean', label: { en: 'Lucy_Hedgehog’s recursion', zh: 'Lucy_Hedgehog 递推' }, default: true },
    fast: { kind: 'boolean', label: { en: 'Fast method', zh: '快速方法' }, default: true },
  },
});
