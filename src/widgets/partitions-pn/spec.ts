import { defineWidget, same } from '../../core/params';

/** p(n) exactly up to 10^8, its growth against Hardy–Ramanujan, and Rademacher's series converging. */
export const partitionsPnSpec = defineWidget({
  name: 'partitions-pn',
  title: { en: 'p(n), exactly', zh: '精确的 p(n)' },
  description: {
    en: 'The number of partitions p(n) for any n up to 10^8, exact (Rademacher’s series rounded), checked against Ramanujan’s congruences; log₁₀ p(n) against the Hardy–Ramanujan estimate, and how fast the series converges.',
    zh: '对不超过 10^8 的任意 n 精确计算分拆数 p(n)（把 Rademacher 级数四舍五入），并用 Ramanujan 同余式检验；对比 log₁₀ p(n) 与 Hardy–Ramanujan 估计，以及级数收敛得有多快。',
  },
  notebook: 'partitions',
  height: 640,
  footprint: { wide: 1180, narrow: 1530 },
  params: {
    n: { kind: 'integer', label: same('n'), min: 1, max: 100_000_000, default: 1000, log: true, help: { en: 'p(n) is computed exactly; past 10^6 it runs as a cancellable job', zh: '精确计算 p(n)；超过 10^6 时作为可取消的任务运行' } },
    nMax: { kind: 'integer', label: { en: 'Curve up to n =', zh: '曲线画到 n =' }, min: 10, max: 1_000_000, default: 10_000, log: true, help: { en: 'range of the log p(n) plot', zh: 'log p(n) 图的范围' } },
    terms: { kind: 'integer', label: { en: 'Rademacher terms shown', zh: '显示的 Rademacher 项数' }, min: 1, max: 2000, default: 40, log: true, help: { en: 'partial sums of the series at n', zh: '级数在 n 处的部分和' } },
  },
});
