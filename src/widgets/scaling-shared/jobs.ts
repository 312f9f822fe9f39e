/** Running the scaling jobs from a view. */

/**
 * Starts a job and forwards its progress only until it settles. Comlink delivers progress on the
 * callback's own message port, so a last report can overtake the result; forwarded late, it would
 * leave the status line at "100%" with a Cancel button after the job has finished.
 */
export async function untilSettled<T>(start: (progress: (fraction: number) => void) => Promise<T>, progress: (fraction: number) => void): Promise<T> {
  let done = false;
  try {
    return await start((fraction) => {
      if (!done) progress(fraction);
    });
  } finally {
    done = true;
  }
}
