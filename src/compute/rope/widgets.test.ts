import { describe, expect, test } from 'vitest';
import { ropeInvFreq } from './invFreq';
import { DECAY_METHODS, EXTENSION_METHODS, methodConfig, ropeCosMapFor, ropeDecayCompare, ropeExtension, type MethodSettings } from './widgets';
import { ropeDecayMany } from './decay';
import { ropeDecay, ropeRotations } from './pairs';

const maxDiff = (a: Float64Array, b: Float64Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);

const settings: MethodSettings = { base: 10000, dim: 64, trainLength: 4096, targetLength: 16384, factor: 4 };

describe('methodConfig', () => {
  test('maps each method to transformers rope_scaling keys, lengths from the training length', () => {
    expect(methodConfig('none', settings)).toEqual({ head_dim: 64, rope_theta: 10000 });
    expect(methodConfig('linear', settings).rope_scaling).toEqual({ rope_type: 'linear', factor: 4 });
    expect(methodConfig('dynamic', settings)).toMatchObject({ seq_len: 16384, rope_scaling: { original_max_position_embeddings: 4096 } });
    expect(methodConfig('yarn', settings).rope_scaling).toMatchObject({ beta_fast: 32, beta_slow: 1, original_max_position_embeddings: 4096 });
    expect(methodConfig('llama3', { ...settings, lowFreqFactor: 2, highFreqFactor: 8 }).rope_scaling)
      .toMatchObject({ low_freq_factor: 2, high_freq_factor: 8 });
    expect(() => methodConfig('bogus' as never, settings)).toThrow(/method must be one of/);
  });

  test('linear divides every frequency by the factor; ntk divides only the slowest by exactly the factor', () => {
    const plain = ropeInvFreq(methodConfig('none', settings)).invFreq;
    const linear = ropeInvFreq(methodConfig('linear', settings)).invFreq;
    const ntk = ropeInvFreq(methodConfig('ntk', settings)).invFreq;
    for (let i = 0; i < plain.length; i++) expect(linear[i]).toBeCloseTo(plain[i] / 4, 15);
    expect(ntk[0]).toBe(1);
    expect(ntk[31] / plain[31]).toBeCloseTo(1 / 4, 12);
  });

  test('every method gives a config ropeInvFreq accepts', () => {
    for (const m of EXTENSION_METHODS) expect(() => ropeInvFreq(methodConfig(m, settings))).not.toThrow();
  });
});

describe('ropeExtension', () => {
  test('is ropeRotations plus the NTK base b·s^(d/(d−2)) for the same lengths', () => {
    const config = methodConfig('yarn', settings);
    const out = ropeExtension({ config, trainLength: 4096, targetLength: 16384 });
    const rotations = ropeRotations({ config, trainLength: 4096, targetLength: 16384 });
    expect(out.targetRotations).toEqual(rotations.targetRotations);
    expect(out.criticalPair).toBe(rotations.criticalPair);
    expect(out.attentionFactor).toBeCloseTo(0.1 * Math.log(4) + 1, 14);
    expect(out.ntkBase).toBeCloseTo(10000 * 4 ** (64 / 62), 6);
    expect(out.config).toBe(config);
    // The method form builds the same config in the worker.
    const viaMethod = ropeExtension({ method: 'yarn', settings, trainLength: 4096, targetLength: 16384 });
    expect(viaMethod.config).toEqual(config);
    expect(viaMethod.targetRotations).toEqual(out.targetRotations);
  });

  test('compares each pair\'s stretch with PI, NTK-aware and YaRN at s = target/train; other layers turn within their window', () => {
    const config = methodConfig('llama3', settings);
    const layers = [{ layerType: 'sliding_attention', config: { head_dim: 64, rope_theta: 10000 }, window: 512 }];
    const out = ropeExtension({ config, layers, trainLength: 4096, targetLength: 16384 });
    expect(out.compare.factor).toBe(4);
    out.compare.model.forEach((v, i) => expect(v).toBeCloseTo(1 / out.ratio[i], 12));
    expect(out.compare.linear.every((v) => Math.abs(v - 4) < 1e-12)).toBe(true);
    // NTK-aware keeps the fastest pair and slows the slowest by exactly s.
    expect([out.compare.ntk![0], out.compare.ntk![31]].map((v) => Number(v.toFixed(12)))).toEqual([1, 4]);
    expect(out.compare.yarn).toEqual(ropeExtension({ method: 'yarn', settings, trainLength: 4096, targetLength: 16384 }).compare.model);
    expect(out.layers).toHaveLength(1);
    expect(out.layers[0]).toMatchObject({ layerType: 'sliding_attention', window: 512, base: 10000 });
    expect(out.layers[0].turns[0]).toBeCloseTo(512 / (2 * Math.PI), 12);
    // A target shorter than training: nothing to stretch, s = 1.
    expect(ropeExtension({ config, trainLength: 4096, targetLength: 1024 }).compare.factor).toBe(1);
  });

  test('no NTK base for d = 2, the base itself when the target is not longer', () => {
    expect(ropeExtension({ config: { head_dim: 2 }, trainLength: 10, targetLength: 20 }).ntkBase).toBeNull();
    expect(ropeExtension({ config: { head_dim: 8, rope_theta: 500 }, trainLength: 20, targetLength: 10 }).ntkBase).toBe(500);
  });
});

