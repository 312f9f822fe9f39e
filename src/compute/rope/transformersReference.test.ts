// Every preset and a few edge-case configs, parsed here and evaluated by ropeInvFreq, against values
// computed independently in Python: reference/transformers_rope.py re-implements transformers 5.x's
// config defaults, standardize_rope_params and ROPE_INIT_FUNCTIONS in float64 numpy and wrote
// reference/transformers-reference.json (run once by hand with numpy 2.4; the project never runs it).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ropeInvFreq, type RopeConfig } from './invFreq';
import { ropeConfigFromObject, ROPE_PRESETS, type ParsedRopeConfig } from './config';

interface LayerValues { layerType: string; seqLen: number | null; invFreq: number[]; attentionFactor: number }
interface Reference {
  presets: { name: string; layers: LayerValues[] }[];
  cases: { name: string; config: Record<string, unknown>; layers: LayerValues[] }[];
}

const reference = JSON.parse(readFileSync(resolve(import.meta.dirname, 'reference', 'transformers-reference.json'), 'utf8')) as Reference;

/** Largest relative difference; a zero (a pair proportional RoPE leaves unrotated) must match exactly. */
function worstRelative(actual: ArrayLike<number>, expected: number[]): number {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    if (expected[i] === 0) expect(actual[i]).toBe(0);
    else worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / Math.abs(expected[i]));
  }
  return worst;
}

function layerConfig(parsed: ParsedRopeConfig, layerType: string): RopeConfig {
  if (layerType === '') return parsed.config;
  const layer = parsed.layers?.find((l) => l.layerType === layerType);
  if (layer === undefined) throw new Error(`the parser found no ${layerType} layers`);
  return layer.config;
}

function check(parsed: ParsedRopeConfig, values: LayerValues): void {
  const config = { ...layerConfig(parsed, values.layerType), seq_len: values.seqLen ?? undefined };
  const { invFreq, attentionFactor } = ropeInvFreq(config);
  expect(worstRelative(invFreq, values.invFreq)).toBeLessThanOrEqual(1e-9);
  expect(Math.abs(attentionFactor - values.attentionFactor) / values.attentionFactor).toBeLessThanOrEqual(1e-9);
}

const label = (v: LayerValues) => `${v.layerType || 'all layers'} at ${v.seqLen === null ? 'load' : `seq_len ${v.seqLen}`}`;

describe('every preset gives transformers 5 inverse frequencies and attention factor (1e-9 relative)', () => {
  test('the reference covers every preset', () => {
    expect(reference.presets.map((p) => p.name)).toEqual(ROPE_PRESETS.map((p) => p.name));
  });
  for (const preset of reference.presets) {
    test.each(preset.layers.map((v) => [label(v), v] as const))(`${preset.name}: %s`, (_label, values) => {
      const config = ROPE_PRESETS.find((p) => p.name === preset.name)!.config;
      check(ropeConfigFromObject(config), values);
    });
  }
});

describe('edge cases read as transformers 5 reads them', () => {
  for (const c of reference.cases) {
    test.each(c.layers.map((v) => [label(v), v] as const))(`${c.name}: %s`, (_label, values) => {
      check(ropeConfigFromObject(c.config), values);
    });
  }
});
