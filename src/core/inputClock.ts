/**
 * When did the input behind what a plot shows happen? The benchmark's input-to-plot time needs it,
 * because during a drag a plot often shows an older input than the newest one (stale requests are
 * dropped and redraws coalesced). Two clocks:
 *  - the page's last control input (a capture listener, so no control has to report it);
 *  - per widget, the input time behind its newest computed result (each Computation writes it).
 * Plot.svelte sends the right one with its `kexue:plotted` event.
 */
import { getContext, setContext } from 'svelte';

let lastInput = 0;
if (typeof document !== 'undefined') {
  for (const type of ['input', 'change', 'click']) document.addEventListener(type, () => (lastInput = performance.now()), true);
}

/** Time (performance.now) of the page's last control input; 0 before any. */
export function lastInputAt(): number {
  return lastInput;
}

/** Per widget: when the input behind its newest computed result happened, and what it still computes. */
export interface ResultClock {
  /** The input behind the newest result. */
  at: number;
  /** The widget's computations with a request in flight (a widget may have several). */
  busy: Set<object>;
}

const KEY = Symbol('result-clock');

/** The widget's result clock, created by its first Computation (call during component initialisation). */
export function resultClock(): ResultClock {
  let clock = getContext<ResultClock | undefined>(KEY);
  if (!clock) setContext(KEY, (clock = { at: 0, busy: new Set() }));
  return clock;
}

/** For Plot: the widget's result clock, if it computes anything. */
export function findResultClock(): ResultClock | undefined {
  return getContext<ResultClock | undefined>(KEY);
}
