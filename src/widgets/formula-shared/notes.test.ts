import { afterEach, describe, expect, test } from 'vitest';
import { setLang } from '../../core/i18n';
import type { FigureNote, GapKind, GapPlace } from '../../compute/formula/notes';
import { cutText, noteText } from './notes';

/** A curve's gaps note as the kernel reports it (compute/formula/gaps.test.ts checks it finds them). */
const gaps = (label: string, symbol: string, runs: [GapKind, GapPlace][], more = 0, exact = false): FigureNote => ({
  kind: 'gaps',
  label,
  symbol,
  runs: runs.map(([kind, place]) => ({ kind, place })),
  more,
  exact,
});
const everyOther: [GapKind, GapPlace][] = [['undefined', { below: '1' }], ['undefined', { at: '2' }], ['undefined', { at: '4' }]];

afterEach(() => setLang('en'));

describe('notes in English read as they did before the catalogue', () => {
  test('gaps in a curve', () => {
    expect(noteText(gaps('root', 't', [['undefined', { below: '0' }]]))).toBe('root: undefined for t < 0 (left as gaps)');
    expect(noteText(gaps('inverse', 't', [['infinite', { at: '0' }]]))).toBe('inverse: infinite at t = 0 (left as gaps)');
    expect(noteText(gaps('c', 't', [['undefined', { above: '1' }]]))).toBe('c: undefined for t > 1 (left as gaps)');
    expect(noteText(gaps('c', 't', [['both', { from: '−2', to: '1' }]]))).toBe('c: undefined or infinite for −2 < t < 1 (left as gaps)');
    expect(noteText(gaps('c', 'x', everyOther, 2))).toBe('c: undefined for x < 1; undefined at x = 2; undefined at x = 4, and in 2 more places (left as gaps)');
    expect(noteText(gaps('c', 'x', everyOther, 1))).toMatch(/and in 1 more place \(left as gaps\)$/);
    expect(noteText({ kind: 'noValues', label: 'c' })).toBe('c: undefined or infinite at every point (nothing to draw)');
  });

  test('an exact sequence past float64, a map’s blank cells, a stopped sequence', () => {
    expect(noteText(gaps('Fibonacci', 'n', [['infinite', { above: '1476' }]], 0, true))).toBe('Fibonacci: beyond float64 (the table has every digit) for n > 1476 (left as gaps)');
    expect(noteText({ kind: 'blankCells', missing: 20_000, total: 40_000 })).toBe('z is undefined or infinite at 20,000 of 40,000 points (left blank)');
    expect(noteText({ kind: 'blankCells', missing: 9, total: 9 })).toBe('z is undefined or infinite at every point (nothing to draw)');
    const stopped: FigureNote = { kind: 'stopped', label: 'halves', symbol: 'n', at: 3, why: { code: 'exactDivideNotWhole', args: ['3', '2'] } };
    expect(noteText(stopped)).toBe('halves: stopped at n = 3: 3 / 2 is not a whole number');
    setLang('zh');
    expect(noteText(stopped)).toBe('halves：算到 n = 3 时停止：3 / 2 不是整数');
  });

  test('a cut', () => {
    expect(cutText({ seconds: '2.0', symbol: 't', at: '3.215', rest: 'curves' })).toBe('Stopped after 2.0 s at t = 3.215: the rest is not drawn.');
    expect(cutText({ seconds: '2.0', symbol: 'y', at: '−0.5', rest: 'cells' })).toBe('Stopped after 2.0 s at y = −0.5: the rest is blank.');
    expect(cutText({ seconds: '0.0', symbol: 'n', at: '63', rest: 'terms' })).toBe('Stopped after 0.0 s at n = 63: later terms are not computed.');
  });
});

test('notes in Chinese keep the author’s labels and the symbols as written', () => {
  setLang('zh');
  expect(noteText(gaps('root', 't', [['undefined', { below: '0' }]]))).toBe('root：t < 0 时无定义（以断口表示）');
  expect(noteText(gaps('c', 't', [['both', { from: '−2', to: '1' }]]))).toBe('c：−2 < t < 1 时无定义或为无穷大（以断口表示）');
  expect(noteText(gaps('c', 'x', everyOther, 2))).toBe('c：x < 1 时无定义；x = 2 处无定义；x = 4 处无定义，另有 2 处（以断口表示）');
  expect(noteText({ kind: 'blankCells', missing: 20_000, total: 40_000 })).toBe('z 在 40,000 个点中的 20,000 个上无定义或为无穷大（留空）');
  expect(cutText({ seconds: '0.0', symbol: 'n', at: '63', rest: 'terms' })).toBe('计算 0.0 秒后在 n = 63 处停止：后面的项未计算。');
});
