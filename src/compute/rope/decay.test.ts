import { describe, expect, test } from 'vitest';
import { ropeInvFreq } from './invFreq';
import { ropeDecay, ropeDecaySamples } from './decay';

/** s(r) = mean_i cos(r·θ_i) by direct Math.cos, r = 0 … maxDistance. */
function bruteForce(theta: ArrayLike<number>, maxDistance: number): Float64Array {
  const s = new Float64Array(maxDistance + 1);
  for (let i = 0; i < theta.length; i++) {
    for (let r = 0; r <= maxDistance; r++) s[r] += Math.cos(r * theta[i]);
  }
  return s.map((v) => v / theta.length);
}

/** A fixed pseudo-random sequence in [0, 1), so failures reproduce. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const random = lcg(7);
const cases: [string, Float64Array][] = [
  ['default d=256, base 1e4', ropeInvFreq({ head_dim: 256 }).invFreq],
  ['llama3 d=128', ropeInvFreq({ head_dim: 128, rope_theta: 500000, rope_scaling: { rope_type: 'llama3', factor: 8, low_freq_factor: 1, high_freq_factor: 4, original_max_position_embeddings: 8192 } }).invFreq],
  ['yarn d=64', ropeInvFreq({ head_dim: 64, rope_scaling: { rope_type: 'yarn', factor: 16, original_max_position_embeddings: 2048 } }).invFreq],
  // Unsorted, up to π, with a zero and a lone fast pair left over from the groups of four.
  ['arbitrary θ', Float64Array.from([0, Math.PI, 3.1, 2e-7, ...Array.from({ length: 30 }, () => 3 * random() ** 4)])],
  ['single pair', Float64Array.of(0.3)],
];

describe('ropeDecay matches a brute-force sum', () => {
  test.each(cases)('%s, every distance to 20000', (_name, theta) => {
    const exact = bruteForce(theta, 20000);
    const out = ropeDecay({ invFreq: theta, maxDistance: 20000, points: 20001 });
    expect(out.value.length).toBe(20001);
    let worst = 0, misplaced = 0;
    for (let r = 0; r <= 20000; r++) {
      if (out.distance[r] !== r || out.min[r] !== out.value[r] || out.max[r] !== out.value[r]) misplaced++;
      worst = Math.max(worst, Math.abs(out.value[r] - exact[r]));
    }
    expect(misplaced).toBe(0);
    // Math.cos(r·θ) itself carries ~r·θ·1e-16 of argument rounding, so 1e-9 is a loose, honest bound.
    expect(worst).toBeLessThan(1e-9);
  });

  test('bucket min/max are the exact extremes over every distance inside, linear spacing', () => {
    const theta = cases[0][1];
    const exact = bruteForce(theta, 30000);
    const out = ropeDecay({ invFreq: theta, maxDistance: 30000, points: 700 });
    expect(out.value.length).toBe(700);
    expect(out.distance[0]).toBe(0);
    expect(out.distanceEnd[699]).toBe(30000);
    let gaps = 0, worst = 0;
    for (let b = 0; b < 700; b++) {
      if (b > 0 && out.distance[b] !== out.distanceEnd[b - 1] + 1) gaps++;
      let lo = Infinity, hi = -Infinity;
      for (let r = out.distance[b]; r <= out.distanceEnd[b]; r++) { lo = Math.min(lo, exact[r]); hi = Math.max(hi, exact[r]); }
      worst = Math.max(worst, Math.abs(out.min[b] - lo), Math.abs(out.max[b] - hi), Math.abs(out.value[b] - exact[out.distance[b]]));
    }
    expect(gaps).toBe(0);
    expect(worst).toBeLessThan(1e-9);
  });

  test('log spacing: distance 0 alone, single distances near 0, widening buckets that tile 0 … maxDistance', () => {
    const out = ropeDecay({ invFreq: cases[1][1], maxDistance: 131072, points: 1000, spacing: 'log' });
    const n = out.distance.length;
    expect(n).toBe(1000);
    expect([out.distance[0], out.distanceEnd[0], out.distance[1], out.distanceEnd[1]]).toEqual([0, 0, 1, 1]);
    expect(out.distanceEnd[n - 1]).toBe(131072);
    let broken = 0;
    for (let b = 1; b < n; b++) {
      if (out.distance[b] !== out.distanceEnd[b - 1] + 1 || out.distanceEnd[b] < out.distance[b]) broken++;
    }
    expect(broken).toBe(0);
    expect(out.distanceEnd[n - 1] - out.distance[n - 1]).toBeGreaterThan(100);
    expect(out.value[0]).toBeCloseTo(1, 14);
  });

  test('points above maxDistance + 1 give one bucket per distance', () => {
    const out = ropeDecay({ invFreq: [0.5, 0.25], maxDistance: 9, points: 50, spacing: 'log' });
    expect(Array.from(out.distance)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('d = 256 over 131072 distances: a sane curve (timed in src/compute/kernels.bench.ts)', () => {
    const theta = ropeInvFreq({ head_dim: 256 }).invFreq;
    const out = ropeDecay({ invFreq: theta, maxDistance: 131072, points: 2000 });
    expect(out.value[0]).toBe(1);
    expect(out.value.length).toBe(2000);
    expect(out.value.every((v, b) => out.min[b] <= v && v <= out.max[b])).toBe(true);
  });
});

describe('ropeDecaySamples matches direct Math.cos sums at the bucket starts', () => {
  // Up to 2^20 distances: the arbitrary θ (up to π) take Math.cos past fastCos's range, the others fastCos.
  test.each([...cases, ['default d=256 and arbitrary θ together', null] as const])('%s, 2^20 distances', (_name, theta) => {
    const lists = theta ? [theta] : [cases[0][1], cases[3][1], cases[0][1]];
    const maxDistance = 1 << 20;
    for (const spacing of ['log', 'linear'] as const) {
      const out = ropeDecaySamples({ invFreqs: lists, maxDistance, points: 300, spacing });
      for (const [k, list] of lists.entries()) {
        const { distance, distanceEnd, value } = out[k];
        expect(distance[0]).toBe(0);
        expect(distanceEnd[distanceEnd.length - 1]).toBe(maxDistance);
        let worst = 0;
        for (let b = 0; b < distance.length; b++) {
          let direct = 0;
          for (const t of list) direct += Math.cos(distance[b] * t);
          worst = Math.max(worst, Math.abs(value[b] - direct / list.length));
        }
        expect(worst).toBeLessThan(1e-14);
      }
    }
  });
});

describe('ropeDecay rejects bad input', () => {
  test.each<[string, Parameters<typeof ropeDecay>[0], RegExp]>([
    ['empty invFreq', { invFreq: [], maxDistance: 10, points: 5 }, /invFreq must hold 1 to 4096 frequencies, got 0/],
    ['negative frequency', { invFreq: [1, -0.5], maxDistance: 10, points: 5 }, /invFreq\[1\] must be a finite number of at least 0, got -0.5/],
    ['NaN frequency', { invFreq: [NaN], maxDistance: 10, points: 5 }, /invFreq\[0\].*got NaN/],
    ['not an array', { invFreq: 'x' as unknown as number[], maxDistance: 10, points: 5 }, /invFreq must be a Float64Array or an array of numbers/],
    ['maxDistance 0', { invFreq: [1], maxDistance: 0, points: 5 }, /maxDistance must be a positive integer ≤ 1048576, got 0/],
    ['maxDistance too big', { invFreq: [1], maxDistance: 2 ** 21, points: 5 }, /maxDistance must be a positive integer ≤ 1048576, got 2097152/],
    ['fractional points', { invFreq: [1], maxDistance: 10, points: 2.5 }, /points must be an integer in \[2, 100000\], got 2.5/],
    ['bad spacing', { invFreq: [1], maxDistance: 10, points: 5, spacing: 'cubic' as 'log' }, /spacing must be 'linear' or 'log', got cubic/],
  ])('%s', (_name, args, message) => {
    expect(() => ropeDecay(args)).toThrow(message);
  });
});
