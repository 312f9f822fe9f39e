import { describe, expect, test } from 'vitest';
import { estimateProseSize } from './proseSize';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 10}`).join(' ');
const mathml = '<span class="katex"><span class="katex-mathml"><math><semantics><mi>x</mi><annotation encoding="application/x-tex">x</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">x</span></span>';

describe('estimateProseSize', () => {
  test('a longer paragraph is taller, and taller on a phone than in the full column', () => {
    const short = estimateProseSize(`<p>${words(20)}</p>\n`, 'en');
    const long = estimateProseSize(`<p>${words(200)}</p>\n`, 'en');
    expect(long.wide).toBeGreaterThan(short.wide);
    expect(long.narrow).toBeGreaterThan(long.wide);
    // 200 words of 5–6 characters at about 8 px each: some 9 000 px of text, 12–13 lines of 720 px.
    expect(long.wide).toBeGreaterThan(12 * 25);
    expect(long.wide).toBeLessThan(16 * 25 + 40);
  });

  test('blocks add up: a heading and a display equation each take their own room', () => {
    const p = `<p>${words(30)}</p>\n`;
    const h = '<h2 id="a">A heading</h2>\n';
    const display = `<div class="math-display" tabindex="0"><span class="katex-display">${mathml}</span></div>\n`;
    const alone = estimateProseSize(p, 'en').wide;
    expect(estimateProseSize(h + p, 'en').wide).toBeGreaterThan(alone + 30);
    expect(estimateProseSize(p + display, 'en').wide).toBeGreaterThan(alone + 40);
    // An aligned display of three rows is taller than one of one row.
    const rows = (k: number) => `<div class="math-display"><math>${'<mtr><mtd>x</mtd></mtr>'.repeat(k)}</math></div>\n`;
    expect(estimateProseSize(rows(3), 'en').wide).toBeGreaterThan(estimateProseSize(rows(1), 'en').wide);
  });

  test('MathML (read aloud, not shown) does not count as text', () => {
    const plain = estimateProseSize(`<p>${words(40)}</p>\n`, 'en');
    const hidden = '<math>' + 'm'.repeat(5000) + '</math>';
    expect(estimateProseSize(`<p>${words(40)}${hidden}</p>\n`, 'en')).toEqual(plain);
  });

  test('Chinese characters take a full em each and taller lines', () => {
    const zh = estimateProseSize(`<p>${'字'.repeat(400)}</p>\n`, 'zh');
    const en = estimateProseSize(`<p>${'a'.repeat(400)}</p>\n`, 'en');
    expect(zh.wide).toBeGreaterThan(1.8 * en.wide);
  });

  test('a table row is as tall as its fullest cell, wrapped in its column', () => {
    const long = words(30);
    const row = `<tr>\n<td>${long}</td>\n<td>1</td>\n<td>2</td>\n<td>3</td>\n</tr>\n`;
    const asParagraph = estimateProseSize(`<p>${long} 1 2 3</p>\n`, 'en');
    expect(estimateProseSize(row, 'en').narrow).toBeGreaterThan(2 * asParagraph.narrow);
  });

  test('empty prose takes no room', () => {
    expect(estimateProseSize('\n', 'en')).toEqual({ narrow: 0, wide: 0 });
  });
});
