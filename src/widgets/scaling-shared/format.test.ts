import { expect, test } from 'vitest';
import { bandColour, count, num } from './format';

test('num: plain in [0.01, 1e5), scientific with superscripts outside', () => {
  expect(num(0.3478)).toBe('0.348');
  expect(num(2085.43, 4)).toBe('2085');
  expect(num(1.4e12)).toBe('1.4×10¹²');
  expect(num(7e10, 2)).toBe('7×10¹⁰');
  expect(num(1e-3)).toBe('1×10⁻³');
  expect(num(0)).toBe('0');
  expect(num(NaN)).toBe('–');
});

test('count and bandColour', () => {
  expect(count(12345)).toBe('12,345');
  expect(bandColour(0, 5)).toBe('#3f6fd8');
  expect(bandColour(4, 5)).toBe('#d8553f');
  expect(bandColour(0, 1)).toBe('#3f6fd8');
  expect(bandColour(1, 2)).toBe('#d8553f');
});
