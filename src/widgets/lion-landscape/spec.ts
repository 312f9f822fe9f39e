import { defineWidget } from '../../core/params';
import { trajectoryParams } from '../lion-shared/runs';

/** Optimizer paths on a 2-D objective, with a step scrubber. */
export const lionLandscapeSpec = defineWidget({
  name: 'lion-landscape',
  title: 'SGD, Adam, AdamW and Lion on a landscape',
  description:
    'Contours of a test function with the paths of the optimizers you switch on, each at its own learning rate and weight decay, from a start you set by clicking. Scrub or play the steps; add seeded gradient noise to make the runs stochastic.',
  notebook: 'lion-optimizer',
  height: 460,
  footprint: { wide: 1510, narrow: 1220 },
  params: {
    ...trajectoryParams,
    step: { kind: 'integer', label: 'Show up to step', min: 0, max: 10000, default: 10000, help: 'paths are drawn up to this step (the last step when larger)' },
  },
});
