import { defineWidget } from '../../core/params';

/** Euler's identity: as many partitions into distinct parts as into odd parts, and Glaisher's bijection. */
export const partitionsEulerSpec = defineWidget({
  name: 'partitions-euler',
  title: 'Distinct parts = odd parts',
  description:
    'Counts partitions of every n ≤ N into distinct parts and into odd parts, separately and exactly, and walks Glaisher’s bijection on a partition you type: equal odd parts merge in pairs until all parts differ.',
  notebook: 'partitions',
  height: 280,
  footprint: { wide: 1130, narrow: 1280 },
  params: {
    N: { kind: 'integer', label: 'Count up to n =', min: 1, max: 5000, default: 60, log: true, help: 'both counts for every n up to this' },
    partition: {
      kind: 'text',
      label: 'A partition into odd (or distinct) parts',
      maxLength: 200,
      default: '5+3+3+1+1+1',
      placeholder: '5+3+3+1+1+1',
      help: 'parts separated by + or spaces, adding up to at most 200',
    },
  },
});
