// Which rope block a config.json means, and which rope_type, read as transformers 5.x reads them
// (`RotaryEmbeddingConfigMixin.convert_rope_params_to_dict` / `standardize_rope_params`, and the
// config classes that override them: Gemma3TextConfig, Phi3Config, the Qwen-VL family).
import { ROPE_TYPES, type RopeType } from './invFreq';
import type { RopeFamily } from './families';
import { fail, shown } from '../errors';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** One rope block per layer type ('' when the whole model shares one), before type resolution. */
export interface RawBlocks { nested: boolean; blocks: { layerType: string; block: Json | null }[] }

const LAYER_LABELS = ['full_attention', 'sliding_attention', 'chunked_attention'];

/**
 * The rope block(s): `rope_scaling` replaces `rope_parameters` when set (`rope_scaling or
 * rope_parameters`); one block per layer type when every key is a layer type; Gemma 3's class builds
 * both layer types itself (rope_scaling goes to full_attention; rope_local_base_freq is the sliding base);
 * a class default (gpt-oss's YaRN) when the config has none.
 */
export function ropeBlocks(top: Json, family: RopeFamily | undefined, warnings: string[]): RawBlocks {
  const scaling = objectOrNull(top, 'rope_scaling');
  const params = objectOrNull(top, 'rope_parameters');
  if (family?.local) return gemmaBlocks(top, family, scaling, params);
  const scalingSet = scaling !== null && Object.keys(scaling).length > 0;
  if (scalingSet && params !== null) {
    warnings.push('The config has both rope_scaling and rope_parameters: transformers 5 reads rope_scaling (it replaces rope_parameters when set).');
  }
  let block = scalingSet ? scaling : params;
  if (block === null && family?.rope_block) {
    block = { ...family.rope_block };
    warnings.push(`No rope_scaling: transformers' ${family.className} default applies (${describeBlock(block)}).`);
  }
  if (block === null) return { nested: false, blocks: [{ layerType: '', block: null }] };
  const labels = new Set([...LAYER_LABELS, ...(Array.isArray(top.layer_types) ? top.layer_types.filter((t) => typeof t === 'string') : [])]);
  const keys = Object.keys(block);
  const nested = keys.length > 0 && !('rope_type' in block) && !('type' in block) && keys.every((k) => labels.has(k));
  if (!nested) return { nested: false, blocks: [{ layerType: '', block }] };
  const blocks = keys.map((layerType) => {
    const b = block[layerType];
    if (b !== null && !isObject(b)) fail('configBlockNotObject', `rope_parameters.${layerType}`, shown(b));
    return { layerType, block: b === null ? null : { ...b } };
  });
  return { nested: true, blocks: primaryFirst(blocks) };
}

function gemmaBlocks(top: Json, family: RopeFamily, scaling: Json | null, params: Json | null): RawBlocks {
  const local = family.local!;
  const given = params ?? {};
  const full: Json = { rope_type: 'default', ...(isObject(given.full_attention) ? given.full_attention : {}) };
  const sliding: Json = { rope_type: 'default', ...(isObject(given.sliding_attention) ? given.sliding_attention : {}) };
  if (scaling !== null) Object.assign(full, scaling);
  if (full.rope_theta === undefined) full.rope_theta = top.rope_theta ?? family.rope_theta;
  if (sliding.rope_theta === undefined) sliding.rope_theta = top.rope_local_base_freq ?? local.rope_theta;
  return { nested: true, blocks: [{ layerType: 'full_attention', block: full }, { layerType: 'sliding_attention', block: sliding }] };
}

function primaryFirst<T extends { layerType: string }>(blocks: T[]): T[] {
  const i = blocks.findIndex((b) => b.layerType === 'full_attention');
  return i <= 0 ? blocks : [blocks[i], ...blocks.slice(0, i), ...blocks.slice(i + 1)];
}

function objectOrNull(top: Json, key: string): Json | null {
  const value = top[key];
  if (value === undefined || value === null) return null;
  if (!isObject(value)) fail('configBlockNotObject', key, shown(value));
  return { ...value };
}

function describeBlock(block: Json): string {
  return Object.entries(block).map(([k, v]) => `${k} ${String(v)}`).join(', ');
}

