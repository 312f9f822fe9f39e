import { defineWidget, same } from '../../core/params';

/** Lucy_Hedgehog's table for a small x, one prime at a time, with the recursion written out. */
export const primesLucySpec = defineWidget({
  name: 'primes-lucy',
  title: { en: 'Lucy_Hedgehog’s table, one prime at a time', zh: 'Lucy_Hedgehog 的表，一次一个素数' },
  description: {
    en: 'The distinct values v = ⌊x/k⌋ and S(v, p) as each prime p ≤ √x is removed: S(v,p) = S(v,p−1) − p·[S(⌊v/p⌋,p−1) − S(p−1,p−1)] (or the same with 1 for counting). After the last prime the column is π(v) or the sum of the primes ≤ v.',
    zh: '所有不同的取值 v = ⌊x/k⌋，以及依次去掉每个素数 p ≤ √x 时的 S(v, p)：S(v,p) = S(v,p−1) − p·[S(⌊v/p⌋,p−1) − S(p−1,p−1)]（计数时把因子 p 换成 1）。去掉最后一个素数后，这一列就是 π(v) 或 ≤ v 的素数之和。',
  },
  notebook: 'primes', height: 400, footprint: { wide: 1290, narrow: 1520 },
  params: {
    x: { kind: 'integer', label: same('x'), min: 1, max: 100_000, default: 100, log: true, help: { en: 'the table has about 2√x rows', zh: '表约有 2√x 行' } },
    mode: {
      kind: 'choice', label: { en: 'Table of', zh: '表的内容' }, default: 'sum',
      options: [
        { value: 'sum', label: { en: 'sums (S starts at v(v+1)/2 − 1)', zh: '求和（S 从 v(v+1)/2 − 1 开始）' } },
        { value: 'count', label: { en: 'counts (S starts at v − 1)', zh: '计数（S 从 v − 1 开始）' } },
      ],
    },
    step: {
      kind: 'integer', label: { en: 'Primes removed so far', zh: '已去掉的素数个数' }, min: 0, max: 65, default: 1,
      help: { en: 'x = 100 000 needs 65 (the primes ≤ 316)', zh: 'x = 100 000 需要 65 个（即 ≤ 316 的素数）' },
    },
    v: {
      kind: 'integer', label: { en: 'Recursion shown for v =', zh: '展示递推的 v =' }, min: 1, max: 100_000, default: 100, log: true,
      help: { en: 'one of the values ⌊x/k⌋; click a row of the table to pick it', zh: '取值 ⌊x/k⌋ 之一；点击表中的一行即可选中' },
    },
  },
});
