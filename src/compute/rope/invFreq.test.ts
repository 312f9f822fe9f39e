import { describe, expect, test } from 'vitest';
import { ropeInvFreq, type RopeConfig, type RopeScaling } from './invFreq';
import { loadReference } from '../testing/reference';

interface RopeReference { config: RopeConfig; invFreq: number[]; attentionFactor: number }

/** Largest |a − b| / |b| over two equal-length lists. */
function maxRelError(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / Math.abs(expected[i]));
  }
  return worst;
}

const base = (head_dim: number, rope_theta: number) => ropeInvFreq({ head_dim, rope_theta }).invFreq;
const scaled = (head_dim: number, rope_theta: number, rope_scaling: RopeScaling, seq_len?: number) =>
  ropeInvFreq({ head_dim, rope_theta, rope_scaling, seq_len });

describe('ropeInvFreq against the shared reference (rope.json)', () => {
  const reference = loadReference<RopeReference[]>('rope.json');

  test('covers every rope_type of the contract', () => {
    const types = new Set(reference.map((r) => r.config.rope_scaling?.rope_type ?? 'default'));
    expect([...types].sort()).toEqual(['default', 'dynamic', 'linear', 'llama3', 'ntk', 'yarn']);
  });

  test.each(reference.map((r) => [r.config.rope_scaling?.rope_type ?? 'default', r] as const))(
    '%s agrees to 1e-9 relative',
    (_type, entry) => {
      const { invFreq, attentionFactor } = ropeInvFreq(entry.config);
      expect(invFreq).toBeInstanceOf(Float64Array);
      expect(maxRelError(invFreq, entry.invFreq)).toBeLessThan(1e-9);
      expect(Math.abs(attentionFactor - entry.attentionFactor) / entry.attentionFactor).toBeLessThan(1e-9);
    },
  );
});

