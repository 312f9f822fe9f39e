/**
 * Pictures of figures made at build time (scripts/pictures.mjs): while plotly and the worker load, a
 * figure shows a screenshot of itself in the state it starts in, and the live plot takes its place.
 * A state is named by its embed query (what `?embed=` with those values shows), so the build, which
 * knows the state every notebook slot and embed starts in, and the page, which knows the state the
 * reader sees, name the same picture. Pure: the build and the page both import it.
 */
import { encodeValues, parseValues, type ParamSpecs } from './params';

/** The widths pictures are made at (CSS px of the page): a phone's and a notebook column's. */
export const PICTURE_VIEWPORTS = { narrow: 412, wide: 760 } as const;
export type PictureWidth = keyof typeof PICTURE_VIEWPORTS;
/** A plot box at least this wide shows the wide picture. */
export const WIDE_FROM = 560;

/** The embed query of a widget in a state: `embed=<name>` and the values that differ from the defaults. */
export function embedQuery(name: string, params: ParamSpecs, values: Record<string, unknown>): string {
  const defaults = parseValues(params, {}).values;
  const query = new URLSearchParams({ embed: name });
  for (const [k, v] of encodeValues(params, values, defaults)) query.append(k, v);
  return query.toString();
}

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable file name for a query. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The stem of a state's picture files: the widget's name (readable) and a hash of the query. */
export function pictureStem(query: string): string {
  const name = new URLSearchParams(query).get('embed') ?? '';
  return `${name.replace(/[^a-z0-9-]/g, '-')}-${hash(query)}`;
}

/** One picture: the `index`-th plot of the widget, in a theme, a language and a width. */
export function pictureFile(stem: string, index: number, dark: boolean, lang: string, width: PictureWidth): string {
  return `pictures/${stem}-${index}-${dark ? 'dark' : 'light'}-${lang}-${width}.webp`;
}
