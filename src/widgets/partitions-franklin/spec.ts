import { defineWidget, same } from '../../core/params';
import { MAX_FRANKLIN_COUNT_N } from '../../compute/partitions/franklin';

/** Largest sum of a typed partition: every partition of it is listed for stepping (q(60) = 966). */
export const MAX_FRANKLIN_SUM = 60;

/** Euler's pentagonal number theorem counted, and Franklin's involution walked on one partition. */
export const partitionsFranklinSpec = defineWidget({
  name: 'partitions-franklin',
  title: { en: 'Franklin’s involution', zh: 'Franklin 对合' },
  description: {
    en: 'Counts the partitions of every n ≤ N into an even and into an odd number of distinct parts and plots the difference, which Euler’s pentagonal number theorem says is ±1 at the pentagonal numbers and 0 elsewhere; then applies Franklin’s map to a partition you type, drawn as diagrams, and steps through all partitions of its sum.',
    zh: '对每个 n ≤ N，计数把 n 分拆为偶数个与奇数个互异部分的方法数并画出两者之差——欧拉五边形数定理说它在五边形数处为 ±1，其余处为 0；再把 Franklin 映射作用在你输入的分拆上，用图示画出来，并可以逐个浏览同一个和的所有分拆。',
  },
  notebook: 'partitions',
  height: 240,
  footprint: { wide: 1260, narrow: 1745 },
  params: {
    N: { kind: 'integer', label: { en: 'Count up to n =', zh: '计数到 n =' }, min: 1, max: MAX_FRANKLIN_COUNT_N, default: 60, log: true, help: { en: 'both counts for every n up to this', zh: '对不超过它的每个 n 给出两种计数' } },
    partition: {
      kind: 'text',
      label: { en: 'A partition into distinct parts', zh: '一个互异部分的分拆' },
      maxLength: 200,
      default: '7+6+5+2',
      placeholder: same('7+6+5+2'),
      help: {
        en: `parts separated by + or spaces, all different, adding up to at most ${MAX_FRANKLIN_SUM}`,
        zh: `各部分用 + 或空格分隔，互不相同，总和不超过 ${MAX_FRANKLIN_SUM}`,
      },
    },
  },
});