describe('ropeInvFreq invariants', () => {
  test('default: θ_0 = 1, θ_i = base^(−2i/d), attentionFactor 1, rope_theta defaults to 10000', () => {
    const { invFreq, attentionFactor } = ropeInvFreq({ head_dim: 8 });
    expect(attentionFactor).toBe(1);
    expect(maxRelError(invFreq, [1, 0.1, 0.01, 0.001])).toBeLessThan(1e-15);
    // rope_type 'default' ignores a factor, as transformers does.
    expect(scaled(8, 10000, { rope_type: 'default', factor: 4 }).invFreq).toEqual(invFreq);
  });

  test('linear is the default divided by factor', () => {
    for (const factor of [0.5, 2, 8, 32]) {
      const { invFreq } = scaled(128, 500000, { rope_type: 'linear', factor });
      expect(maxRelError(invFreq, base(128, 500000).map((t) => t / factor))).toBeLessThan(1e-15);
    }
  });

  test('ntk keeps the fastest pair and divides the slowest by exactly factor', () => {
    // base′^(−(d−2)/d) = base^(−(d−2)/d) · factor^(−(d/(d−2))·((d−2)/d)) = θ_slowest / factor.
    for (const [d, theta, factor] of [[64, 10000, 4], [128, 1e6, 16], [4, 10000, 3]]) {
      const plain = base(d, theta);
      const { invFreq } = scaled(d, theta, { rope_type: 'ntk', factor });
      const last = d / 2 - 1;
      expect(invFreq[0]).toBe(1);
      expect(Math.abs(invFreq[last] - plain[last] / factor) / (plain[last] / factor)).toBeLessThan(1e-12);
      for (let i = 1; i < last; i++) {
        expect(invFreq[i]).toBeLessThan(plain[i]);
        expect(invFreq[i]).toBeGreaterThan(plain[i] / factor);
      }
    }
  });

  test('dynamic equals the default at or below the original length, and matches the NTK base change above it', () => {
    const rope_scaling: RopeScaling = { rope_type: 'dynamic', factor: 4, original_max_position_embeddings: 2048 };
    const plain = base(128, 10000);
    expect(scaled(128, 10000, rope_scaling).invFreq).toEqual(plain);
    expect(scaled(128, 10000, rope_scaling, 1).invFreq).toEqual(plain);
    expect(scaled(128, 10000, rope_scaling, 2048).invFreq).toEqual(plain);
    // At L = 3·2048 the base grows as NTK with α = factor·L/L₀ − (factor − 1) = 9.
    const dynamic = scaled(128, 10000, rope_scaling, 3 * 2048).invFreq;
    const ntk = scaled(128, 10000, { rope_type: 'ntk', factor: 9 }).invFreq;
    expect(maxRelError(dynamic, ntk)).toBeLessThan(1e-13);
  });

  // YaRN's rule (Peng et al. 2023, §3.2): pairs turning at least beta_fast times within the original
  // length keep θ_i; pairs turning at most beta_slow times get θ_i / factor.
  test.each([
    [128, 10000, 4096, 8, true],
    [128, 1e6, 32768, 4, true],
    [64, 10000, 2048, 16, false],
    [256, 500000, 8192, 32, true],
  ])('yarn d=%i base=%d L0=%i factor=%d truncate=%s: untouched fast pairs, interpolated slow pairs', (d, theta, L0, factor, truncate) => {
    const plain = base(d, theta);
    const { invFreq } = scaled(d, theta, { rope_type: 'yarn', factor, original_max_position_embeddings: L0, truncate });
    let fast = 0, slow = 0;
    for (let i = 0; i < plain.length; i++) {
      const rotations = (L0 * plain[i]) / (2 * Math.PI);
      if (rotations >= 32) { fast++; expect(invFreq[i]).toBe(plain[i]); }
      else if (rotations <= 1) { slow++; expect(Math.abs(invFreq[i] - plain[i] / factor) / invFreq[i]).toBeLessThan(1e-15); }
      else {
        expect(invFreq[i]).toBeLessThanOrEqual(plain[i]);
        expect(invFreq[i]).toBeGreaterThanOrEqual(plain[i] / factor * (1 - 1e-15));
      }
    }
    expect(fast).toBeGreaterThan(0);
    expect(slow).toBeGreaterThan(0);
  });

  test('yarn truncate=false ramps over fractional bounds, so some blend pairs differ from truncate=true', () => {
    const s: RopeScaling = { rope_type: 'yarn', factor: 8, original_max_position_embeddings: 4096 };
    const a = scaled(128, 10000, { ...s, truncate: true }).invFreq;
    const b = scaled(128, 10000, { ...s, truncate: false }).invFreq;
    expect(maxRelError(b, a)).toBeGreaterThan(1e-3);
  });

  test('yarn attention factor: 0.1·ln(factor) + 1, explicit attention_factor, mscale / mscale_all_dim', () => {
    const s: RopeScaling = { rope_type: 'yarn', factor: 40, original_max_position_embeddings: 4096 };
    const m = (scale: number, k: number) => 0.1 * k * Math.log(scale) + 1;
    expect(scaled(128, 10000, s).attentionFactor).toBeCloseTo(0.1 * Math.log(40) + 1, 15);
    expect(scaled(128, 10000, { ...s, attention_factor: 0.8 }).attentionFactor).toBe(0.8);
    expect(scaled(128, 10000, { ...s, mscale: 0.707, mscale_all_dim: 1 }).attentionFactor).toBeCloseTo(m(40, 0.707) / m(40, 1), 15);
    // DeepSeek-V3 sets both to 1: the ratio cancels to 1.
    expect(scaled(128, 10000, { ...s, mscale: 1, mscale_all_dim: 1 }).attentionFactor).toBe(1);
    // transformers treats a zero mscale as unset (`if mscale and mscale_all_dim`).
    expect(scaled(128, 10000, { ...s, mscale: 0, mscale_all_dim: 1 }).attentionFactor).toBeCloseTo(m(40, 1), 15);
    expect(scaled(128, 10000, { ...s, factor: 1 }).attentionFactor).toBe(1);
    expect(scaled(128, 10000, { ...s, factor: 0.5 }).attentionFactor).toBe(1);
  });

  test('llama3 keeps short wavelengths, divides long ones by factor, blends in between', () => {
    const s: RopeScaling = { rope_type: 'llama3', factor: 8, low_freq_factor: 1, high_freq_factor: 4, original_max_position_embeddings: 8192 };
    const plain = base(128, 500000);
    const { invFreq, attentionFactor } = scaled(128, 500000, s);
    expect(attentionFactor).toBe(1);
    const counts = [0, 0, 0];
    for (let i = 0; i < plain.length; i++) {
      const wavelength = (2 * Math.PI) / plain[i];
      if (wavelength < 8192 / 4) { counts[0]++; expect(invFreq[i]).toBe(plain[i]); }
      else if (wavelength > 8192 / 1) { counts[2]++; expect(Math.abs(invFreq[i] - plain[i] / 8) / invFreq[i]).toBeLessThan(1e-15); }
      else {
        counts[1]++;
        expect(invFreq[i]).toBeLessThan(plain[i]);
        expect(invFreq[i]).toBeGreaterThan(plain[i] / 8);
      }
    }
    expect(counts.every((c) => c > 0)).toBe(true);
  });
});

