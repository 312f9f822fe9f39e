/** A translation keeps its English file's widget blocks, equation labels and front matter (pairing.ts). */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { widgetSpecs } from '../widgets/specs';
import { compileWithOutline } from './compile';
import type { messages } from './errors';
import { expectFailureAt } from './expectFailure';
import { checkPairing, TRANSLATION_SUFFIX } from './pairing';

const fixtures = resolve(import.meta.dirname, 'fixtures');
const ENGLISH = 'ok/basic.md';
const outline = (name: string, lang: 'en' | 'zh') =>
  compileWithOutline(readFileSync(resolve(fixtures, name), 'utf8'), { file: name, slug: 'fixture', specs: widgetSpecs, lang });
const english = outline(ENGLISH, 'en').outline;

/** Message keys the pairing check reports (each with a fixture `pairing/<key>.zh.md`): line, text. */
const failures: Partial<Record<keyof typeof messages, [number, RegExp]>> = {
  pairWidgetMissing: [26, /ok\/basic\.md:28 has the widget block "rope-digits #again", which this translation lacks/],
  pairWidgetExtra: [24, /the widget block "rope-cos-map" is not in ok\/basic\.md at this place/],
  pairWidgetDiffers: [19, /differs from ok\/basic\.md:19 \(its parameters\)/],
  pairLabelMissing: [26, /ok\/basic\.md:26 labels an equation "second", which this translation lacks/],
  pairLabelExtra: [24, /equation label "extra" is not in ok\/basic\.md at this place/],
  pairFrontMatter: [2, /front matter "order" differs from ok\/basic\.md/],
};

describe('a translation and its English file', () => {
  test('a faithful translation passes, and is compiled as Chinese', () => {
    const { page, outline: zh } = outline('pairing/ok.zh.md', 'zh');
    expect(() => checkPairing(english, zh)).not.toThrow();
    expect(page.lang).toBe('zh');
    expect(page.meta.title).toBe('标题 T');
    expect(page.segments.map((s) => (s.kind === 'html' ? s.html : '')).join('')).toContain('aria-label="链接到本节"');
  });

  test('the fixture folder holds the faithful one and one file per pairing message', () => {
    expect(readdirSync(resolve(fixtures, 'pairing')).sort()).toEqual(['ok', ...Object.keys(failures)].map((k) => k + TRANSLATION_SUFFIX).sort());
  });

  for (const [key, [line, pattern]] of Object.entries(failures)) {
    test(`${key} fails at the translation's line ${line}`, () => {
      const file = `pairing/${key}${TRANSLATION_SUFFIX}`;
      expectFailureAt(() => checkPairing(english, outline(file, 'zh').outline), file, line, pattern);
    });
  }
});
