import { expect, test } from 'vitest';
import { compactX, formatMs, grouped, ratioText } from './format';

test('number formats', () => {
  expect(grouped(142913828922n)).toBe('142\u2009913\u2009828\u2009922');
  expect(grouped(999)).toBe('999');
  expect(compactX(1e12)).toBe('10^12');
  expect(compactX(2_000_000)).toBe('2\u2009000\u2009000');
  expect(compactX(1000)).toBe('1\u2009000');
  expect(ratioText(1.0000146)).toBe('1.0000146');
  expect(ratioText(0.987)).toBe('0.9870');
  expect(ratioText(1)).toBe('1.000000');
  expect(formatMs(3.14)).toBe('3.1');
  expect(formatMs(123.6)).toBe('124');
});
