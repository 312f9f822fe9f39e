import { defineWidget } from '../../core/params';

/**
 * The `sequence` kind: a term formula a(n) or a recurrence a[n] = f(a[n-1], …) from initial values,
 * in float64 or exact BigInt, declared in a notebook (```widget sequence #id).
 */
export const sequenceSpec = defineWidget({
  name: 'sequence',
  title: 'Formula sequence (declared in a notebook)',
  description:
    'The terms of a sequence for n = 0 … N, from a closed form or a recurrence with initial values, exact in big integers when asked, written in a notebook’s Markdown. This is the author guide’s example.',
  notebook: 'guide',
  height: 360,
  footprint: { wide: 740, narrow: 880 },
  params: {},
});
