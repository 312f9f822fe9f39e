import { defineWidget } from '../../core/params';

/** A product of geometric series, chosen by the allowed parts, expanded exactly. */
export const partitionsBuilderSpec = defineWidget({
  name: 'partitions-builder',
  title: 'Generating-function builder',
  description:
    'Choose which parts may be used (any, odd, distinct, at most k, a coin set, a cap on repeats, at most k parts): the widget writes the generating function as a product, expands it exactly, and lists what any small coefficient counts.',
  notebook: 'partitions',
  height: 300,
  footprint: { wide: 1070, narrow: 1560 },
  params: {
    parts: {
      kind: 'choice',
      label: 'Allowed parts',
      options: [
        { value: 'all', label: 'any parts: p(n)' },
        { value: 'odd', label: 'odd parts' },
        { value: 'distinct', label: 'distinct parts' },
        { value: 'atMost', label: 'parts at most k' },
        { value: 'fewParts', label: 'at most k parts' },
        { value: 'coins', label: 'a coin set' },
      ],
      default: 'all',
    },
    k: { kind: 'integer', label: 'k', min: 1, max: 5000, default: 3, help: 'the largest part, or the most parts' },
    coins: {
      kind: 'text',
      label: 'Coin values',
      maxLength: 200,
      default: '1, 2, 5, 10, 20, 50, 100, 200',
      placeholder: '1, 5, 10, 25',
      help: 'positive whole numbers separated by commas or spaces; a repeated value is a second kind of coin',
    },
    cap: {
      kind: 'integer',
      label: 'Each part used at most (0: no limit)',
      min: 0,
      max: 1000,
      default: 0,
      help: 'caps how many times any one part (or coin) may appear',
    },
    upTo: { kind: 'integer', label: 'Expand up to power N', min: 1, max: 200_000, default: 30, log: true, help: 'big N runs as a cancellable job' },
    n: { kind: 'integer', label: 'Coefficient of xⁿ at n', min: 0, max: 200_000, default: 10, help: 'its value, and its partitions when n is small' },
  },
});
