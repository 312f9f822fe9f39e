import { defineWidget } from '../../core/params';
import { OBJECTIVE_OPTIONS, raceParams, trajectoryParams } from '../lion-shared/runs';

/** Optimizer paths on a 2-D objective (a built-in one, or the reader's own formula), with a step scrubber. */
export const lionLandscapeSpec = defineWidget({
  name: 'lion-landscape',
  title: 'SGD, Adam, AdamW and Lion on a landscape',
  description:
    'Contours of a test function, or of your own formula f(x, y), with the paths of the optimizers you switch on, each at its own learning rate and weight decay, from a start you set by clicking. Scrub or play the steps; add seeded gradient noise to make the runs stochastic.',
  notebook: 'lion-optimizer',
  height: 460,
  footprint: { wide: 1510, narrow: 1220 },
  params: {
    ...trajectoryParams,
    objective: { ...raceParams.objective, options: [...OBJECTIVE_OPTIONS, { value: 'custom', label: 'Your own formula f(x, y)' }] },
    formula: {
      kind: 'text',
      label: 'Your objective f(x, y)',
      maxLength: 200,
      default: '(1 - x)^2 + 5 (y - x^2)^2',
      placeholder: 'e.g. x^2 + 10 y^2 + sin(3 x)',
      help: 'a formula in x and y; its gradient is derived symbolically',
    },
    span: { kind: 'number', label: 'View: x and y up to ±', min: 0.5, max: 5, step: 0.1, default: 2, help: 'your own formula only: the square the contours show' },
    step: { kind: 'integer', label: 'Show up to step', min: 0, max: 10000, default: 10000, help: 'paths are drawn up to this step (the last step when larger)' },
  },
});
