/**
 * Reload and back/forward return a reader to where they were on a notebook. The browser cannot do it
 * for us: a notebook arrives after the first paint and its widgets load as the reader scrolls, so the
 * page the browser restores into is not the page it saved (Chromium restores to a saved anchor element
 * and may land pages away). A notebook page takes over instead: it saves its scroll offset per notebook
 * in sessionStorage and, once its content is in place, scrolls back there.
 */
// Keyed by notebook, not by address: widget state in the query changes the address as a reader works.
const key = (slug: string) => `kexue:scroll:${slug}`;

function read(slug: string): number | null {
  try {
    const v = Number(sessionStorage.getItem(key(slug)));
    return Number.isFinite(v) && v > 0 ? v : null;
  } catch {
    return null; // storage blocked (e.g. a sandboxed frame): start at the top
  }
}

/** Was this page reached by reload or back/forward (a return), rather than by following a link? */
function isReturn(): boolean {
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.type === 'reload' || nav?.type === 'back_forward';
}

let returning = isReturn();
if (typeof window !== 'undefined') addEventListener('popstate', () => (returning = true));

/**
 * Called when a notebook page mounts: takes over scroll restoration and saves the offset while the
 * reader scrolls. `restore()` (once the content is in place) scrolls back if this visit is a return.
 * Returns a function that stops saving.
 */
export function rememberScroll(slug: string): { restore: () => void; stop: () => void } {
  history.scrollRestoration = 'manual';
  let pending = returning;
  let queued = false;
  const save = () => {
    if (queued || pending) return; // while a return is being restored, the offset is not the reader's
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      try {
        sessionStorage.setItem(key(slug), String(Math.round(scrollY)));
      } catch {
        // nothing to do: without storage a reload starts at the top
      }
    });
  };
  addEventListener('scroll', save, { passive: true });
  return {
    restore() {
      const y = pending ? read(slug) : null;
      pending = returning = false;
      if (y !== null) scrollTo(0, y);
    },
    stop: () => removeEventListener('scroll', save),
  };
}
