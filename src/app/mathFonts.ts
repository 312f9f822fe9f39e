/**
 * KaTeX's fonts, loaded before a page of typeset math is shown. KaTeX declares them `font-display:
 * block`: math laid out before they arrive is measured with a fallback font, and when they swap in,
 * every paragraph with inline math wraps anew and the page shifts under the reader. Asking for them
 * while the page's own chunk loads costs nothing on a good connection; on a slow one the wait is
 * capped, after which the page shows as before.
 */

/** The faces nearly every notebook's first screen uses (upright and italic text, big delimiters). */
const FACES = ['1em KaTeX_Main', 'italic 1em KaTeX_Math', '1em KaTeX_Size1', '1em KaTeX_Size2', 'bold 1em KaTeX_Main'];

/** Longest wait for the fonts before the page shows anyway. */
export const MATH_FONTS_WAIT_MS = 2500;

/** Resolves once the math fonts are loaded (or failed, or the wait ran out); never rejects. */
export function mathFontsReady(waitMs = MATH_FONTS_WAIT_MS): Promise<void> {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts) return Promise.resolve();
  const loaded = Promise.all(FACES.map((face) => fonts.load(face))).then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([loaded, new Promise<void>((resolve) => setTimeout(resolve, waitMs))]);
}
