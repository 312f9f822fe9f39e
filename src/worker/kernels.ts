/**
 * Every kernel the widgets may call, by name. The worker exposes exactly this table, so adding a
 * kernel for a new widget is one line here. Kernels taking a progress callback are "jobs" (see client.ts).
 */
import { ropeDigits } from '../compute/ropeViews';

export const kernels = {
  ropeDigits,
};
