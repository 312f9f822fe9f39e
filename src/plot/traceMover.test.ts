import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tenths } from './traceMover';

describe('tenths', () => {
  it('writes t/10 exactly as String(t / 10) does, over the clamped pixel range', () => {
    fc.assert(fc.property(fc.integer({ min: -1e7, max: 1e7 }), (t) => tenths(t) === String(t / 10)));
    for (const t of [0, -0, 1, -1, 9, -9, 10, -10, 123, -123, 1e7, -1e7]) expect(tenths(t)).toBe(String(t / 10));
  });
});
