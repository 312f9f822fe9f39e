import { describe, expect, test } from 'vitest';
import { methodConfig } from '../../compute/rope/widgets';
import type { ParsedRopeConfig } from '../../compute/rope/config';
import { ROPE_PRESETS } from '../../compute/rope/presets';
import { defaultValues } from '../../core/params';
import { presetBySlug, presetSlug } from './presets';
import { controlValuesFrom, resolveSource, type ExtensionValues } from './source';
import { ropeExtensionSpec } from './spec';

/** The parsed config behind a preset or paste source. */
function parsedOf(v: ExtensionValues): ParsedRopeConfig {
  const s = resolveSource(v);
  if (!s.ok || !s.parsed) throw new Error('expected a parsed config');
  return s.parsed;
}

const defaults = defaultValues(ropeExtensionSpec.params) as ExtensionValues;
const values = (over: Partial<ExtensionValues>): ExtensionValues => ({ ...defaults, ...over });

describe('presets', () => {
  test('every preset has a URL-safe slug that finds it again, and is an option of the spec', () => {
    const options = ropeExtensionSpec.params.preset.options.map((o) => o.value);
    for (const p of ROPE_PRESETS) {
      const slug = presetSlug(p.name);
      expect(slug).toMatch(/^[a-z0-9.-]+$/);
      expect(presetBySlug(slug)).toBe(p);
      expect(options).toContain(slug);
    }
    expect(presetSlug('Llama 3.1 8B')).toBe('llama-3.1-8b');
  });
});

describe('resolveSource', () => {
  test('controls: the method config with the two lengths', () => {
    const s = resolveSource(values({ method: 'llama3', factor: 8, trainLength: 8192, targetLength: 131072 }));
    expect(s).toMatchObject({ ok: true, kind: 'controls', trainLength: 8192, targetLength: 131072, warnings: [] });
    if (s.ok) expect(s.model).toMatchObject({ method: 'llama3', settings: { factor: 8, trainLength: 8192, base: 10000, dim: 128 } });
  });

  test('controls that contradict each other name the one to fix', () => {
    expect(resolveSource(values({ method: 'yarn', betaFast: 0.5, betaSlow: 1 }))).toMatchObject({ ok: false, key: 'betaFast' });
    expect(resolveSource(values({ method: 'llama3', lowFreqFactor: 4, highFreqFactor: 4 }))).toMatchObject({ ok: false, key: 'highFreqFactor' });
    // The other method's settings do not matter.
    expect(resolveSource(values({ method: 'linear', betaFast: 0.5 })).ok).toBe(true);
  });

  test('a preset is read with its warnings and citation; a paste wins over it', () => {
    const s = resolveSource(values({ preset: 'llama-2-7b' }));
    expect(s).toMatchObject({ ok: true, kind: 'preset', trainLength: 4096, targetLength: 4096 });
    if (s.ok) {
      expect(s.preset?.citation).toMatch(/Llama-2-7b/);
      expect(s.warnings.join(' ')).toMatch(/LlamaConfig defaults, not another family's: rope_theta 10,000/);
    }
    const pasted = resolveSource(values({ preset: 'llama-2-7b', config: '{"head_dim": 64, "max_position_embeddings": 2048}' }));
    expect(pasted).toMatchObject({ ok: true, kind: 'paste', trainLength: 2048 });
  });

  test('Gemma 3 sends its sliding-window RoPE along; LongRoPE cannot be copied into the method control', () => {
    const gemma = resolveSource(values({ preset: 'gemma-3-4b' }));
    expect(gemma.ok && gemma.model).toEqual({
      config: { head_dim: 256, rope_theta: 1e6, rope_scaling: { rope_type: 'linear', factor: 8, original_max_position_embeddings: 16384 } },
      layers: [{ layerType: 'sliding_attention', config: { head_dim: 256, rope_theta: 10000 }, window: 1024 }],
    });
    const phi = resolveSource(values({ preset: 'phi-3.5-mini' }));
    if (!phi.ok || !phi.parsed) throw new Error('the Phi-3.5 preset must parse');
    expect(controlValuesFrom(phi.parsed)).toEqual({
      values: { method: 'none', base: 10000, dim: 96, trainLength: 4096, targetLength: 131072 },
      dropped: ["rope_type 'longrope' (its per-pair short_factor and long_factor)"],
    });
  });

  test('a full config.json leans on no control; a bare rope_scaling block on d, b and the training length', () => {
    const full = resolveSource(values({ config: JSON.stringify(ROPE_PRESETS[2].config) }));
    expect(full).toMatchObject({ ok: true, kind: 'paste', fallbacks: [] });
    const bare = resolveSource(values({ config: '{"rope_type": "linear", "factor": 2}', dim: 64, base: 500 }));
    expect(bare).toMatchObject({ ok: true, fallbacks: ['dim', 'base', 'trainLength'], trainLength: 4096, targetLength: 8192 });
    if (bare.ok) expect(bare.model).toMatchObject({ config: { head_dim: 64, rope_theta: 500 } });
    const withTheta = resolveSource(values({ config: '{"rope_type": "yarn", "factor": 4, "original_max_position_embeddings": 2048, "rope_theta": 1e6}' }));
    expect(withTheta).toMatchObject({ ok: true, fallbacks: ['dim'] });
  });

  test('bad pastes come back for the paste box, naming the field or the spot', () => {
    expect(resolveSource(values({ config: '{"rope_scaling": {"rope_type": "yarn"}}' })))
      .toEqual({ ok: false, key: 'config', message: "rope_scaling.factor is required for rope_type 'yarn'" });
    const syntax = resolveSource(values({ config: '{"a": 1,}' }));
    expect(syntax).toMatchObject({ ok: false, key: 'config' });
    if (!syntax.ok) expect(syntax.message).toMatch(/not valid JSON: trailing comma before \} at line 1, column 9/);
    expect(resolveSource(values({ config: '"hello"' }))).toMatchObject({ ok: false, key: 'config' });
    expect(resolveSource(values({ config: '   ' })).ok).toBe(true); // blank means "not pasted"
  });
});

describe('controlValuesFrom', () => {
  test('round-trips a preset through the controls', () => {
    const s = parsedOf(values({ preset: 'llama-3.1-8b' }));
    const { values: v, dropped } = controlValuesFrom(s);
    expect(dropped).toEqual([]);
    expect(v).toEqual({ method: 'llama3', base: 500000, dim: 128, trainLength: 8192, targetLength: 131072, factor: 8, lowFreqFactor: 1, highFreqFactor: 4 });
    const again = resolveSource(values(v));
    if (!again.ok || !('method' in again.model)) throw new Error('expected the controls');
    expect(methodConfig(again.model.method, again.model.settings)).toEqual(s.config);
  });

  test('lists the YaRN keys the controls cannot hold', () => {
    const s = parsedOf(values({ config: JSON.stringify({ head_dim: 64, max_position_embeddings: 163840, rope_scaling: { type: 'yarn', factor: 40, original_max_position_embeddings: 4096, mscale: 1, mscale_all_dim: 1 } }) }));
    const { values: v, dropped } = controlValuesFrom(s);
    expect(v).toMatchObject({ method: 'yarn', factor: 40, betaFast: 32, betaSlow: 1, trainLength: 4096, targetLength: 163840 });
    expect(dropped).toEqual(['mscale', 'mscale_all_dim']);
  });

  test('plain RoPE becomes method none', () => {
    expect(controlValuesFrom(parsedOf(values({ preset: 'code-llama-7b' }))).values).toMatchObject({ method: 'none', base: 1000000, trainLength: 16384 });
  });
});
