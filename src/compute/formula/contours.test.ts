import { describe, expect, test } from 'vitest';
import { contourLevels, contourLines, simplifyLine } from './contours';

const grid = (n: number, lo: number, hi: number) => Float64Array.from({ length: n }, (_, k) => lo + ((hi - lo) * k) / (n - 1));

describe('contourLines', () => {
  test('the level set of x² + y² is a closed circle, every vertex on it to within the grid error', () => {
    const xs = grid(81, -2, 2), ys = grid(81, -2, 2);
    const z = new Float64Array(81 * 81);
    for (let j = 0; j < 81; j++) for (let i = 0; i < 81; i++) z[j * 81 + i] = xs[i] ** 2 + ys[j] ** 2;
    const { x, y } = contourLines(xs, ys, z, [1]);
    expect(x.some(Number.isNaN)).toBe(false); // one polyline
    expect(x.length).toBeGreaterThan(100);
    // Closed: it ends where it starts.
    expect(x[0]).toBeCloseTo(x[x.length - 1], 12);
    expect(y[0]).toBeCloseTo(y[y.length - 1], 12);
    for (let k = 0; k < x.length; k++) expect(Math.abs(Math.hypot(x[k], y[k]) - 1)).toBeLessThan(0.002);
  });

  test('a plane gives straight lines across the grid at each level, split by NaN', () => {
    const xs = grid(11, 0, 1), ys = grid(7, 0, 1);
    const z = new Float64Array(11 * 7);
    for (let j = 0; j < 7; j++) for (let i = 0; i < 11; i++) z[j * 11 + i] = xs[i];
    const { x, y } = contourLines(xs, ys, z, [0.25, 0.75]);
    const breaks = x.filter(Number.isNaN).length;
    expect(breaks).toBe(1);
    for (let k = 0; k < x.length; k++) if (!Number.isNaN(x[k])) expect([0.25, 0.75].some((l) => Math.abs(x[k] - l) < 1e-12)).toBe(true);
    expect(Math.min(...y.filter((v) => !Number.isNaN(v)))).toBe(0);
    expect(Math.max(...y.filter((v) => !Number.isNaN(v)))).toBe(1);
  });

  test('cells with an undefined corner draw nothing', () => {
    const xs = grid(3, 0, 1), ys = grid(3, 0, 1);
    const z = Float64Array.from([0, 1, 2, 0, NaN, 2, 0, 1, 2]);
    expect(contourLines(xs, ys, z, [0.5]).x.length).toBe(0);
  });
});

test('contourLevels spaces levels inside the range', () => {
  expect(contourLevels(0, 10, 4)).toEqual([2, 4, 6, 8]);
  expect(contourLevels(1, 1, 4)).toEqual([]);
});

test('a saddle splits by its centre, and lines that meet at edges are joined', () => {
  // z = x·y on [-1, 1]²: the level 0.5 is two hyperbola branches, two open lines.
  const xs = grid(41, -1, 1), ys = grid(41, -1, 1);
  const z = new Float64Array(41 * 41);
  for (let j = 0; j < 41; j++) for (let i = 0; i < 41; i++) z[j * 41 + i] = xs[i] * ys[j];
  const { x, y } = contourLines(xs, ys, z, [0.5]);
  expect(x.filter(Number.isNaN)).toHaveLength(1);
  for (let k = 0; k < x.length; k++) if (!Number.isNaN(x[k])) expect(Math.abs(x[k] * y[k] - 0.5)).toBeLessThan(0.01);
});

test('calls share their edge arrays without one call seeing another: a grid gives the same lines before and after others', () => {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const field = (nx: number, ny: number) => {
    const xs = grid(nx, 0, 1), ys = grid(ny, 0, 1);
    const z = Float64Array.from({ length: nx * ny }, () => (random() < 0.05 ? NaN : 4 * random()));
    return () => contourLines(xs, ys, z, [0.5, 1, 1.7, 2.2, 3.3]);
  };
  const small = field(9, 13), large = field(60, 45);
  const before = small();
  const largeFirst = large();
  small();
  expect(large()).toEqual(largeFirst);
  expect(small()).toEqual(before);
  expect(before.x.length).toBeGreaterThan(20);
});

