import { describe, expect, it } from 'vitest';
import * as mat4 from './glMat4Slim';

// A CSS-like transform: scale 2, rotate 30° about z, translate (5, −3): column-major, as gl-mat4 keeps it.
const c = Math.cos(Math.PI / 6);
const s = Math.sin(Math.PI / 6);
const A = [2 * c, 2 * s, 0, 0, -2 * s, 2 * c, 0, 0, 0, 0, 1, 0, 5, -3, 0, 1];
const I = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];

describe('glMat4Slim (the two matrix functions plotly imports)', () => {
  it('multiplies', () => {
    expect(mat4.multiply(new Array(16), I, A)).toEqual(A);
    // Translation after translation adds up.
    const T = (x: number, y: number) => [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, x, y, 0, 1];
    expect(mat4.multiply(new Array(16), T(1, 2), T(3, -5))).toEqual(T(4, -3));
  });

  it('inverts, and says when it cannot', () => {
    const inv = mat4.invert(new Array(16), A)!;
    mat4.multiply(inv, inv, A);
    inv.forEach((v, i) => expect(v).toBeCloseTo(I[i], 12));
    expect(mat4.invert(new Array(16), new Array(16).fill(0))).toBeNull();
  });
});
