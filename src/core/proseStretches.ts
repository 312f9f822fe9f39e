/**
 * How a notebook's prose reaches the page: the first stretch (the first screens, as much HTML as
 * FIRST_STRETCH characters) goes on the page at once, then a stretch per task. The build puts the
 * segments after the first stretch and the first widget in a second chunk (plugin.ts), which the page
 * fetches once that widget's figure is drawn or the reader moves (NotebookPage.svelte). No imports: the
 * build and the page both use it.
 */

/** Characters of HTML on the page at once, and then per task. */
export const FIRST_STRETCH = 60_000;
export const STRETCH = 30_000;

/** The index after a stretch of segments from `from` holding at least `chars` characters of HTML (or the rest). */
export function stretchEnd(segments: readonly ({ kind: 'html'; html: string } | { kind: 'widget' })[], from: number, chars: number): number {
  let end = from;
  for (let size = 0; end < segments.length && size < chars; end++) {
    const s = segments[end];
    if (s.kind === 'html') size += s.html.length;
  }
  return end;
}

/** How many segments a notebook's first chunk holds: its first stretch, and at least up to its first widget. */
export function headEnd(segments: readonly ({ kind: 'html'; html: string } | { kind: 'widget' })[]): number {
  const firstWidget = segments.findIndex((s) => s.kind === 'widget');
  return Math.max(stretchEnd(segments, 0, FIRST_STRETCH), firstWidget + 1);
}
