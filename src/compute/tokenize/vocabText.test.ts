import { describe, expect, test } from 'vitest';
import { formatVocabText, parseProbability, parseVocabText } from './vocabText';

describe('a typed vocabulary', () => {
  test('reads pieces with decimals, exponents and fractions; skips blanks and comments; keeps spaces inside pieces', () => {
    const r = parseVocabText('# the tie\nw 0.1\n\n  wat\t1e-1 \nNew York 1/4\r\nwatch .5');
    expect(r.errors).toEqual([]);
    expect(r.count).toBe(4);
    expect({ ...r.vocab }).toEqual({ w: 0.1, wat: 0.1, 'New York': 0.25, watch: 0.5 });
  });

  test('every bad line is reported with its number and why; good lines still count', () => {
    const r = parseVocabText('a 0.5\nb ０.５\nc\nab zero\na 0.2\nb -1\nx 0\ny 1/0\nz 1/2/3\n<b>x</b> 0.1');
    expect(r.errors).toMatchObject([
      { line: 3, message: "'c' has no probability: write the piece, a space, then p(w)" },
      { line: 4, message: "ab: 'zero' is not a number: write p(w) as 0.25, 2.5e-3 or 1/4" },
      { line: 5, message: "'a' is listed twice (first on line 1); the first is used" },
      { line: 6, message: 'b: p(w) must be greater than 0, got -1' },
      { line: 7, message: 'x: p(w) must be greater than 0, got 0' },
      { line: 8, message: "y: '1/0' is not a finite number" },
      { line: 9, message: "z: '1/2/3' is not a number: write p(w) as 0.25, 2.5e-3 or 1/4" },
    ]);
    // Full-width digits read as ASCII; markup is only text: the piece is kept as typed.
    expect({ ...r.vocab }).toEqual({ a: 0.5, b: 0.5, '<b>x</b>': 0.1 });
  });

  test('only the number is read as ASCII: a full-width piece stays as typed', () => {
    expect({ ...parseVocabText('，  １／４\n！ 0.5').vocab }).toEqual({ '，': 0.25, '！': 0.5 });
  });

  test('parseProbability and formatVocabText round-trip', () => {
    expect(parseProbability('2.5e-3')).toEqual({ p: 0.0025 });
    expect(parseProbability('Infinity')).toMatchObject({ error: { code: 'probNotNumber', message: "'Infinity' is not a number: write p(w) as 0.25, 2.5e-3 or 1/4" } });
    const vocab = { a: 0.3, bc: 1 / 3 };
    expect({ ...parseVocabText(formatVocabText(vocab)).vocab }).toEqual({ a: 0.3, bc: 0.333333 });
  });
});
