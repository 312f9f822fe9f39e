/**
 * Layout images (a contour plot drawn as a picture under the traces) while a slider streams figures:
 * a new picture, or a picture over a new region, is swapped into the `image` plotly drew and placed
 * over its region, instead of a Plotly.react that redraws axes, traces and all (60–100 ms for the
 * landscape widget here, a long task on every input). Plotly's own layout catches up when the hand
 * rests (Plot.svelte hands it the figure).
 *
 * Leans on plotly's drawing (found through plotlyInternals.ts), checked by e2e/plotMover.spec.ts
 * against plotly's own: images placed on one pair of axes and drawn below the traces sit, in the
 * layout's order, in that subplot's image layer, each an `image` whose x, y, width and height are
 * pixels of the figure (the axis' offset plus the value's pixel on it) and whose href is the source;
 * "stretch" fills exactly that box.
 */
import type { Layout } from 'plotly.js';

import { axisName, drawnAxis, drawnParts } from './plotlyInternals';
import { internalsUsable } from './internalsSwitch';

type LayoutImage = Partial<NonNullable<Layout['images']>[number]>;

/** Gives an SVG `image` a new source, under whichever name of the attribute it uses. */
export function setImageSource(image: Element, url: string): void {
  const xlink = 'http://www.w3.org/1999/xlink';
  if (!image.hasAttribute('href') && image.hasAttributeNS(xlink, 'href')) {
    if (image.getAttributeNS(xlink, 'href') !== url) image.setAttributeNS(xlink, 'xlink:href', url);
  } else if (image.getAttribute('href') !== url) image.setAttribute('href', url);
}

/** Stretches an SVG `image` over the pixels [x0, x1] × [y0, y1] (either way round). */
export function placeImage(image: Element, [x0, x1]: [number, number], [y0, y1]: [number, number]): void {
  image.setAttribute('x', String(Math.min(x0, x1)));
  image.setAttribute('y', String(Math.min(y0, y1)));
  image.setAttribute('width', String(Math.abs(x1 - x0)));
  image.setAttribute('height', String(Math.abs(y1 - y0)));
}

/**
 * Redraws the layout images of `gd` (drawn by plotly from a layout of the same shape) with the sources
 * and places of `images`. Returns false, having changed nothing, unless it can: every image stretched
 * over a region of the same two axes, below the traces, top-left anchored, and as many drawn.
 */
export function moveImages(gd: HTMLElement, images: readonly LayoutImage[] | undefined): boolean {
  const list = images ?? [];
  if (list.length === 0) return true;
  const { xref, yref } = list[0];
  if (!internalsUsable() || !/^x\d*$/.test(xref ?? '') || !/^y\d*$/.test(yref ?? '')) return false;
  const xa = drawnAxis(gd, axisName(xref, 'x')), ya = drawnAxis(gd, axisName(yref, 'y'));
  const drawn = drawnParts.layoutImages(gd);
  if (!xa || !ya || drawn.length !== list.length) return false;
  const writes: (() => void)[] = [];
  for (const [k, im] of list.entries()) {
    const plain =
      im.xref === xref && im.yref === yref && im.sizing === 'stretch' && (im.layer ?? 'above') === 'below' &&
      (im.xanchor ?? 'left') === 'left' && (im.yanchor ?? 'top') === 'top' && im.visible !== false && typeof im.source === 'string' && im.source !== '';
    if (!plain) return false;
    const { x, y, sizex, sizey } = im as { x?: unknown; y?: unknown; sizex?: unknown; sizey?: unknown };
    if (typeof x !== 'number' || typeof y !== 'number' || typeof sizex !== 'number' || typeof sizey !== 'number') return false;
    const left = xa.offset + xa.toPixel(x), right = xa.offset + xa.toPixel(x + sizex);
    const top = ya.offset + ya.toPixel(y), bottom = ya.offset + ya.toPixel(y - sizey);
    if (![left, right, top, bottom].every(Number.isFinite)) return false;
    const image = drawn[k], source = im.source!;
    writes.push(() => {
      setImageSource(image, source);
      placeImage(image, [left, right], [top, bottom]);
    });
  }
  for (const write of writes) write();
  return true;
}
