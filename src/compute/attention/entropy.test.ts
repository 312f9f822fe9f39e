import { describe, expect, test } from 'vitest';
import { createRng } from '../numerics/random';
import { reluSquaredEntropy, softmaxEntropy, weightEntropy } from './entropy';

/** Textbook entropy of softmax(scale·s), for inputs where nothing overflows. */
function direct(scores: number[], scale: number): number {
  const u = scores.map((s) => scale * s);
  const max = Math.max(...u);
  const e = u.map((x) => Math.exp(x - max));
  const z = e.reduce((a, b) => a + b, 0);
  return -e.reduce((h, w) => (w > 0 ? h + (w / z) * Math.log(w / z) : h), 0);
}

describe('softmaxEntropy', () => {
  test('agrees with the direct formula on ordinary inputs', () => {
    const rng = createRng(7);
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + rng.int(200);
      const scores = Array.from({ length: n }, () => 3 * rng.normal());
      const scale = 4 * rng.normal();
      expect(softmaxEntropy(Float64Array.from(scores), scale)).toBeCloseTo(direct(scores, scale), 12);
    }
  });

  test('n equal scores give ln n, at any scale', () => {
    for (const n of [1, 2, 7, 1000]) {
      for (const scale of [0, 1, -3, 1e300]) expect(softmaxEntropy(new Float64Array(n).fill(2.5), scale)).toBeCloseTo(Math.log(n), 14);
    }
    expect(softmaxEntropy(Float64Array.from([1, 2, 3]), 0)).toBe(Math.log(3));
  });

  test('extreme scores and scales neither overflow nor lose the answer', () => {
    expect(softmaxEntropy(Float64Array.from([1e300, -1e300]), 1)).toBe(0);
    expect(softmaxEntropy(Float64Array.from([1e300, 1e300]), 1)).toBeCloseTo(Math.log(2), 15);
    expect(softmaxEntropy(Float64Array.from([1, 2]), 1e300)).toBe(0);
    expect(softmaxEntropy(Float64Array.from([1.7e308, -1.7e308, 1e308]), 1)).toBe(0);
    // s − max overflows float64 here; the gap is formed from halves: logits ≈ 1.7, −1.7, 0.
    expect(softmaxEntropy(Float64Array.from([1.7e308, -1.7e308, 0]), 1e-308)).toBeCloseTo(direct([1.7, -1.7, 0], 1), 12);
    // A nearly one-hot distribution keeps its tiny entropy to full relative precision.
    const tail = Math.exp(-40);
    const exact = Math.log1p(tail) + (40 * tail) / (1 + tail);
    expect(softmaxEntropy(Float64Array.from([0, -40]), 1) / exact - 1).toBeLessThan(1e-14);
    // A negative scale reverses the order.
    expect(softmaxEntropy(Float64Array.from([1, 2, 5]), -1)).toBeCloseTo(direct([-1, -2, -5], 1), 14);
  });

  test('Gaussian logits: E[H] = ln n − σ²/2 for large n', () => {
    const n = 1 << 16;
    for (const sigma of [0.5, 1]) {
      let mean = 0;
      for (let seed = 0; seed < 16; seed++) {
        const rng = createRng(seed);
        mean += softmaxEntropy(Float64Array.from({ length: n }, () => rng.normal()), sigma) / 16;
      }
      // numpy: over 200 draws the spread of H is 0.0008 (σ = 0.5) and 0.005 (σ = 1).
      expect(Math.abs(mean - (Math.log(n) - sigma ** 2 / 2))).toBeLessThan(0.006);
    }
  });

  test('rejects what is not a finite score list or scale', () => {
    expect(() => softmaxEntropy(new Float64Array(0), 1)).toThrow('scores must not be empty');
    expect(() => softmaxEntropy(Float64Array.from([1, NaN]), 1)).toThrow('scores[1] must be a finite number, got NaN');
    expect(() => softmaxEntropy(Float64Array.from([Infinity]), 1)).toThrow('scores[0] must be a finite number');
    expect(() => softmaxEntropy([1, 2] as unknown as Float64Array, 1)).toThrow('scores must be a Float64Array, got an array');
    expect(() => softmaxEntropy(Float64Array.from([1]), Infinity)).toThrow('scale must be a finite number, got Infinity');
  });
});

describe('weightEntropy and reluSquaredEntropy', () => {
  test('match the direct formula and ignore the overall size of the weights', () => {
    const w = Float64Array.from([1, 2, 3, 0, 4]);
    const p = Array.from(w, (x) => x / 10);
    const h = -p.reduce((s, x) => (x > 0 ? s + x * Math.log(x) : s), 0);
    expect(weightEntropy(w)).toBeCloseTo(h, 14);
    expect(weightEntropy(w.map((x) => x * 1e300))).toBeCloseTo(h, 14);
    expect(weightEntropy(w.map((x) => x * 1e-300))).toBeCloseTo(h, 14);
    expect(() => weightEntropy(Float64Array.from([0, 0]))).toThrow('at least one positive');
    expect(() => weightEntropy(Float64Array.from([1, -1]))).toThrow('weights[1] must be non-negative');
  });

  test('relu² is homogeneous: any positive scale gives the same entropy, equal positive scores ln n', () => {
    const s = Float64Array.from([-1, 0.5, 2, 3, -4]);
    const h = weightEntropy(Float64Array.from([0, 0.25, 4, 9, 0]));
    for (const scale of [1e-300, 1, 1e300]) expect(reluSquaredEntropy(s, scale)).toBeCloseTo(h, 14);
    expect(reluSquaredEntropy(s, -1)).toBeCloseTo(weightEntropy(Float64Array.from([1, 0, 0, 0, 16])), 14);
    expect(reluSquaredEntropy(new Float64Array(9).fill(3), 2)).toBeCloseTo(Math.log(9), 14);
    expect(reluSquaredEntropy(Float64Array.from([-1, -2]), 1)).toBeNaN();
  });

  test('Gaussian scores: E[H] = ln n − 2 + γ (relu², normalised)', () => {
    const n = 1 << 16;
    let mean = 0;
    for (let seed = 0; seed < 16; seed++) {
      const rng = createRng(100 + seed);
      mean += reluSquaredEntropy(Float64Array.from({ length: n }, () => rng.normal()), 1) / 16;
    }
    // E[z₊²] = ½ and E[z₊² ln z₊²] = ½(ψ(3/2) + ln 2); numpy: spread 0.006 over 200 draws.
    expect(Math.abs(mean - (Math.log(n) - 2 + 0.5772156649015329))).toBeLessThan(0.006);
  });
});