describe('ropeDecayCompare', () => {
  test('each curve is ropeDecay of that method at factor target/train', () => {
    const out = ropeDecayCompare({ base: 10000, dim: 32, trainLength: 256, targetLength: 2048, methods: DECAY_METHODS, points: 200 });
    expect(out.factor).toBe(8);
    expect(out.curves.map((c) => c.method)).toEqual([...DECAY_METHODS]);
    for (const curve of out.curves) {
      const { invFreq, attentionFactor } = ropeInvFreq(methodConfig(curve.method, { ...settings, dim: 32, trainLength: 256, targetLength: 2048, factor: 8 }));
      const direct = ropeDecay({ invFreq, maxDistance: 2048, points: 200 });
      expect(curve.distance).toEqual(direct.distance);
      for (const key of ['value', 'min', 'max'] as const) {
        expect(maxDiff(curve[key]!, direct[key])).toBeLessThan(1e-13);
      }
      expect(curve.attentionFactor).toBe(attentionFactor);
    }
    // s(0) = mean of cos 0 = 1 for every method.
    for (const curve of out.curves) expect(curve.value[0]).toBeCloseTo(1, 12);
    // PI divides every θ by 8, so its score at the target is plain RoPE's at the training length.
    const [none, linear] = out.curves;
    expect(linear.atTarget).toBeCloseTo(none.atTrain, 12);
    expect(none.atTrain).toBeCloseTo(Array.from(ropeInvFreq({ head_dim: 32 }).invFreq, (t) => Math.cos(256 * t)).reduce((a, b) => a + b) / 16, 14);
  });

  test('a target no longer than training means factor 1: every method equals plain RoPE', () => {
    const out = ropeDecayCompare({ base: 10000, dim: 16, trainLength: 512, targetLength: 256, methods: ['none', 'linear', 'ntk'], points: 50, spacing: 'log' });
    expect(out.factor).toBe(1);
    expect(out.curves[1].value).toEqual(out.curves[0].value);
    expect(out.curves[2].value).toEqual(out.curves[0].value);
  });

  test('without the envelope: the same distances and values, and no min/max', () => {
    const args = { base: 500000, dim: 256, trainLength: 8192, targetLength: 131072, methods: DECAY_METHODS, points: 800, spacing: 'log' as const };
    const full = ropeDecayCompare(args);
    const quick = ropeDecayCompare({ ...args, envelope: false });
    expect(quick.factor).toBe(full.factor);
    for (const [k, curve] of quick.curves.entries()) {
      expect(curve.distance).toEqual(full.curves[k].distance);
      expect(maxDiff(curve.value, full.curves[k].value)).toBeLessThan(1e-12);
      expect(curve.min).toBeNull();
      expect(curve.max).toBeNull();
      expect(curve.atTarget).toBe(full.curves[k].atTarget);
    }
    expect(() => ropeDecayCompare({ ...args, envelope: 'no' as never })).toThrow(/envelope must be true or false/);
  });

  test('names the bad argument', () => {
    const ok = { base: 10000, dim: 16, trainLength: 512, targetLength: 1024, methods: ['none'] as const, points: 50 };
    expect(() => ropeDecayCompare({ ...ok, dim: 15 })).toThrow(/dim must be even/);
    expect(() => ropeDecayCompare({ ...ok, base: 1 })).toThrow(/base/);
    expect(() => ropeDecayCompare({ ...ok, methods: ['dynamic' as never] })).toThrow(/methods may hold/);
    expect(() => ropeDecayCompare({ ...ok, targetLength: 0 })).toThrow(/targetLength/);
  });
});