describe('LongRoPE, proportional, and llama3 with an empty blend', () => {
  const s: RopeScaling = { rope_type: 'longrope', factor: 16, original_max_position_embeddings: 2048, short_factor: [1, 1.5, 3, 4], long_factor: [1, 4, 12, 16] };

  test('longrope divides θ_i by its own factor: short_factor up to the original length, long_factor past it', () => {
    const plain = base(8, 10000);
    for (const [seq_len, list] of [[undefined, s.short_factor!], [2048, s.short_factor!], [2049, s.long_factor!]] as const) {
      const { invFreq, attentionFactor } = scaled(8, 10000, s, seq_len);
      expect(maxRelError(invFreq, plain.map((t, i) => t / list[i]))).toBeLessThan(1e-15);
      // √(1 + ln 16 / ln 2048) = √(1 + 4/11): the same at every length, as transformers sets it once.
      expect(attentionFactor).toBeCloseTo(Math.sqrt(15 / 11), 15);
    }
    expect(scaled(8, 10000, { ...s, attention_factor: 1.5 }).attentionFactor).toBe(1.5);
    expect(scaled(8, 10000, { ...s, factor: 1 }).attentionFactor).toBe(1);
  });

  test('proportional keeps the first ⌊p·d/2⌋ pairs at base^(−2i/d) over the whole head and zeroes the rest', () => {
    const plain = base(16, 10000);
    const { invFreq } = scaled(16, 10000, { rope_type: 'proportional', partial_rotary_factor: 0.3, factor: 2 });
    // ⌊0.3·16/2⌋ = 2 rotated pairs (Python's int(0.3 * 16 // 2)).
    expect(Array.from(invFreq)).toEqual([plain[0] / 2, plain[1] / 2, 0, 0, 0, 0, 0, 0]);
    expect(scaled(16, 10000, { rope_type: 'proportional' }).invFreq).toEqual(plain);
  });

  test('llama3 with high_freq_factor ≤ low_freq_factor: kept up to L/low, divided beyond, nothing blended', () => {
    const plain = base(128, 500000);
    for (const [low, high] of [[1, 1], [2, 1]]) {
      const { invFreq } = scaled(128, 500000, { rope_type: 'llama3', factor: 16, low_freq_factor: low, high_freq_factor: high, original_max_position_embeddings: 8192 });
      for (let i = 0; i < 64; i++) {
        expect(invFreq[i]).toBe((2 * Math.PI) / plain[i] > 8192 / low ? plain[i] / 16 : plain[i]);
      }
    }
  });
});