/** transformers' rope types this notebook computes (ROPE_INIT_FUNCTIONS of 5.x, plus default and our ntk). */
const SUPPORTED: readonly string[] = ROPE_TYPES;

/** rope_type of a block, legacy names mapped as transformers maps them; throws naming a type it cannot compute. */
export function resolveType(block: Json | null, modelType: string | undefined, warnings: string[], where = 'rope_scaling'): RopeType {
  if (block === null) return 'default';
  const { rope_type: ropeType, type: legacy } = block;
  if (ropeType !== undefined && legacy !== undefined && ropeType !== legacy) {
    warnings.push(`${where} has rope_type '${String(ropeType)}' and legacy type '${String(legacy)}'; rope_type wins, as in transformers.`);
  }
  const type = ropeType ?? legacy ?? 'default';
  if (typeof type !== 'string') fail('ropeTypeNotString', where, shown(type));
  if (type === 'su' || (type === 'yarn' && modelType === 'phi3')) {
    warnings.push(`rope_type '${type}' is read as 'longrope', as transformers' Phi3Config renames the legacy '${type}'.`);
    return 'longrope';
  }
  if (type === 'mrope') {
    warnings.push("rope_type 'mrope' is read as 'default', as transformers' Qwen-VL configs rename it: mrope_section splits the pairs among time, height and width positions, which are all the token's position in text.");
    return 'default';
  }
  if (type === 'axial') {
    fail('ropeTypeAxial', where);
  }
  if (!SUPPORTED.includes(type)) {
    fail('ropeTypeUnknown', where, type, [...SUPPORTED]);
  }
  if (type === 'ntk') warnings.push("rope_type 'ntk' is not a transformers type; it is read as the fixed NTK-aware base change base·factor^(d/(d−2)).");
  return type as RopeType;
}

/** Keys each type reads (transformers' `_validate_*_rope_parameters` required and optional keys). */
export const USED: Record<RopeType, string[]> = {
  default: [],
  linear: ['factor'],
  ntk: ['factor'],
  dynamic: ['factor'],
  yarn: ['factor', 'original_max_position_embeddings', 'beta_fast', 'beta_slow', 'mscale', 'mscale_all_dim', 'attention_factor', 'truncate'],
  llama3: ['factor', 'original_max_position_embeddings', 'low_freq_factor', 'high_freq_factor'],
  longrope: ['short_factor', 'long_factor', 'factor', 'attention_factor', 'original_max_position_embeddings'],
  proportional: ['factor', 'partial_rotary_factor'],
};

/** Keys some model classes keep in the rope block and tell transformers' validation to ignore. */
const MODEL_KEYS: Record<string, string> = {
  llama_4_scaling_beta: 'Ministral 3 query scale (see below)',
  mrope_section: 'Qwen-VL multimodal position split',
  mrope_interleaved: 'Qwen-VL multimodal position split',
  interleaved: 'Qwen-VL multimodal position split',
};
const COMMON = new Set(['rope_type', 'type', 'rope_theta', 'partial_rotary_factor']);
const ALL_KNOWN = new Set(Object.values(USED).flat());

/** Names the block's keys that the type does not read, as transformers' validation warns about them. */
export function warnUnusedKeys(block: Json, type: RopeType, warnings: string[], where = 'rope_scaling'): void {
  const keys = Object.keys(block).filter((k) => !COMMON.has(k) && !USED[type].includes(k));
  const unknown = keys.filter((k) => !ALL_KNOWN.has(k) && !(k in MODEL_KEYS));
  const unused = keys.filter((k) => ALL_KNOWN.has(k) && !(type === 'default' && k === 'factor'));
  const model = keys.filter((k) => k in MODEL_KEYS && k !== 'llama_4_scaling_beta');
  if (unknown.length > 0) warnings.push(`Ignored unknown ${where} keys: ${unknown.join(', ')}.`);
  if (unused.length > 0) warnings.push(`Ignored ${where} keys that ${type} does not read: ${unused.join(', ')}.`);
  if (model.length > 0) warnings.push(`${model.join(', ')}: ${MODEL_KEYS[model[0]]}, kept by the model class and not part of the frequencies.`);
  if (type === 'default' && block.factor !== undefined) warnings.push(`${where}.factor is ignored for rope_type 'default', as in transformers.`);
}
