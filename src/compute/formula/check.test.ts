import { describe, expect, test } from 'vitest';
import { checkFormula, checkRecurrence } from './check';
import { FormulaError, type FormulaMessageKey } from './messages';

const scope = { symbols: ['a', 't'] };

function refusal(text: string, s: Parameters<typeof checkFormula>[1] = scope): { key: FormulaMessageKey; message: string } {
  try {
    checkFormula(text, s);
  } catch (err) {
    expect(err).toBeInstanceOf(FormulaError);
    return { key: (err as FormulaError).key, message: (err as Error).message };
  }
  throw new Error(`"${text}" was accepted`);
}

describe('checkFormula accepts mathematics', () => {
  test.each([
    'a * sin(t) + t^2 / 10',
    '2a + 3t',
    '-t!',
    't mod 2',
    't < 1 ? 0 : sqrt(t)',
    '0 < t <= 1',
    'max(a, t, 1) + min(t, 2) + hypot(3, 4, t)',
    'log(t, 2) + log10(t) + lgamma(t) + combinations(5, 2)',
    'pi + e + tau + phi',
    'not (t > 1) and a == 2 or t != 3',
    '0x10 + 1e-3',
  ])('%s', (text) => {
    expect(() => checkFormula(text, scope)).not.toThrow();
  });

  test('the tree keeps the structure mathjs parsed, parentheses dropped', () => {
    expect(checkFormula('a * (t + 1)', scope).tree).toEqual({
      k: 'op', op: 'multiply', args: [{ k: 'sym', name: 'a' }, { k: 'op', op: 'add', args: [{ k: 'sym', name: 't' }, { k: 'num', v: 1 }] }],
    });
  });

  test('TeX comes from the same expression, symbols typeset by name', () => {
    expect(checkFormula('a * sin(t) + t^2 / 10', scope).tex).toBe('{a}\\cdot\\sin\\left({t}\\right)+\\frac{{{t}}^{2}}{10}');
    expect(checkFormula('alpha * theta_i', { symbols: ['alpha', 'theta_i'] }).tex).toBe('{\\alpha}\\cdot{\\theta_{i}}');
    expect(checkFormula('2 * lr', { symbols: ['lr'] }).tex).toBe('2\\cdot{\\mathrm{lr}}');
  });
});

describe('checkFormula refuses mistakes and anything hostile', () => {
  test.each<[string, FormulaMessageKey, RegExp]>([
    ['a * (t +', 'formulaSyntax', /formula syntax error: Unexpected end of expression/],
    ['   ', 'emptyFormula', /empty/],
    ['a * z', 'unknownSymbol', /unknown symbol "z" \(known here: a, t, and the constants/],
    ['foo(t)', 'unknownFunction', /unknown function "foo"/],
    ['import({}, {})', 'unknownFunction', /"import"/],
    ['evaluate("1+1")', 'unknownFunction', /"evaluate"/],
    ['sin(t, 2)', 'badArity', /sin\(\) takes 1 argument, not 2/],
    ['a.__proto__', 'propertyAccess', /property access/],
    ['a.constructor', 'propertyAccess', /property access/],
    ['a["constructor"]', 'propertyAccess', /property access/],
    ['t.constructor("x")', 'propertyAccess', /property access/],
    ['a = 3', 'assignmentInFormula', /assignment/],
    ['f(x) = x^2', 'functionDefinition', /defining a function/],
    ['"text"', 'notAllowed', /text in quotes/],
    ['[1, 2]', 'notAllowed', /matrix/],
    ['{a: 1}', 'notAllowed', /object/],
    ['a; t', 'notAllowed', /several statements/],
    ['1:3', 'notAllowed', /range/],
    ['t\'', 'notAllowed', /operator "'"/],
    ['5%', 'notAllowed', /percentage/],
    ['2 to 3', 'notAllowed', /operator "to"/],
    ['t[1]', 'notAllowed', /indexing/],
    ['a & 1', 'notAllowed', /operator "&"/],
  ])('%s', (text, key, pattern) => {
    const { key: got, message } = refusal(text);
    expect(got).toBe(key);
    expect(message).toMatch(pattern);
  });

  test('exact mode refuses what has no exact integer meaning', () => {
    const exact = { symbols: ['n'], exact: true };
    expect(refusal('sqrt(n)', exact)).toMatchObject({ key: 'notExact' });
    expect(refusal('n * 1.5', exact)).toMatchObject({ key: 'notExact' });
    expect(refusal('pi * n', exact)).toMatchObject({ key: 'notExact' });
    expect(checkFormula('12345678901234567890123 + n', exact).tree).toMatchObject({ args: [{ k: 'num', big: '12345678901234567890123' }, { k: 'sym' }] });
  });
});

describe('checkRecurrence', () => {
  test('reads a[n] = … with earlier terms', () => {
    const r = checkRecurrence('a[n] = a[n-1] + a[n-2]', { symbols: [] });
    expect(r).toMatchObject({ name: 'a', index: 'n' });
    expect(r.tex).toBe('{a}_{{n}} = {a}_{{n}-1}+{a}_{{n}-2}');
    expect(r.tree).toEqual({
      k: 'op', op: 'add',
      args: [
        { k: 'at', seq: 'a', index: { k: 'op', op: 'subtract', args: [{ k: 'sym', name: 'n' }, { k: 'num', v: 1 }] } },
        { k: 'at', seq: 'a', index: { k: 'op', op: 'subtract', args: [{ k: 'sym', name: 'n' }, { k: 'num', v: 2 }] } },
      ],
    });
  });

  test('refuses a term that reads itself or a later one, another sequence, and any other assignment', () => {
    expect(() => checkRecurrence('a[n] = a[n] + 1', { symbols: [] })).toThrow(/a\[…\] reads an earlier term/);
    expect(() => checkRecurrence('a[n] = a[n+1]', { symbols: [] })).toThrow(/earlier term/);
    expect(() => checkRecurrence('a[n] = b[n-1]', { symbols: [] })).toThrow(/indexing/);
    expect(() => checkRecurrence('a[n] = (b = 2)', { symbols: [] })).toThrow(/assignment/);
    expect(() => checkRecurrence('a[n-1] + 1', { symbols: [] })).toThrow(/does not read "a\[n\] = …"/);
    expect(() => checkRecurrence('a.b = 1', { symbols: [] })).toThrow(/does not read/);
  });
});
