/**
 * A widget offers its plots the build-time picture of the state it starts in (core/pictures.ts), if
 * the build made one. Plots claim their index in the order they are created, which is the order the
 * picture script numbered them in (it reads the `data-picture` each plot carries). A plot shows the
 * picture only while the widget is still in that state: a control moved before the live plot arrives
 * takes the picture away rather than leave a figure that no longer matches the controls.
 */
import { getContext, setContext } from 'svelte';
import { pictureStems } from 'virtual:kexue/pictures';
import { pictureStem } from '../core/pictures';

export interface PictureOffer {
  readonly stem: string;
  /** Whether the widget is still in the pictured state (reactive where `query` is). */
  unchanged(): boolean;
  /** The next plot's index. */
  claim(): number;
}

const KEY = Symbol('figure-picture');

/** For WidgetFrame (during initialisation): `query` gives the widget's embed query, reactively. */
export function offerPicture(query: () => string): void {
  const first = query();
  const stem = pictureStem(first);
  if (!pictureStems.has(stem)) return;
  let plots = 0;
  setContext<PictureOffer>(KEY, { stem, unchanged: () => query() === first, claim: () => plots++ });
}

/** For Plot: its widget's offer, if there is a picture. */
export function findPicture(): PictureOffer | undefined {
  return getContext<PictureOffer | undefined>(KEY);
}
