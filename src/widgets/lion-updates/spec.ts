import { defineWidget } from '../../core/params';
import { trajectoryParams } from '../lion-shared/runs';

/** Per-step update size and loss of the same race as the landscape. */
export const lionUpdatesSpec = defineWidget({
  name: 'lion-updates',
  title: 'Update size and loss, step by step',
  description:
    'For each optimizer, the length of every step ‖θₜ₊₁ − θₜ‖ and the gap to the minimum f(θₜ) − f*, both on log scales: Lion’s sign update keeps a fixed length per coordinate while the others shrink with the gradient.',
  notebook: 'lion-optimizer',
  height: 400,
  footprint: { wide: 1400, narrow: 1230 },
  params: trajectoryParams,
});
