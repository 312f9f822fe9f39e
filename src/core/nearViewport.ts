/**
 * "Is this widget near the viewport yet?" A notebook slot loads its view when it comes within
 * VIEW_MARGIN px, and the view's heavy parts — plotly, and the worker's computation — wait until it is
 * within HEAVY_MARGIN px. The slot shares the second signal with its parts through Svelte context;
 * outside a slot (unit tests) it resolves at once.
 */
import { getContext, setContext } from 'svelte';

/** Views are a few KB each: fetch them early enough that they are in place before a reader arrives. */
export const VIEW_MARGIN = 1600;
/** Plotly (~470 KB) and the computation start closer in. */
export const HEAVY_MARGIN = 800;

const KEY = Symbol('near-viewport');

/** Calls `onNear` once, when `el` comes within `margin` px of the viewport; returns a stop function. */
export function whenNear(el: Element, margin: number, onNear: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onNear();
    return () => {};
  }
  const io = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        onNear();
      }
    },
    { rootMargin: `${margin}px 0px` },
  );
  io.observe(el);
  return () => io.disconnect();
}

/** Called by the slot: provides a promise that resolves when `el` comes within HEAVY_MARGIN px. */
export function provideNearViewport(): { near: Promise<void>; observe: (el: Element) => () => void } {
  let resolve!: () => void;
  const near = new Promise<void>((r) => (resolve = r));
  setContext(KEY, near);
  return { near, observe: (el) => whenNear(el, HEAVY_MARGIN, resolve) };
}

/** Called during a component's initialisation: resolves when its widget is near the viewport. */
export function whenNearViewport(): Promise<void> {
  return getContext<Promise<void> | undefined>(KEY) ?? Promise.resolve();
}
