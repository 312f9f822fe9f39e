/**
 * Every word a built-in widget's spec shows a reader is written in both languages: a `{ en, zh }` pair
 * (`same('α')` where both read alike), never a bare string, which would show English on Chinese pages.
 * (Formula figures are the exception: their texts are the author's own.)
 */
import { describe, expect, test } from 'vitest';
import { FORMULA_DEMOS } from './formula-shared/kinds';
import { widgetSpecs } from './specs';

/** The paths of texts in `spec` that are not a pair of non-empty strings. */
function missing(spec: Record<string, unknown>): string[] {
  const out: string[] = [];
  const check = (path: string, text: unknown) => {
    const pair = text as { en?: unknown; zh?: unknown } | undefined;
    if (typeof pair !== 'object' || typeof pair.en !== 'string' || typeof pair.zh !== 'string' || !pair.en || !pair.zh) out.push(path);
  };
  check('title', spec.title);
  check('description', spec.description);
  for (const [key, p] of Object.entries(spec.params as Record<string, Record<string, unknown>>)) {
    check(`${key}.label`, p.label);
    for (const optional of ['help', 'unit', 'placeholder']) if (p[optional] !== undefined) check(`${key}.${optional}`, p[optional]);
    for (const [i, o] of ((p.options as { label: unknown }[] | undefined) ?? []).entries()) check(`${key}.options[${i}].label`, o.label);
  }
  return out;
}

describe("every built-in widget's spec speaks both languages", () => {
  for (const spec of Object.values(widgetSpecs).filter((s) => !(s.name in FORMULA_DEMOS))) {
    test(spec.name, () => expect(missing(spec as unknown as Record<string, unknown>)).toEqual([]));
  }
});
