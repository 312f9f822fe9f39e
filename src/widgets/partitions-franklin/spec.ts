import { defineWidget } from '../../core/params';
import { MAX_FRANKLIN_COUNT_N } from '../../compute/partitions/franklin';

/** Largest sum of a typed partition: every partition of it is listed for stepping (q(60) = 966). */
export const MAX_FRANKLIN_SUM = 60;

/** Euler's pentagonal number theorem counted, and Franklin's involution walked on one partition. */
export const partitionsFranklinSpec = defineWidget({
  name: 'partitions-franklin',
  title: 'Franklin’s involution',
  description:
    'Counts the partitions of every n ≤ N into an even and into an odd number of distinct parts and plots the difference, which Euler’s pentagonal number theorem says is ±1 at the pentagonal numbers and 0 elsewhere; then applies Franklin’s map to a partition you type, drawn as diagrams, and steps through all partitions of its sum.',
  notebook: 'partitions',
  height: 240,
  footprint: { wide: 1260, narrow: 1745 },
  params: {
    N: { kind: 'integer', label: 'Count up to n =', min: 1, max: MAX_FRANKLIN_COUNT_N, default: 60, log: true, help: 'both counts for every n up to this' },
    partition: {
      kind: 'text',
      label: 'A partition into distinct parts',
      maxLength: 200,
      default: '7+6+5+2',
      placeholder: '7+6+5+2',
      help: `parts separated by + or spaces, all different, adding up to at most ${MAX_FRANKLIN_SUM}`,
    },
  },
});