test('levels in any order, repeated, or on a corner value trace what each level traces alone, in the order given', () => {
  let seed = 11;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const nx = 37, ny = 29, xs = grid(nx, 0, 1), ys = grid(ny, 0, 1);
  // Values on a coarse ladder, so levels fall exactly on corners (z ≥ level counts as above), with gaps.
  const z = Float64Array.from({ length: nx * ny }, () => (random() < 0.04 ? NaN : random() < 0.02 ? Infinity : Math.round(8 * random()) / 2));
  const levels = [2.5, 0.75, 2.5, 3, -1, 1, 9, 1.25];
  const alone = levels.map((l) => contourLines(xs, ys, z, [l]));
  const together = contourLines(xs, ys, z, levels);
  const joined = (key: 'x' | 'y') => alone.filter((c) => c.x.length).flatMap((c, i) => (i ? [NaN, ...c[key]] : [...c[key]]));
  expect(Array.from(together.x)).toEqual(joined('x'));
  expect(Array.from(together.y)).toEqual(joined('y'));
  expect(together.levels).toEqual(levels);
  expect(alone.filter((c) => c.x.length).length).toBe(6); // −1 and 9 lie outside the values
});

describe('simplified contours', () => {
  /** Distance from (x, y) to the segment a–b. */
  const toSegment = (x: number, y: number, ax: number, ay: number, bx: number, by: number) => {
    const dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy;
    const t = l2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / l2)) : 0;
    return Math.hypot(x - ax - t * dx, y - ay - t * dy);
  };

  test('simplifyLine keeps the ends and every point farther than the tolerance from its neighbours’ line', () => {
    // A polyline along y = 0 with one bump of 0.3 and noise of 0.05. The bump is kept first; then the
    // points at x = 2 and 4, 0.25 and 0.15 from the chords to the bump; the rest are within 0.1 of theirs.
    const u = [0, 1, 2, 3, 4, 5, 6], v = [0, 0.05, -0.05, 0.3, 0.05, 0, 0];
    const keep = new Uint8Array(7);
    simplifyLine(u, v, 7, 0.1, keep);
    expect(Array.from(keep)).toEqual([1, 0, 1, 1, 1, 0, 1]);
    simplifyLine(u, v, 7, 0.5, keep);
    expect(Array.from(keep)).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  test('a circle keeps a fraction of its points, stays closed, and strays from the full line by less than the tolerance', () => {
    const n = 161;
    const xs = grid(n, -2, 2), ys = grid(n, -2, 2);
    const z = new Float64Array(n * n);
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) z[j * n + i] = xs[i] ** 2 + ys[j] ** 2;
    const cell = 4 / (n - 1);
    const full = contourLines(xs, ys, z, [1]);
    const thin = contourLines(xs, ys, z, [1], 0.1);
    expect(thin.x.length).toBeLessThan(full.x.length / 3);
    expect(thin.x[0]).toBe(thin.x[thin.x.length - 1]);
    expect(thin.y[0]).toBe(thin.y[thin.y.length - 1]);
    // Every traced point lies within 0.1 cell of the simplified line (a square grid: cells are equal in x and y).
    for (let k = 0; k < full.x.length; k++) {
      let nearest = Infinity;
      for (let q = 0; q + 1 < thin.x.length; q++) nearest = Math.min(nearest, toSegment(full.x[k], full.y[k], thin.x[q], thin.y[q], thin.x[q + 1], thin.y[q + 1]));
      expect(nearest / cell).toBeLessThan(0.1 + 1e-9);
    }
  });
});