describe('ropeInvFreq rejects bad input with a message naming the argument', () => {
  const ok: RopeScaling = { rope_type: 'yarn', factor: 4, original_max_position_embeddings: 4096 };
  const longrope: RopeScaling = { rope_type: 'longrope', factor: 8, original_max_position_embeddings: 1024, short_factor: [1, 1.5], long_factor: [2, 4] };
  test.each<[string, RopeConfig, RegExp]>([
    ['odd head_dim', { head_dim: 127 }, /head_dim must be a positive even integer.*got 127/],
    ['zero head_dim', { head_dim: 0 }, /head_dim must be a positive even integer.*got 0/],
    ['negative head_dim', { head_dim: -64 }, /head_dim.*got -64/],
    ['fractional head_dim', { head_dim: 64.5 }, /head_dim.*got 64.5/],
    ['string head_dim', { head_dim: '128' as unknown as number }, /head_dim.*got '128'/],
    ['rope_theta 1', { head_dim: 64, rope_theta: 1 }, /rope_theta must be a finite number greater than 1, got 1/],
    ['rope_theta NaN', { head_dim: 64, rope_theta: NaN }, /rope_theta.*got NaN/],
    ['seq_len negative', { head_dim: 64, seq_len: -5 }, /seq_len must be a positive integer, got -5/],
    ['unknown rope_type', { head_dim: 64, rope_scaling: { rope_type: 'xpos' as 'yarn' } }, /rope_scaling.rope_type must be one of default, linear, ntk, dynamic, yarn, llama3, longrope, proportional, got 'xpos'/],
    ['longrope without original length', { head_dim: 4, rope_scaling: { rope_type: 'longrope', factor: 2, short_factor: [1, 1], long_factor: [1, 2] } }, /original_max_position_embeddings.*required for rope_type 'longrope'/],
    ['longrope without long_factor', { head_dim: 4, rope_scaling: { ...longrope, long_factor: undefined } }, /rope_scaling.long_factor is required for rope_type 'longrope'/],
    ['longrope list of the wrong length', { head_dim: 8, rope_scaling: longrope }, /rope_scaling.short_factor must hold one factor per rotated pair, 4 here \(head_dim \/ 2\), got 2/],
    ['longrope zero factor in a list', { head_dim: 4, rope_scaling: { ...longrope, long_factor: [1, 0] } }, /rope_scaling.long_factor\[1\] must be a finite number greater than 0, got 0/],
    ['longrope neither factor nor attention_factor', { head_dim: 4, rope_scaling: { ...longrope, factor: undefined } }, /rope_scaling.factor \(or attention_factor\) is required for rope_type 'longrope'/],
    ['proportional share above 1', { head_dim: 8, rope_scaling: { rope_type: 'proportional', partial_rotary_factor: 1.5 } }, /partial_rotary_factor must be a number from 0 to 1, got 1.5/],
    ['rope_scaling not an object', { head_dim: 64, rope_scaling: 'yarn' as unknown as RopeScaling }, /rope_scaling must be an object/],
    ['linear without factor', { head_dim: 64, rope_scaling: { rope_type: 'linear' } }, /rope_scaling.factor is required for rope_type 'linear'/],
    ['zero factor', { head_dim: 64, rope_scaling: { rope_type: 'linear', factor: 0 } }, /rope_scaling.factor must be a finite number greater than 0, got 0/],
    ['negative factor', { head_dim: 64, rope_scaling: { rope_type: 'ntk', factor: -2 } }, /rope_scaling.factor.*got -2/],
    ['ntk with head_dim 2', { head_dim: 2, rope_scaling: { rope_type: 'ntk', factor: 2 } }, /head_dim must be at least 4 for rope_type 'ntk'/],
    ['dynamic without original length', { head_dim: 64, rope_scaling: { rope_type: 'dynamic', factor: 2 } }, /original_max_position_embeddings.*required for rope_type 'dynamic'/],
    ['yarn without original length', { head_dim: 64, rope_scaling: { rope_type: 'yarn', factor: 2 } }, /original_max_position_embeddings.*required for rope_type 'yarn'/],
    ['yarn fractional original length', { head_dim: 64, rope_scaling: { ...ok, original_max_position_embeddings: 4096.5 } }, /original_max_position_embeddings must be a positive integer, got 4096.5/],
    ['yarn beta_fast < beta_slow', { head_dim: 64, rope_scaling: { ...ok, beta_fast: 1, beta_slow: 32 } }, /beta_fast \(1\) must be at least beta_slow \(32\)/],
    ['yarn negative beta_slow', { head_dim: 64, rope_scaling: { ...ok, beta_slow: -1 } }, /rope_scaling.beta_slow must be a finite number greater than 0, got -1/],
    ['yarn truncate not boolean', { head_dim: 64, rope_scaling: { ...ok, truncate: 'yes' as unknown as boolean } }, /rope_scaling.truncate must be true or false, got 'yes'/],
    ['yarn negative mscale', { head_dim: 64, rope_scaling: { ...ok, mscale: -1 } }, /rope_scaling.mscale must be a finite number of at least 0, got -1/],
    ['yarn zero attention_factor', { head_dim: 64, rope_scaling: { ...ok, attention_factor: 0 } }, /rope_scaling.attention_factor.*got 0/],
    ['llama3 without original length', { head_dim: 64, rope_scaling: { rope_type: 'llama3', factor: 8, low_freq_factor: 1, high_freq_factor: 4 } }, /original_max_position_embeddings.*required for rope_type 'llama3'/],
    ['llama3 without low_freq_factor', { head_dim: 64, rope_scaling: { rope_type: 'llama3', factor: 8, high_freq_factor: 4, original_max_position_embeddings: 8192 } }, /rope_scaling.low_freq_factor is required for rope_type 'llama3'/],
  ])('%s', (_name, config, message) => {
    expect(() => ropeInvFreq(config)).toThrow(message);
  });

  test('a non-object config', () => {
    expect(() => ropeInvFreq(null as unknown as RopeConfig)).toThrow(/config must be an object, got null/);
  });
});
