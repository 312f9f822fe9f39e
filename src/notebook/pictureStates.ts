/**
 * The states whose figures get a picture at build time (src/core/pictures.ts): every built-in
 * widget's embed in its defaults, and every widget and formula figure as its notebook or the author
 * guide places it. Pure: the plugin hands it the compiled pages.
 */
import { embedQuery, pictureStem } from '../core/pictures';
import { parseValues, type WidgetSpec } from '../core/params';
import type { Segment } from './compile';
import { FORMULA_KINDS } from './formulaFigure';

export interface PictureState {
  /** The embed query that shows this state (`embed=rope-digits&d=256`). */
  query: string;
  /** Its pictures' file stem. */
  stem: string;
}

/**
 * The picture states of these pages and of every built-in widget's defaults, each once, in a stable
 * order. `only` keeps the states of the widgets it names (a formula figure by its kind).
 */
export function pictureStates(specs: Record<string, WidgetSpec>, pages: Segment[][], only?: ReadonlySet<string>): PictureState[] {
  const queries = new Set<string>();
  const keep = (widget: string) => !only || only.has(widget);
  for (const [name, spec] of Object.entries(specs)) {
    if (!(FORMULA_KINDS as readonly string[]).includes(name) && keep(name)) queries.add(embedQuery(name, spec.params, parseValues(spec.params, {}).values));
  }
  for (const segments of pages) {
    for (const segment of segments) {
      if (segment.kind !== 'widget' || !keep(segment.slot.widget)) continue;
      const { slot } = segment;
      const spec = slot.figure?.spec ?? specs[slot.widget];
      if (!spec) continue;
      const values = parseValues(spec.params, slot.params).values;
      queries.add(embedQuery(slot.figure?.address ?? slot.widget, spec.params, values));
    }
  }
  return [...queries].sort().map((query) => ({ query, stem: pictureStem(query) }));
}
