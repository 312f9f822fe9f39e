import { describe, expect, it } from 'vitest';
import { FAST_COS_LIMIT, fastCos } from './fastCos';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('fastCos', () => {
  it('agrees with Math.cos to 1e-15 from tiny to the largest arguments it takes', () => {
    const next = random(7);
    let worst = 0;
    for (let decade = -12; decade <= 6; decade++) {
      for (let i = 0; i < 20000; i++) {
        const x = Math.min(FAST_COS_LIMIT, 10 ** (decade + next())) * (next() < 0.5 ? -1 : 1);
        worst = Math.max(worst, Math.abs(fastCos(x) - Math.cos(x)));
      }
    }
    expect(worst).toBeLessThan(1e-15);
  });

  it('is exact where the reduction step lands on a table entry, and at the range ends', () => {
    for (const x of [0, -0, Math.PI / 2, Math.PI, 2 * Math.PI, -Math.PI / 3, FAST_COS_LIMIT, -FAST_COS_LIMIT, 2 ** 20, 131072 * 0.7]) {
      expect(Math.abs(fastCos(x) - Math.cos(x))).toBeLessThan(1e-15);
    }
    expect(fastCos(0)).toBe(1);
  });

  it('keeps its accuracy at integer distances times RoPE frequencies (the decay kernel’s arguments)', () => {
    let worst = 0;
    for (let i = 0; i < 128; i++) {
      const theta = 10000 ** (-i / 128);
      for (let r = 1; r <= 1 << 20; r = Math.ceil(r * 1.37)) worst = Math.max(worst, Math.abs(fastCos(r * theta) - Math.cos(r * theta)));
    }
    expect(worst).toBeLessThan(1e-15);
  });
});
