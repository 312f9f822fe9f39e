/**
 * Sends at most one request at a time: while one runs, newer inputs replace a single waiting one,
 * sent as soon as the running one settles. A worker cannot skip requests already posted to it, so a
 * kernel slower than a frame would otherwise build a queue of stale inputs during a drag; this way it
 * always works on the newest input, and the plot trails the pointer by at most two computations.
 */
export function oneAtATime<A>(send: (args: A) => Promise<unknown>): (args: A) => void {
  let waiting: { args: A } | null = null;
  let running = false;
  async function pump() {
    running = true;
    try {
      while (waiting) {
        const { args } = waiting;
        waiting = null;
        await send(args);
      }
    } finally {
      running = false;
    }
  }
  return (args) => {
    waiting = { args };
    if (!running) void pump();
  };
}
