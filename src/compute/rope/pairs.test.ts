import { describe, expect, test } from 'vitest';
import { ropeInvFreq, type RopeConfig } from './invFreq';
import { ROTATION_TREATMENTS, ropeCosMap, ropeDecay, ropeDigits, ropeRotations } from './pairs';


describe('ropeDigits', () => {
  test('base 10000, d = 8 gives β = 10 and the decimal digits of n, least significant first', () => {
    const out = ropeDigits({ base: 10000, dim: 8, position: 1234 });
    expect(out.beta).toBe(10);
    expect(Array.from(out.digit)).toEqual([4, 3, 2, 1]);
    // n·θ_i = 1234, 123.4, 12.34, 1.234 → full turns ⌊·/2π⌋.
    expect(Array.from(out.rotations)).toEqual([196, 19, 1, 0]);
    expect(out.theta).toEqual(ropeInvFreq({ head_dim: 8 }).invFreq);
    for (let i = 0; i < 4; i++) {
      const phase = 1234 * out.theta[i];
      expect(out.angle[i]).toBeCloseTo(phase - 2 * Math.PI * out.rotations[i], 12);
      expect(out.cos[i]).toBeCloseTo(Math.cos(phase), 12);
      expect(out.sin[i]).toBeCloseTo(Math.sin(phase), 12);
      expect(out.wavelength[i]).toBeCloseTo((2 * Math.PI) / out.theta[i], 9);
    }
  });

  test('non-integer β = √10 (base 10, d = 4): n = 100 has digits 100 − 31√10 and 31 − 9√10', () => {
    const out = ropeDigits({ base: 10, dim: 4, position: 100 });
    expect(out.beta).toBeCloseTo(Math.SQRT2 * Math.sqrt(5), 14);
    expect(out.digit[0]).toBeCloseTo(100 - 31 * Math.sqrt(10), 12);
    expect(out.digit[1]).toBeCloseTo(31 - 9 * Math.sqrt(10), 12);
  });

  test('non-integer β: digits lie in [0, β) and angles in [0, 2π), even at n = 1e9', () => {
    const out = ropeDigits({ base: 500000, dim: 128, position: 1e9 });
    expect(out.beta).toBeCloseTo(500000 ** (2 / 128), 14);
    expect(out.digit.every((v) => v >= 0 && v < out.beta)).toBe(true);
    expect(out.angle.every((v) => v >= 0 && v < 2 * Math.PI)).toBe(true);
    expect(out.cos[10]).toBeCloseTo(Math.cos(1e9 * out.theta[10]), 6);
  });

  test('position 0: every angle, digit and rotation is 0', () => {
    const out = ropeDigits({ base: 10000, dim: 16, position: 0 });
    expect([...out.angle, ...out.digit, ...out.rotations].every((v) => v === 0)).toBe(true);
    expect(out.cos.every((v) => v === 1)).toBe(true);
  });

  test.each<[string, Parameters<typeof ropeDigits>[0], RegExp]>([
    ['base 1', { base: 1, dim: 8, position: 3 }, /base must be a finite number in \(1, 1000000000000\]/],
    ['odd dim', { base: 10000, dim: 7, position: 3 }, /dim must be an even integer from 2 to 1024, got 7/],
    ['dim too large', { base: 10000, dim: 2048, position: 3 }, /dim must be an even integer from 2 to 1024, got 2048/],
    ['negative position', { base: 10000, dim: 8, position: -1 }, /position must be a finite number in \[0, 1000000000\], got -1/],
    ['huge position', { base: 10000, dim: 8, position: 2e9 }, /position.*got 2000000000/],
    ['NaN position', { base: 10000, dim: 8, position: NaN }, /position.*got NaN/],
  ])('rejects %s', (_name, args, message) => {
    expect(() => ropeDigits(args)).toThrow(message);
  });

  test('dim 1024 at n = 1e9: 512 pairs', () => {
    const out = ropeDigits({ base: 10000, dim: 1024, position: 1e9 });
    expect(out.digit.length).toBe(512);
    expect(out.rotations[0]).toBe(Math.floor(1e9 / (2 * Math.PI)));
  });
});

