/**
 * When a long job starts: each start restarts it in a fresh worker, so while a control moves it waits
 * until the input has been still `ms`; the widget's opening state, with nothing moving yet, starts at once.
 */

/** `schedule(start)` for an effect: runs `start` at once the first time, after `ms` of quiet later; returns the cancel. */
export function settleAfter(ms: number): (start: () => void) => () => void {
  let first = true;
  return (start) => {
    if (first) {
      // A microtask, not a call: inside the effect that schedules it, the job's reads and writes of
      // state would become the effect's own.
      first = false;
      let cancelled = false;
      queueMicrotask(() => cancelled || start());
      return () => (cancelled = true);
    }
    const timer = setTimeout(start, ms);
    return () => clearTimeout(timer);
  };
}
