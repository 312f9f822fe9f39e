/**
 * Where the extension widget's model comes from: a pasted config.json, else a published preset, else
 * the controls. Pure and quick (the config parser and a few checks, microseconds), so the view resolves
 * it on every input and only sends a valid model to the worker; a problem comes back with the control
 * it belongs to, and the last good plot stays.
 */
import type { ExtensionMethod, ExtensionModel } from '../../compute/rope/widgets';
import { parseRopeConfig, ropeConfigFromObject, type ParsedRopeConfig, type RopeConfigFallback, type RopePreset } from '../../compute/rope/config';
import type { ParamValues } from '../../core/params';
import { msg } from './messages';
import { presetBySlug } from './presets';
import type { ropeExtensionSpec } from './spec';
import { readerErrorText } from '../../ui/errorText';

export type ExtensionValues = ParamValues<typeof ropeExtensionSpec.params>;
type Key = keyof ExtensionValues;

/** Controls a pasted bare rope_scaling block may lean on (the parser's fallback). */
export type FallbackKey = 'dim' | 'base' | 'trainLength';

export type Source =
  | {
      ok: true;
      kind: 'controls' | 'preset' | 'paste';
      /** What the worker evaluates: the parsed config, or the method on the controls. */
      model: ExtensionModel;
      trainLength: number;
      targetLength: number;
      warnings: string[];
      /** The parsed config of a preset or paste (what "Copy into the controls" copies). */
      parsed?: ParsedRopeConfig;
      preset?: RopePreset;
      /** For a paste: the controls it took values from (only these still matter). */
      fallbacks: FallbackKey[];
    }
  | { ok: false; key: Key; message: string };

/** Controls each method reads, besides base, d and the two lengths. */
export const METHOD_KEYS: Record<ExtensionMethod, Key[]> = {
  none: [],
  linear: ['factor'],
  ntk: ['factor'],
  dynamic: ['factor'],
  yarn: ['factor', 'betaFast', 'betaSlow'],
  llama3: ['factor', 'lowFreqFactor', 'highFreqFactor'],
};

/** A refusal in the reader's language (the config parsers' are coded). */
const message = readerErrorText;

/** The model to draw for these widget values, or the control to flag and why. */
export function resolveSource(v: ExtensionValues): Source {
  if (v.config.trim() !== '') return fromPaste(v);
  const preset = presetBySlug(v.preset);
  if (preset) {
    try {
      return { ok: true, kind: 'preset', preset, fallbacks: [], ...fromParsed(ropeConfigFromObject(preset.config)) };
    } catch (e) {
      return { ok: false, key: 'preset', message: `${preset.name}: ${message(e)}` };
    }
  }
  return fromControls(v);
}

function fromControls(v: ExtensionValues): Source {
  const method = v.method as ExtensionMethod;
  if (method === 'yarn' && v.betaFast < v.betaSlow) {
    return { ok: false, key: 'betaFast', message: msg.betaOrder(v.betaFast, v.betaSlow) };
  }
  if (method === 'llama3' && v.highFreqFactor <= v.lowFreqFactor) {
    return { ok: false, key: 'highFreqFactor', message: msg.llamaOrder(v.highFreqFactor, v.lowFreqFactor) };
  }
  // Ranges, evenness and positivity come from the spec; ropeInvFreq checks the rest in the worker.
  const settings = {
    base: v.base, dim: v.dim, trainLength: v.trainLength, targetLength: v.targetLength, factor: v.factor,
    betaFast: v.betaFast, betaSlow: v.betaSlow, lowFreqFactor: v.lowFreqFactor, highFreqFactor: v.highFreqFactor,
  };
  return {
    ok: true, kind: 'controls', model: { method, settings }, trainLength: v.trainLength, targetLength: v.targetLength,
    warnings: [], fallbacks: [],
  };
}

