/**
 * Reload and back/forward return a reader to where they were on a notebook. The browser cannot do it
 * for us: a notebook arrives after the first paint and its widgets load as the reader scrolls, so the
 * page the browser restores into is not the page it saved (Chromium restores to a saved anchor element
 * and may land pages away). A notebook page takes over instead: it saves, per notebook in
 * sessionStorage, which of the page's blocks (prose segment or widget slot) is at the top of the
 * viewport and how far into it the reader is, and once its content is in place scrolls back there.
 * Not the raw offset: prose far from the reader holds an estimated height until it is laid out
 * (NotebookPage.svelte), so the same offset can be elsewhere on a fresh load.
 */
// Keyed by notebook, not by address: widget state in the query changes the address as a reader works.
const key = (slug: string) => `kexue:scroll:${slug}`;

/** How long a restored place is held while the page settles (views loading above it), unless the reader scrolls first. */
const PIN_MS = 4000;

/** The block at the top of the viewport (its index in blocksOf) and how many px of it are above the viewport. */
interface Place {
  block: number;
  into: number;
}

function read(slug: string): Place | null {
  try {
    const v: unknown = JSON.parse(sessionStorage.getItem(key(slug)) ?? 'null');
    const p = v as Place | null;
    return p && Number.isInteger(p.block) && p.block >= 0 && Number.isFinite(p.into) && (p.block > 0 || p.into > 0) ? p : null;
  } catch {
    return null; // storage blocked (e.g. a sandboxed frame), or not ours: start at the top
  }
}

/** The container's blocks in page order: its children, less the contents (sticky beside them on a wide screen). */
const blocksOf = (container: HTMLElement) => container.querySelectorAll(':scope > :not(nav)');

/** Where in `container` the top of the viewport is. */
function placeIn(container: HTMLElement): Place {
  const blocks = blocksOf(container);
  for (let i = 0; i < blocks.length; i++) {
    const box = blocks[i].getBoundingClientRect();
    if (box.bottom > 0 && box.height > 0) return { block: i, into: Math.max(0, Math.round(-box.top)) };
  }
  return { block: 0, into: 0 };
}

/** Was this page reached by reload or back/forward (a return), rather than by following a link? */
function isReturn(): boolean {
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.type === 'reload' || nav?.type === 'back_forward';
}

let returning = isReturn();
if (typeof window !== 'undefined') addEventListener('popstate', () => (returning = true));

/**
 * Called when a notebook page mounts: takes over scroll restoration and saves the reader's place in
 * `container()` (the article) while they scroll. `restore()` (once the content is in place) scrolls
 * back if this visit is a return. Returns a function that stops saving.
 */
export function rememberScroll(
  slug: string,
  container: () => HTMLElement | undefined,
): { restore: () => void; stop: () => void; returning: boolean } {
  history.scrollRestoration = 'manual';
  let pending = returning;
  let queued = false;
  let stopPinning = () => {};
  const save = () => {
    if (queued || pending) return; // while a return is being restored, the offset is not the reader's
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      const box = container();
      if (!box) return;
      try {
        sessionStorage.setItem(key(slug), JSON.stringify(placeIn(box)));
      } catch {
        // nothing to do: without storage a reload starts at the top
      }
    });
  };
  addEventListener('scroll', save, { passive: true });
  return {
    /** Whether this visit is a return with a place to go back to (the page needs all of its blocks for it). */
    returning: pending && read(slug) !== null,
    restore() {
      const place = pending ? read(slug) : null;
      pending = returning = false;
      const box = container();
      const block = place && box ? blocksOf(box)[place.block] : undefined;
      if (!place || !box || !block) return;
      const pin = () => scrollTo(0, scrollY + block.getBoundingClientRect().top + place.into);
      pin();
      // Views load and prose is laid out after this, above the place and inside it: until the reader
      // moves the page themselves (or the page has been still a while), keep the place where it was.
      const resized = new ResizeObserver(pin);
      resized.observe(box);
      const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
      const release = () => {
        resized.disconnect();
        clearTimeout(timer);
        for (const type of inputs) removeEventListener(type, release, true);
      };
      for (const type of inputs) addEventListener(type, release, { capture: true, passive: true });
      const timer = setTimeout(release, PIN_MS);
      stopPinning = release;
    },
    stop: () => {
      removeEventListener('scroll', save);
      stopPinning();
    },
  };
}