describe('ropeDecayMany', () => {
  test('shared fast pairs are summed once, with ropeDecay\'s results for each list', () => {
    const plain = ropeInvFreq({ head_dim: 64 }).invFreq;
    const half = plain.map((t, i) => (i < 20 ? t : t / 2)); // shares its fast pairs with plain
    const twice = [...plain, ...plain.slice(0, 3)]; // a θ held twice counts twice
    for (const spacing of ['linear', 'log'] as const) {
      const many = ropeDecayMany({ invFreqs: [plain, half, twice], maxDistance: 5000, points: 300, spacing });
      [plain, half, twice].forEach((list, k) => {
        const one = ropeDecay({ invFreq: list, maxDistance: 5000, points: 300, spacing });
        expect(many[k].distanceEnd).toEqual(one.distanceEnd);
        for (const key of ['value', 'min', 'max'] as const) expect(maxDiff(many[k][key], one[key])).toBeLessThan(1e-13);
      });
    }
  });

  test('checks its arguments like ropeDecay', () => {
    expect(() => ropeDecayMany({ invFreqs: [[1, 0.1], []], maxDistance: 10, points: 5 })).toThrow(/invFreqs\[1\] must hold/);
    expect(() => ropeDecayMany({ invFreqs: [[1]], maxDistance: 0, points: 5 })).toThrow(/maxDistance/);
    expect(() => ropeDecayMany({ invFreqs: [[1]], maxDistance: 10, points: 5, spacing: 'cubic' as never })).toThrow(/spacing/);
    expect(ropeDecayMany({ invFreqs: [], maxDistance: 10, points: 5 })).toEqual([]);
  });
});

describe('ropeCosMapFor', () => {
  test('every position a row: nothing aliases, values are cos(n·θ′)', () => {
    const out = ropeCosMapFor({ method: 'linear', base: 10000, dim: 16, positions: 100, factor: 2, trainLength: 50 });
    expect(out.rows).toBe(100);
    expect(out.step).toBe(1);
    expect(out.aliased).toBe(0);
    const theta = ropeInvFreq({ head_dim: 16, rope_scaling: { rope_type: 'linear', factor: 2 } }).invFreq;
    expect(out.values[37 * out.cols + 3]).toBeCloseTo(Math.cos(37 * theta[3]), 14);
  });

  test('sampled rows: pairs turning more than π per row step are counted as aliased', () => {
    const out = ropeCosMapFor({ method: 'none', base: 10000, dim: 64, positions: 5121, factor: 1, trainLength: 5121, maxRows: 513 });
    expect(out.rows).toBe(513);
    expect(out.step).toBe(10);
    // θ_i·10 > π ⟺ θ_i > 0.314: θ_i = 10000^(−i/32), so i ≤ 4.
    expect(out.aliased).toBe(5);
  });
});
