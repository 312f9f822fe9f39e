import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { widgetSpecs } from '../widgets/specs';
import { compileNotebook } from './compile';

const fixtures = resolve(import.meta.dirname, 'fixtures');
const page = compileNotebook(readFileSync(resolve(fixtures, 'ok/formula.md'), 'utf8'), { file: 'ok/formula.md', slug: 'fixture', specs: widgetSpecs });
const slots = page.segments.flatMap((s) => (s.kind === 'widget' ? [s.slot] : []));
const html = page.segments.flatMap((s) => (s.kind === 'html' ? [s.html] : [])).join('');

describe('a plot block', () => {
  const f = slots.find((s) => s.id === 'f')!;
  test('the issue\'s minimal block compiles to a figure with its own spec and plan', () => {
    expect(f.widget).toBe('plot');
    expect(f.figure).toMatchObject({ kind: 'plot', address: 'fixture/f', home: { kind: 'notebook', slug: 'fixture' } });
    expect(f.figure!.spec).toMatchObject({
      name: 'plot',
      title: 'Plot of wave',
      notebook: 'fixture',
      params: { a: { kind: 'number', label: 'amplitude', min: 0.5, max: 4, default: 2, step: 0.5 } },
    });
    expect(f.figure!.plan).toMatchObject({ kind: 'plot', params: ['a'], x: { symbol: 't', points: 400, log: false } });
  });

  test('its formula is typeset by KaTeX from the same parse, parameters bound to the figure\'s controls', () => {
    const [wave] = f.figure!.formulas;
    expect(wave.label).toBe('wave');
    expect(wave.html).toContain('class="katex"');
    expect(wave.html).toContain('data-param=".a"');
    expect(wave.html).toMatch(/<mi>t<\/mi>/);
  });
});

describe('a block without a title, on a Chinese page', () => {
  const zh = compileNotebook(readFileSync(resolve(fixtures, 'ok/formula.md'), 'utf8'), { file: 'ok/formula.md', slug: 'fixture', specs: widgetSpecs, lang: 'zh' });
  test('is titled in Chinese from its curves', () => {
    const f = zh.segments.flatMap((s) => (s.kind === 'widget' ? [s.slot] : [])).find((s) => s.id === 'f')!;
    expect(f.figure!.spec.title).toBe('wave 的曲线');
  });
});

describe('bindings', () => {
  test('\\param makes a focusable symbol named by its control; the rest of the visual HTML stays hidden', () => {
    expect(html).toContain('data-param="f.a" tabindex="0" role="button" aria-label="amplitude (Plot of wave); Enter goes to its control"');
    expect(html).toContain('data-param="rope-digits.base"');
    expect(html).not.toMatch(/aria-hidden="true"[^>]*>(?:(?!<\/span>).)*data-param="f\.a"/);
  });

  test('\\paramvalue shows the starting value in the HTML and as an <mn> in the MathML', () => {
    expect(html).toContain('<mn data-paramvalue="f.a">2</mn>');
    expect(html).toMatch(/data-paramvalue="f\.a"[^>]*>(<[^>]+>)*2</);
    expect(html).not.toContain('KXVALUE');
  });

  test('live values in prose hold their value at the block\'s parameters and are listed for the page', () => {
    expect(html).toContain('<span class="live-value" data-live="0">4</span>');
    // 2π · 500000^(62/64): the block sets base 500000, dim keeps its default 64.
    expect(html).toContain(`<span class="live-value" data-live="1">${Math.round(2 * Math.PI * 500000 ** (62 / 64)).toLocaleString('en')}</span>`);
    expect(page.live.map((l) => [l.widget, l.format])).toEqual([['f', '3'], ['rope-digits', 'int']]);
    expect(page.bound).toBe(true);
  });
});

describe('map and sequence blocks', () => {
  test('a map has its grid, contours and z formula', () => {
    const m = slots.find((s) => s.id === 'm')!.figure!;
    expect(m.plan).toMatchObject({ kind: 'map', x: { symbol: 'x', points: 50 }, y: { symbol: 'y', points: 40 }, contours: 6 });
    expect(m.formulas[0].html).toContain('katex');
  });

  test('a sequence has its recurrence, initial values and exact mode', () => {
    const s = slots.find((s) => s.id === 'fib')!.figure!;
    expect(s.plan).toMatchObject({ kind: 'sequence', exact: true, sequences: [{ label: 'a', name: 'a', initial: ['0', '1'] }] });
    expect(s.spec.params.N).toMatchObject({ kind: 'integer', default: 100 });
    expect(s.readout[0].label).toBe('golden ratio');
  });
});
