import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { widgetSpecs } from '../widgets/specs';
import { embedQuery, pictureFile, pictureStem } from '../core/pictures';
import { parseValues } from '../core/params';
import { compileNotebook, type Segment } from './compile';
import { FORMULA_KINDS } from './formulaFigure';
import { pictureStates } from './pictureStates';

const fixtures = resolve(import.meta.dirname, 'fixtures');
const basic = compileNotebook(readFileSync(resolve(fixtures, 'ok/basic.md'), 'utf8'), { file: 'basic.md', slug: 'fixture', specs: widgetSpecs }).segments;

describe('the states a build pictures', () => {
  test('every built-in widget in its defaults, each once, and no formula kind alone', () => {
    const states = pictureStates(widgetSpecs, []);
    const builtIn = Object.keys(widgetSpecs).filter((n) => !(FORMULA_KINDS as readonly string[]).includes(n));
    expect(states.map((s) => s.query).sort()).toEqual(builtIn.map((n) => `embed=${n}`).sort());
  });

  test('a notebook slot in the state its block sets, beside the defaults, with the query the embed page reads', () => {
    const states = pictureStates(widgetSpecs, [basic, basic], new Set(['rope-digits']));
    // The fixture places rope-digits twice: once with base and position set, once in its defaults.
    expect(states.map((s) => s.query)).toEqual(['embed=rope-digits', 'embed=rope-digits&base=500000&position=12']);
    for (const s of states) expect(s.stem).toBe(pictureStem(s.query));
  });

  test('only the widgets named, when asked', () => {
    expect(pictureStates(widgetSpecs, [basic], new Set(['lion-landscape'])).map((s) => s.query)).toEqual(['embed=lion-landscape']);
    expect(pictureStates(widgetSpecs, [[] as Segment[]], new Set(['no-such-widget']))).toEqual([]);
  });
});

describe('picture names', () => {
  const spec = widgetSpecs['rope-digits'];

  test('a state is named by its embed query: the values that differ from the defaults, in spec order', () => {
    const defaults = parseValues(spec.params, {}).values;
    expect(embedQuery('rope-digits', spec.params, defaults)).toBe('embed=rope-digits');
    const moved = parseValues(spec.params, { position: '12', base: '500000' }).values;
    expect(embedQuery('rope-digits', spec.params, moved)).toBe('embed=rope-digits&base=500000&position=12');
    // A notebook figure's address is escaped like any query value.
    expect(embedQuery('guide/f', {}, {})).toBe('embed=guide%2Ff');
  });

  test('stems are stable, readable and differ between states', () => {
    expect(pictureStem('embed=rope-digits')).toMatch(/^rope-digits-[0-9a-f]{8}$/);
    expect(pictureStem('embed=rope-digits')).toBe(pictureStem('embed=rope-digits'));
    expect(pictureStem('embed=rope-digits&d=128')).not.toBe(pictureStem('embed=rope-digits'));
    expect(pictureStem('embed=guide%2Ff')).toMatch(/^guide-f-[0-9a-f]{8}$/);
  });

  test('one file per plot, theme, language and width', () => {
    expect(pictureFile('rope-digits-0123abcd', 1, true, 'zh', 'narrow')).toBe('pictures/rope-digits-0123abcd-1-dark-zh-narrow.webp');
    expect(pictureFile('rope-digits-0123abcd', 0, false, 'en', 'wide')).toBe('pictures/rope-digits-0123abcd-0-light-en-wide.webp');
  });
});
