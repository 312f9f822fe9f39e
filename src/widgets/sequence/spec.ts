import { defineWidget } from '../../core/params';

/**
 * The `sequence` kind: a term formula a(n) or a recurrence a[n] = f(a[n-1], …) from initial values,
 * in float64 or exact BigInt, declared in a notebook (```widget sequence #id).
 */
export const sequenceSpec = defineWidget({
  name: 'sequence',
  title: { en: 'Formula sequence (declared in a notebook)', zh: '公式数列（在笔记中声明）' },
  description: {
    en: 'The terms of a sequence for n = 0 … N, from a closed form or a recurrence with initial values, exact in big integers when asked, written in a notebook’s Markdown. This is the author guide’s example.',
    zh: '数列在 n = 0 … N 上的各项，由通项公式或带初值的递推式给出，需要时用大整数精确计算；公式写在笔记的 Markdown 里。这里展示的是写作指南中的示例。',
  },
  notebook: 'guide',
  height: 360,
  footprint: { wide: 740, narrow: 738 },
  params: {},
});
