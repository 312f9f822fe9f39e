import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { en } from '../core/i18n/en';
import { zh } from '../core/i18n/zh';
import { slugify } from '../notebook/math';

/** The ids the compiler gives the h2/h3 headings of a page (markdown.ts: slugify of the heading text). */
function headingIds(file: string): string[] {
  const text = readFileSync(resolve(__dirname, 'pages', file), 'utf8');
  return [...text.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slugify(m[1]));
}

// The gallery links each formula kind to the guide's section on formula figures, in the reader's
// language: the id is in each catalogue, and must stay the id of that heading in that language's guide.
test('the gallery’s link into the author guide names a section of the guide in each language', () => {
  expect(headingIds('guide.md')).toContain(en.guideFiguresSection);
  expect(headingIds('guide.zh.md')).toContain(zh.guideFiguresSection);
});
