import { describe, expect, expectTypeOf, test } from 'vitest';
import { en } from './en';
import { zh, type ErrorTranslation } from './zh';
import { KernelError, codedText, coded, fail, isCoded, shown, type Coded, type ErrorArgs } from './index';

/** The source of a catalogue entry's parameter list, e.g. "(name, value, lo, hi)". */
const params = (f: (...a: never[]) => string) => /^\s*(?:function\s*\w*)?\s*\(([^)]*)\)/.exec(String(f))?.[1]?.split(',').map((p) => p.trim().split(/[\s:=]/)[0]).filter(Boolean) ?? [];

describe('error catalogues', () => {
  test('the Chinese catalogue is typed from the English one (a missing code or other parameters fail to compile)', () => {
    expectTypeOf(zh).toEqualTypeOf<ErrorTranslation>();
    expectTypeOf<Parameters<typeof zh.notInteger>>().toEqualTypeOf<Parameters<typeof en.notInteger>>();
    expectTypeOf<ErrorArgs<'vocabBadLine'>[1]>().not.toBeString(); // a nested sentence is passed coded
  });

  test('both have the same codes, each taking as many parameters, and wording every one in Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const code of Object.keys(en) as (keyof typeof en)[]) {
      expect(typeof zh[code], code).toBe('function');
      expect(zh[code].length, code).toBe(en[code].length);
      expect(params(zh[code]).length, code).toBe(params(en[code]).length);
    }
  });

  test('a coded error reads its English sentence as its message, and the same facts in Chinese', () => {
    let thrown: unknown;
    try {
      fail('notInteger', 'n', shown(-1), 1, 100);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(KernelError);
    expect((thrown as KernelError).message).toBe('n must be a positive integer ≤ 100, got -1');
    expect(isCoded(thrown)).toBe(true);
    expect(codedText((thrown as KernelError).coded, 'zh')).toBe('n 必须是 ≤ 100 的正整数，收到的是 -1');
  });

  test('a nested sentence is worded in the language of the sentence around it', () => {
    const line = coded('vocabNoProbability', 'w');
    const c: Coded = { code: 'vocabBadLine', args: [3, line, 2] };
    expect(codedText(c, 'en')).toBe("vocabulary line 3: 'w' has no probability: write the piece, a space, then p(w) (and 2 more bad lines)");
    expect(codedText(c, 'zh')).toBe("词表第 3 行：'w' 没有概率：请写出词片，加一个空格，再写 p(w)（另有 2 行有误）");
  });

  test('only a known code with an argument list counts as coded', () => {
    expect(isCoded({ code: 'notFinite', args: ['x', { literal: 'NaN' }] })).toBe(true);
    expect(isCoded({ code: 'toString', args: [] })).toBe(false);
    expect(isCoded({ code: 'notFinite' })).toBe(false);
    expect(isCoded(new Error('x'))).toBe(false);
  });

  test('every Chinese sentence is Chinese, for sample arguments of each code', () => {
    const sample = (f: (...a: never[]) => string) => params(f).map(() => undefined);
    const cjk = /[\u3400-\u9fff]/;
    for (const code of Object.keys(zh) as (keyof typeof zh)[]) {
      // Codes whose sentence is built around an argument (a nested sentence) are checked above.
      if (code === 'vocabPieceProblem') continue;
      const args = sample(zh[code]).map((_, i) => argFor(code, i));
      expect((zh[code] as (...a: unknown[]) => string)(...args), code).toMatch(cjk);
    }
  });
});

/** A plausible argument for parameter `i` of `code`, taken from the English signature's usage. */
function argFor(code: string, i: number): unknown {
  const arrays: Record<string, unknown[]> = {
    notOneOf: ['x', { literal: "'a'" }, ['a', 'b']],
    scalingHeader: [['n'], [['d'], ['c']], ['loss']],
    pointsHeader: [[['x', ['x', 'x1']]]],
    ropeTypeUnknown: ['rope_scaling', 'foo', ['default', 'linear']],
    jsonExpected: ['value', null],
    jsonTrailingComma: ['}'],
    unsegmentable: [{ literal: "'abc'" }, 2, { literal: "'bc'" }, false],
    unknownSymbol: ['q', ['a', 't']],
    badArity: ['sin', 1, 1, 2],
  };
  if (code in arrays) return arrays[code][i];
  const src = String((en as Record<string, unknown>)[code]);
  const name = /^\s*\(([^)]*)\)/.exec(src)?.[1].split(',')[i]?.trim() ?? '';
  if (/^(value|text|rest)$/.test(name)) return { literal: '1' };
  if (/^(openLow|openHigh|cut)$/.test(name)) return false;
  if (/^(lo|hi|max|min|line|column|offset|count|sum|part|even|repeated|first|more|chars|pairs|length|terms|usable|label|D|share|rotary|headDim|at)$/.test(name)) return 3;
  return 'x';
}
