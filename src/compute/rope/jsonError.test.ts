import { describe, expect, test } from 'vitest';
import { locateJsonError } from './jsonError';

const sample = `{
  "architectures": ["LlamaForCausalLM"],
  "hidden_size": 4096, "rope_theta": 5.0e5, "bias": -0.25, "tie": false, "x": null,
  "rope_scaling": {"factor": 8.0, "rope_type": "llama3", "note": "a \\"quoted\\" \\u00e9 \\n"}
}`;

describe('locateJsonError', () => {
  test('valid JSON has no error', () => {
    for (const text of [sample, '0', '-1.5e-3', '"x"', '[]', '{}', ' [1, [2, {"a": [true]}]] ', 'null']) {
      expect(locateJsonError(text)).toBeNull();
    }
  });

  test.each<[string, string, { line: number; column: number; reason: RegExp }]>([
    ['trailing comma in an object', '{"a": 1,\n}', { line: 2, column: 1, reason: /trailing comma before \}/ }],
    ['trailing comma in an array', '[1, 2, ]', { line: 1, column: 8, reason: /trailing comma before \]/ }],
    ['missing colon', '{"a" 1}', { line: 1, column: 6, reason: /expected ':' after the key, found '1'/ }],
    ['missing comma', '{"a": 1\n "b": 2}', { line: 2, column: 2, reason: /expected ',' or '\}', found '"'/ }],
    ['single-quoted value', '{"a": \'x\'}', { line: 1, column: 7, reason: /double quotes/ }],
    ['bad escape', '["a\\qb"]', { line: 1, column: 4, reason: /invalid escape/ }],
    ['raw newline in a string', '["a\nb"]', { line: 1, column: 4, reason: /control character/ }],
    ['NaN literal', '{"a": NaN}', { line: 1, column: 7, reason: /expected a value, found 'N'/ }],
    ['extra text', '{} {}', { line: 1, column: 4, reason: /unexpected text after the end/ }],
    ['empty', '', { line: 1, column: 1, reason: /expected a value, found the end of the text/ }],
  ])('%s', (_name, text, expected) => {
    const found = locateJsonError(text);
    expect(found).not.toBeNull();
    expect({ line: found?.line, column: found?.column }).toEqual({ line: expected.line, column: expected.column });
    expect(found?.reason).toMatch(expected.reason);
  });

  test('agrees with JSON.parse on every one-character deletion and insertion of a real config', () => {
    const inserts = [',', '}', ']', '"', ':', ' ', 'x', '0', '-', '.', '\\', '{', '['];
    let disagreements = 0, checked = 0;
    const check = (text: string) => {
      let parses = true;
      try { JSON.parse(text); } catch { parses = false; }
      if (parses !== (locateJsonError(text) === null)) disagreements++;
      checked++;
    };
    for (let i = 0; i < sample.length; i++) {
      check(sample.slice(0, i) + sample.slice(i + 1));
      for (const c of inserts) check(sample.slice(0, i) + c + sample.slice(i));
    }
    expect(checked).toBeGreaterThan(2000);
    expect(disagreements).toBe(0);
  });

  test('deep nesting is reported, not a stack overflow', () => {
    expect(locateJsonError('['.repeat(100000))?.reason).toMatch(/nesting deeper than 512 levels/);
  });
});
