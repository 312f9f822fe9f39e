/** Links that last: a parameter may be renamed without breaking the links readers have shared. */
import { describe, expect, test } from 'vitest';
import { defaultValues, encodeValues, parseValues, pickWidgetQuery, type ParamSpec, type ParamSpecs, type WidgetSpec } from './params';
import { widgetSpecs } from '../widgets/specs';

/** A value of `spec` other than its default, as a reader might set it. */
function another(spec: ParamSpec): unknown {
  switch (spec.kind) {
    case 'number':
    case 'integer':
      return spec.default === spec.max ? spec.min : spec.max;
    case 'boolean':
      return !spec.default;
    case 'choice':
      return spec.options.find((o) => o.value !== spec.default)?.value ?? spec.default;
    default:
      return `${String(spec.default)}x`;
  }
}

/** The same widget after a maintainer renamed `key` to `to`, keeping the former name in `renamed`. */
function renamedSpec(spec: WidgetSpec, key: string, to: string): WidgetSpec {
  const params: ParamSpecs = Object.fromEntries(Object.entries(spec.params).map(([k, p]) => [k === key ? to : k, p]));
  return { ...spec, params, renamed: { ...spec.renamed, [key]: to } };
}

describe('links that last', () => {
  test.each(Object.values(widgetSpecs).map((s) => [s.name, s] as const))('%s: a link made today opens the same state after any one parameter is renamed', (_, spec) => {
    const defaults = defaultValues(spec.params);
    for (const [key, param] of Object.entries(spec.params)) {
      const state = { ...defaults, [key]: parseValues(spec.params, { [key]: another(param) }).values[key] };
      const link = new URLSearchParams(encodeValues(spec.params, state, defaults, 'w1'));
      const later = renamedSpec(spec, key, `${key}Renamed`);
      const opened = parseValues(later.params, pickWidgetQuery(later, link, 'w1')).values as Record<string, unknown>;
      expect(opened[`${key}Renamed`], `${spec.name}.${key}`).toEqual(state[key]);
      // And the link it writes back uses the current name only.
      const rewritten = encodeValues(later.params, opened as never, defaultValues(later.params), 'w1').map(([k]) => k);
      expect(rewritten, `${spec.name}.${key}`).not.toContain(`w1.${key}`);
    }
  });

  test('the current name wins over a former one in the same link', () => {
    const query = new URLSearchParams('w.n=5&w.position=9&other.n=1');
    expect(pickWidgetQuery({ renamed: { n: 'position' } }, query, 'w')).toEqual({ position: '9' });
    expect(pickWidgetQuery({ renamed: { n: 'position' } }, new URLSearchParams('n=5'))).toEqual({ position: '5' });
  });
});
