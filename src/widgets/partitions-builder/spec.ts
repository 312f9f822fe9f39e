import { defineWidget, same, type ParamSpecs } from '../../core/params';

/** A product of geometric series, chosen by the allowed parts, expanded exactly. */
export const partitionsBuilderSpec = defineWidget({
  name: 'partitions-builder',
  title: { en: 'Generating-function builder', zh: '生成函数构造器' },
  description: {
    en: 'Choose which parts may be used (any, odd, distinct, at most k, a coin set, a cap on repeats, at most k parts): the widget writes the generating function as a product, expands it exactly, and lists what any small coefficient counts.',
    zh: '选择允许使用哪些部分（任意、奇数、互不相同、不超过 k、一组硬币面值、限制重复次数、至多 k 个部分）：组件把生成函数写成乘积，精确地展开，并列出任一小系数所计数的分拆。',
  },
  notebook: 'partitions',
  height: 300,
  footprint: { wide: 1070, narrow: 1560 },
  params: {
    parts: {
      kind: 'choice',
      label: { en: 'Allowed parts', zh: '允许的部分' },
      options: [
        { value: 'all', label: { en: 'any parts: p(n)', zh: '任意部分：p(n)' } },
        { value: 'odd', label: { en: 'odd parts', zh: '奇数部分' } },
        { value: 'distinct', label: { en: 'distinct parts', zh: '互不相同的部分' } },
        { value: 'atMost', label: { en: 'parts at most k', zh: '每部分不超过 k' } },
        { value: 'fewParts', label: { en: 'at most k parts', zh: '至多 k 个部分' } },
        { value: 'coins', label: { en: 'a coin set', zh: '一组硬币面值' } },
      ],
      default: 'all',
    },
    k: { kind: 'integer', label: same('k'), min: 1, max: 5000, default: 3, help: { en: 'the largest part, or the most parts', zh: '最大的部分，或最多的部分个数' } },
    coins: {
      kind: 'text',
      label: { en: 'Coin values', zh: '硬币面值' },
      maxLength: 200,
      default: '1, 2, 5, 10, 20, 50, 100, 200',
      placeholder: same('1, 5, 10, 25'),
      help: { en: 'positive whole numbers separated by commas or spaces; a repeated value is a second kind of coin', zh: '用逗号或空格分隔的正整数；重复出现的面值算作另一种硬币' },
    },
    cap: {
      kind: 'integer',
      label: { en: 'Each part used at most (0: no limit)', zh: '每个部分最多使用次数（0：不限）' },
      min: 0,
      max: 1000,
      default: 0,
      help: { en: 'caps how many times any one part (or coin) may appear', zh: '限制任一部分（或硬币）出现的次数' },
    },
    upTo: { kind: 'integer', label: { en: 'Expand up to power N', zh: '展开到 N 次幂' }, min: 1, max: 200_000, default: 30, log: true, help: { en: 'big N runs as a cancellable job', zh: 'N 很大时作为可取消的任务运行' } },
    // The view ties the slider's end to N (coefficientParams); the box and links may still ask past it.
    n: {
      kind: 'integer', label: { en: 'Coefficient of xⁿ at n', zh: 'xⁿ 的系数，n =' }, min: 0, max: 200_000, default: 10, log: true,
      help: { en: 'its value, and its partitions when n is small', zh: '它的值，以及 n 较小时它对应的分拆' },
    },
  },
});

/** The controls' parameters for the current N: the n slider runs over 0 … N, the powers the series has. */
export function coefficientParams(upTo: number): ParamSpecs {
  const { params } = partitionsBuilderSpec;
  return { ...params, n: { ...params.n, max: Math.min(params.n.max, Math.max(1, upTo)) } };
}
