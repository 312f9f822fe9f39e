/**
 * "Is this widget near the viewport yet?" — shared by a widget's parts through Svelte context. The
 * slot resolves it when the widget comes within ~800 px; the plot waits for it before loading plotly
 * and the computation before waking the worker. Outside a slot (tests, embed) it resolves at once.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('near-viewport');

/** Called by the slot: provides a promise that resolves when `el` nears the viewport. */
export function provideNearViewport(): { near: Promise<void>; observe: (el: Element) => () => void } {
  let resolve!: () => void;
  const near = new Promise<void>((r) => (resolve = r));
  setContext(KEY, near);
  const observe = (el: Element) => {
    if (typeof IntersectionObserver === 'undefined') {
      resolve();
      return () => {};
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io.disconnect();
          resolve();
        }
      },
      { rootMargin: '800px 0px' },
    );
    io.observe(el);
    return () => io.disconnect();
  };
  return { near, observe };
}

/** Called during a component's initialisation: resolves when its widget is near the viewport. */
export function whenNearViewport(): Promise<void> {
  return getContext<Promise<void> | undefined>(KEY) ?? Promise.resolve();
}
