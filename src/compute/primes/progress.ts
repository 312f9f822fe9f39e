/** Progress reports from long kernels, thinned out: each report to the page is a message. */
export type Progress = (fraction: number) => void;

/** Calls `onProgress` only when the fraction has grown by at least `step` since the last call (and at 1). */
export function throttled(onProgress: Progress | undefined, step = 0.01): Progress {
  if (!onProgress) return () => {};
  let last = -1;
  return (f) => {
    if (f >= 1 || f - last >= step) {
      last = f;
      onProgress(Math.min(1, Math.max(0, f)));
    }
  };
}