function fromParsed(p: ParsedRopeConfig) {
  // The other layer types' RoPEs ride along (the first entry of p.layers is p.config itself).
  const layers = (p.layers ?? []).slice(1).map((l) => ({ layerType: l.layerType, config: l.config, ...(l.window !== undefined ? { window: l.window } : {}) }));
  const model = layers.length > 0 ? { config: p.config, layers } : { config: p.config };
  return { model, trainLength: p.trainLength, targetLength: p.targetLength, warnings: p.warnings, parsed: p };
}

function fromPaste(v: ExtensionValues): Source {
  const fallback: RopeConfigFallback = { head_dim: v.dim, rope_theta: v.base, trainLength: v.trainLength };
  let json: unknown;
  try {
    json = JSON.parse(v.config);
  } catch {
    // parseRopeConfig words the syntax error with its line and column.
    try {
      parseRopeConfig(v.config, fallback);
    } catch (e) {
      return { ok: false, key: 'config', message: message(e) };
    }
  }
  let parsed: ParsedRopeConfig;
  try {
    parsed = ropeConfigFromObject(json, fallback);
  } catch (e) {
    return { ok: false, key: 'config', message: message(e) };
  }
  return { ok: true, kind: 'paste', ...fromParsed(parsed), fallbacks: fallbacksUsed(json, fallback, parsed) };
}

/** Which fallback values the result depends on: change each one and see whether the result moves. */
function fallbacksUsed(json: unknown, fallback: RopeConfigFallback, ref: ParsedRopeConfig): FallbackKey[] {
  const probes: [FallbackKey, RopeConfigFallback, (p: ParsedRopeConfig) => unknown][] = [
    ['dim', { head_dim: fallback.head_dim! * 2 }, (p) => p.config.head_dim],
    ['base', { rope_theta: fallback.rope_theta! * 2 }, (p) => p.config.rope_theta],
    ['trainLength', { trainLength: fallback.trainLength! + 1 }, (p) => `${p.trainLength} ${p.targetLength}`],
  ];
  return probes
    .filter(([, change, read]) => {
      try {
        return read(ropeConfigFromObject(json, { ...fallback, ...change })) !== read(ref);
      } catch {
        return true;
      }
    })
    .map(([key]) => key);
}

/** rope_types the method control offers (LongRoPE's per-pair lists and proportional's zeroed pairs it cannot hold). */
const CONTROL_METHODS: readonly string[] = ['linear', 'ntk', 'dynamic', 'yarn', 'llama3'];

/** Control values that reproduce a parsed config, and the keys the controls cannot hold. */
export function controlValuesFrom(p: ParsedRopeConfig): { values: Partial<ExtensionValues>; dropped: string[] } {
  const s = p.config.rope_scaling;
  const type = s?.rope_type ?? 'default';
  if (type !== 'default' && !CONTROL_METHODS.includes(type)) {
    const what = type === 'longrope' ? "rope_type 'longrope' (its per-pair short_factor and long_factor)" : `rope_type '${type}'`;
    return {
      values: { method: 'none', base: p.config.rope_theta ?? 10000, dim: p.config.head_dim, trainLength: p.trainLength, targetLength: p.targetLength },
      dropped: [what],
    };
  }
  const values: Partial<ExtensionValues> = {
    method: !s || s.rope_type === 'default' ? 'none' : (s.rope_type as ExtensionValues['method']),
    base: p.config.rope_theta ?? 10000,
    dim: p.config.head_dim,
    trainLength: p.trainLength,
    targetLength: p.targetLength,
  };
  const dropped: string[] = [];
  if (s && s.rope_type !== 'default') {
    if (s.factor !== undefined) values.factor = s.factor;
    if (s.rope_type === 'yarn') {
      values.betaFast = s.beta_fast ?? 32;
      values.betaSlow = s.beta_slow ?? 1;
      for (const k of ['mscale', 'mscale_all_dim', 'attention_factor'] as const) if (s[k] !== undefined) dropped.push(k);
      if (s.truncate === false) dropped.push('truncate');
    }
    if (s.rope_type === 'llama3') {
      values.lowFreqFactor = s.low_freq_factor;
      values.highFreqFactor = s.high_freq_factor;
    }
  }
  return { values, dropped };
}
