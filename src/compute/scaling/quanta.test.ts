import { describe, expect, test } from 'vitest';
import { logLogSlope, simulateQuanta } from './quanta.ts';
import { aliasTable, unlearnedMass } from './quantaSampling.ts';
import { zipfTail } from './quantaZeta.ts';
import { uniformStream } from '../numerics/random.ts';

describe('zipfTail (Euler–Maclaurin)', () => {
  test('matches known zeta values and direct sums', () => {
    expect(zipfTail(2, 1)).toBeCloseTo(Math.PI ** 2 / 6, 14);
    expect(zipfTail(4, 1)).toBeCloseTo(Math.PI ** 4 / 90, 14);
    expect(zipfTail(1.5, 1)).toBeCloseTo(2.612375348685488, 13); // ζ(3/2)
    let direct = 0;
    for (let k = 1; k < 11; k++) direct += k ** -1.5;
    expect(zipfTail(1.5, 11)).toBeCloseTo(2.612375348685488 - direct, 13);
    expect(() => zipfTail(1, 1)).toThrow(/s must be/);
  });
});

describe('simulateQuanta', () => {
  const defaults = simulateQuanta();

  test('frequencies are Zipfian and L(n) is the unlearned tail', () => {
    const { frequencies: p, n, lossN } = defaults;
    expect(p).toHaveLength(10_000);
    expect(p[0] / p[9]).toBeCloseTo(10 ** 1.5, 9); // p_k ∝ k^−(α+1), α = 0.5
    // 'zeta' normalisation: Σ_{k≤K} p_k + tail beyond K = 1.
    const beyond = zipfTail(1.5, 10_001) / zipfTail(1.5, 1);
    expect(p.reduce((s, v) => s + v, 0) + beyond).toBeCloseTo(1, 12);
    expect(n[0]).toBe(1);
    expect(n[n.length - 1]).toBe(10_000);
    expect(lossN[0]).toBeCloseTo(1 - p[0], 12);
    expect(lossN[lossN.length - 1]).toBeCloseTo(beyond, 12);
  });

  test('default run: fitted exponents within 0.05 of α and α/(α+1)', () => {
    expect(defaults.theoryExponentN).toBe(0.5);
    expect(defaults.theoryExponentD).toBeCloseTo(1 / 3, 15);
    expect(Math.abs(defaults.exponentN - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(defaults.exponentDExpected - 1 / 3)).toBeLessThan(0.05);
    expect(Math.abs(defaults.exponentDSampled - 1 / 3)).toBeLessThan(0.05);
  });

  test.each([
    { alpha: 0.25, tau: 1 },
    { alpha: 1, tau: 5 },
    { alpha: 2, tau: 1, K: 100_000 },
  ])('exponents follow theory for %o', (options) => {
    const r = simulateQuanta({ ...options, seed: 5 });
    const { alpha } = options;
    expect(Math.abs(r.exponentN - alpha)).toBeLessThan(0.05);
    expect(Math.abs(r.exponentDExpected - alpha / (alpha + 1))).toBeLessThan(0.05);
    expect(Math.abs(r.exponentDSampled - alpha / (alpha + 1))).toBeLessThan(0.05);
  });

  test("'finite' normalisation: curves reach 0 at n = K and small α overshoots the theory", () => {
    const r = simulateQuanta({ alpha: 0.25, normalisation: 'finite' });
    expect(r.frequencies.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(r.lossN[r.lossN.length - 1]).toBe(0);
    expect(r.exponentN).toBeGreaterThan(0.3);
  });

  test('sampled losses are seeded, and sampled and expected curves agree', () => {
    expect(simulateQuanta({ seed: 3 }).lossDSampled).toEqual(simulateQuanta({ seed: 3 }).lossDSampled);
    expect(simulateQuanta({ seed: 3 }).lossDSampled).not.toEqual(simulateQuanta({ seed: 4 }).lossDSampled);
    const { lossDExpected, lossDSampled, learnedDSampled } = defaults;
    for (let i = 1; i < learnedDSampled.length; i++) expect(learnedDSampled[i]).toBeGreaterThanOrEqual(learnedDSampled[i - 1]);
    const mid = Math.floor(lossDExpected.length / 2);
    expect(Math.abs(Math.log(lossDSampled[mid] / lossDExpected[mid]))).toBeLessThan(0.3);
  });

  test("the 'tokens' sampler (every token drawn) matches the Poissonised 'poisson' sampler", () => {
    const options = { K: 2000, dMax: 2e5, tau: 2, points: 12 };
    const runs = (sampler: 'poisson' | 'tokens') =>
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => simulateQuanta({ ...options, sampler, seed }).lossDSampled);
    const mean = (rs: Float64Array[]) => rs[0].map((_, i) => rs.reduce((s, r) => s + r[i], 0) / rs.length);
    const [a, b] = [mean(runs('poisson')), mean(runs('tokens'))];
    // From D ≈ 800 on (index 6), dozens of quanta are near threshold and the seed noise is a few %.
    for (let i = 6; i < a.length; i++) expect(Math.abs(a[i] / b[i] - 1)).toBeLessThan(0.05);
  });

  test('validation names the option', () => {
    expect(() => simulateQuanta({ alpha: 0 })).toThrow(/options.alpha/);
    expect(() => simulateQuanta({ alpha: 6 })).toThrow(/options.alpha/);
    expect(() => simulateQuanta({ K: 2e6 })).toThrow(/options.K/);
    expect(() => simulateQuanta({ K: 100.5 })).toThrow(/options.K/);
    expect(() => simulateQuanta({ tau: 0 })).toThrow(/options.tau/);
    expect(() => simulateQuanta({ points: 2 })).toThrow(/options.points/);
    expect(() => simulateQuanta({ dMax: 1 })).toThrow(/options.dMax/);
    expect(() => simulateQuanta({ sampler: 'tokens', dMax: 1e9 })).toThrow(/options.dMax/);
    expect(() => simulateQuanta({ sampler: 'gibbs' as never })).toThrow(/options.sampler/);
    expect(() => simulateQuanta({ normalisation: 'none' as never })).toThrow(/options.normalisation/);
    expect(() => simulateQuanta({ fitRange: [100, 10] })).toThrow(/options.fitRange/);
    expect(() => simulateQuanta({ lossPerQuantum: -1 })).toThrow(/options.lossPerQuantum/);
    expect(() => simulateQuanta({ seed: 0.5 })).toThrow(/options.seed/);
  });
});

describe('samplers', () => {
  test('alias table reproduces the distribution', () => {
    const p = Float64Array.of(0.5, 0.25, 0.125, 0.0625, 0.0625);
    const { prob, alias } = aliasTable(p);
    const rand = uniformStream(11);
    const counts = new Float64Array(5);
    const draws = 200_000;
    for (let t = 0; t < draws; t++) {
      const u = rand() * 5;
      const i = u | 0;
      counts[u - i < prob[i] ? i : alias[i]]++;
    }
    p.forEach((pk, k) => expect(Math.abs(counts[k] / draws - pk)).toBeLessThan(4 * Math.sqrt((pk * (1 - pk)) / draws)));
  });

  test('unlearned mass is a non-increasing suffix sum that includes the never-learned rest', () => {
    const p = Float64Array.of(0.4, 0.3, 0.2);
    const D = Float64Array.of(1, 10, 100, 1000);
    for (const sampler of ['poisson', 'tokens'] as const) {
      const { mass, learned } = unlearnedMass(p, 0.1, 1, D, uniformStream(2), sampler);
      for (let j = 1; j < 4; j++) expect(mass[j]).toBeLessThanOrEqual(mass[j - 1]);
      expect(mass[3]).toBeCloseTo(0.1, 12); // after 1000 draws every quantum has been seen
      expect(learned[3]).toBe(3);
    }
  });

  test('logLogSlope fits a pure power law exactly and needs 3 points', () => {
    const x = Float64Array.of(1, 2, 4, 8, 16);
    const y = x.map((v) => 3 * v ** -0.7);
    expect(logLogSlope(x, y, () => true)).toBeCloseTo(-0.7, 14);
    expect(logLogSlope(x, y, (i) => i < 2)).toBeNaN();
  });
});