describe('ropeRotations', () => {
  const d = 128, train = 4096, target = 16384;
  // Pairs that complete a turn within 4096 tokens: θ_i ≥ 2π/4096, i.e. i ≤ 64·ln(4096/2π)/ln(10000).
  const critical = Math.floor((64 * Math.log(train / (2 * Math.PI))) / Math.log(10000)) + 1;
  const run = (config: RopeConfig) => ropeRotations({ config, trainLength: train, targetLength: target });

  test('plain RoPE at 4× its training length: every pair past the critical one meets unseen angles', () => {
    const out = run({ head_dim: d });
    expect(out.criticalPair).toBe(critical);
    expect(out.outOfRange).toBe(d / 2 - critical);
    expect(out.treatment.every((t) => ROTATION_TREATMENTS[t] === 'extrapolated')).toBe(true);
    expect(out.trainRotations[critical - 1]).toBeGreaterThanOrEqual(1);
    expect(out.trainRotations[critical]).toBeLessThan(1);
    expect(out.targetRotations[5]).toBeCloseTo(4 * out.trainRotations[5], 9);
    expect(out.wavelength[3]).toBeCloseTo((2 * Math.PI) / out.invFreqDefault[3], 9);
    expect(out.attentionFactor).toBe(1);
  });

  test('linear (PI) with factor 4: every pair interpolated and in range', () => {
    const out = run({ head_dim: d, rope_scaling: { rope_type: 'linear', factor: 4 } });
    expect(out.ratio.every((r) => Math.abs(r - 0.25) < 1e-15)).toBe(true);
    expect(out.treatment.every((t) => ROTATION_TREATMENTS[t] === 'interpolated')).toBe(true);
    expect(out.outOfRange).toBe(0);
    expect(out.scaledWavelength[0]).toBeCloseTo(4 * out.wavelength[0], 9);
  });

  test('YaRN at its design length: fast pairs extrapolated, slow interpolated, ramp mixed, none out of range', () => {
    const out = run({ head_dim: d, rope_scaling: { rope_type: 'yarn', factor: 4, original_max_position_embeddings: train } });
    const labels = Array.from(out.treatment, (t) => ROTATION_TREATMENTS[t]);
    expect(labels[0]).toBe('extrapolated');
    expect(labels[d / 2 - 1]).toBe('interpolated');
    expect(labels).toContain('mixed');
    expect(out.outOfRange).toBe(0);
    expect(out.attentionFactor).toBeCloseTo(0.1 * Math.log(4) + 1, 15);
  });

  test('fixed NTK with factor 4 at 4×: the slowest pair fits, but pairs just past the critical one do not', () => {
    // θ′_i/θ_i = 4^(−2i/(d−2)) exceeds 1/4 for every i < d/2 − 1, so those never-turned pairs overshoot.
    const out = run({ head_dim: d, rope_scaling: { rope_type: 'ntk', factor: 4 } });
    expect(out.inRange[d / 2 - 1]).toBe(1);
    expect(out.inRange[critical]).toBe(0);
    expect(out.outOfRange).toBe(d / 2 - 1 - critical);
  });

  test('dynamic NTK is evaluated at seq_len = targetLength unless seq_len is given', () => {
    const rope_scaling = { rope_type: 'dynamic' as const, factor: 2, original_max_position_embeddings: train };
    const out = run({ head_dim: d, rope_scaling });
    expect(out.invFreq).toEqual(ropeInvFreq({ head_dim: d, rope_scaling, seq_len: target }).invFreq);
    const atTrain = run({ head_dim: d, rope_scaling, seq_len: train });
    expect(atTrain.ratio.every((r) => r === 1)).toBe(true);
  });

  test.each<[string, Parameters<typeof ropeRotations>[0], RegExp]>([
    ['zero trainLength', { config: { head_dim: 64 }, trainLength: 0, targetLength: 10 }, /trainLength must be a positive integer ≤ 1000000000, got 0/],
    ['fractional targetLength', { config: { head_dim: 64 }, trainLength: 10, targetLength: 1.5 }, /targetLength must be a positive integer.*got 1.5/],
    ['bad head_dim', { config: { head_dim: 63 }, trainLength: 10, targetLength: 10 }, /head_dim must be a positive even integer.*got 63/],
    ['missing config', { config: undefined as unknown as RopeConfig, trainLength: 10, targetLength: 10 }, /config must be a RopeConfig object/],
  ])('rejects %s', (_name, args, message) => {
    expect(() => ropeRotations(args)).toThrow(message);
  });

  test('head_dim 1024 YaRN ×32: none out of range', () => {
    const config: RopeConfig = { head_dim: 1024, rope_scaling: { rope_type: 'yarn', factor: 32, original_max_position_embeddings: 4096 } };
    const out = ropeRotations({ config, trainLength: 4096, targetLength: 131072 });
    expect(out.ratio.length).toBe(512);
    expect(out.outOfRange).toBe(0);
  });
});

