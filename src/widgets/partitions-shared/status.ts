/** One status line for a widget that runs several computations (a table and a listing, a job and a plot). */
import type { Status } from '../../ui/WidgetFrame.svelte';

/** Busy if any is busy; the first error and the first progress win; the time is the main computation's. */
export function combineStatus(main: Status, ...others: Status[]): Status {
  const all = [main, ...others];
  return {
    busy: all.some((s) => s.busy),
    error: all.find((s) => s.error)?.error ?? '',
    progress: all.find((s) => s.progress !== null)?.progress ?? null,
    ms: main.ms,
  };
}
