import { defineWidget, same } from '../../core/params';

/** Euler's identity: as many partitions into distinct parts as into odd parts, and Glaisher's bijection. */
export const partitionsEulerSpec = defineWidget({
  name: 'partitions-euler',
  title: { en: 'Distinct parts = odd parts', zh: '互异部分 = 奇数部分' },
  description: {
    en: 'Counts partitions of every n ≤ N into distinct parts and into odd parts, separately and exactly, and walks Glaisher’s bijection on a partition you type: equal odd parts merge in pairs until all parts differ.',
    zh: '对每个 n ≤ N，分别精确地计数把 n 分拆为互异部分和分拆为奇数部分的方法数；并在你输入的分拆上一步步演示 Glaisher 双射：相等的奇数部分两两合并，直到所有部分互不相同。',
  },
  notebook: 'partitions',
  height: 280,
  footprint: { wide: 1130, narrow: 1280 },
  params: {
    N: { kind: 'integer', label: { en: 'Count up to n =', zh: '计数到 n =' }, min: 1, max: 5000, default: 60, log: true, help: { en: 'both counts for every n up to this', zh: '对不超过它的每个 n 给出两种计数' } },
    partition: {
      kind: 'text',
      label: { en: 'A partition into odd (or distinct) parts', zh: '一个奇数部分（或互异部分）的分拆' },
      maxLength: 200,
      default: '5+3+3+1+1+1',
      placeholder: same('5+3+3+1+1+1'),
      help: { en: 'parts separated by + or spaces, adding up to at most 200', zh: '各部分用 + 或空格分隔，总和不超过 200' },
    },
  },
});