describe('ropeCosMap', () => {
  test('small maps are the exact cos(n·θ_i) table', () => {
    const out = ropeCosMap({ invFreq: [1, 0.5, 0.1], positions: 5 });
    expect([out.rows, out.cols]).toEqual([5, 3]);
    expect(Array.from(out.position)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(out.pair)).toEqual([0, 1, 2]);
    for (let n = 0; n < 5; n++) {
      [1, 0.5, 0.1].forEach((t, i) => expect(out.values[n * 3 + i]).toBe(Math.cos(n * t)));
    }
  });

  test('large maps are subsampled evenly to the caps, ends included', () => {
    const theta = ropeInvFreq({ head_dim: 512 }).invFreq;
    const out = ropeCosMap({ invFreq: theta, positions: 100000 });
    expect([out.rows, out.cols, out.values.length]).toEqual([512, 128, 512 * 128]);
    expect([out.position[0], out.position[511], out.pair[0], out.pair[127]]).toEqual([0, 99999, 0, 255]);
    expect(out.position.every((p, k) => k === 0 || p > out.position[k - 1])).toBe(true);
    expect(out.values[300 * 128 + 7]).toBe(Math.cos(out.position[300] * theta[out.pair[7]]));
    const narrow = ropeCosMap({ invFreq: theta, positions: 10, maxRows: 1, maxCols: 4 });
    expect([narrow.rows, narrow.cols, ...narrow.pair]).toEqual([1, 4, 0, 85, 170, 255]);
  });

  test.each<[string, Parameters<typeof ropeCosMap>[0], RegExp]>([
    ['zero positions', { invFreq: [1], positions: 0 }, /positions must be a positive integer ≤ 1000000000, got 0/],
    ['maxRows too big', { invFreq: [1], positions: 10, maxRows: 2048 }, /maxRows must be a positive integer ≤ 1024, got 2048/],
    ['maxCols 0', { invFreq: [1], positions: 10, maxCols: 0 }, /maxCols must be a positive integer ≤ 256, got 0/],
    ['infinite frequency', { invFreq: [1, Infinity], positions: 10 }, /invFreq\[1\] must be a finite number/],
  ])('rejects %s', (_name, args, message) => {
    expect(() => ropeCosMap(args)).toThrow(message);
  });

  test('the 512 × 128 default and the 1024 × 256 ceiling', () => {
    const theta = ropeInvFreq({ head_dim: 1024 }).invFreq;
    expect(ropeCosMap({ invFreq: theta, positions: 131072 }).values.length).toBe(512 * 128);
    const out = ropeCosMap({ invFreq: theta, positions: 131072, maxRows: 1024, maxCols: 256 });
    expect(out.values.length).toBe(1024 * 256);
    expect(out.values[1023 * 256 + 255]).toBe(Math.cos(131071 * theta[511]));
  });
});

test('ropeViews re-exports ropeDecay', () => {
  expect(ropeDecay({ invFreq: [0], maxDistance: 3, points: 4 }).value).toEqual(Float64Array.of(1, 1, 1, 1));
});
