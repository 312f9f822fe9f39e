import { ropeInvFreq, type RopeConfig, type RopeScaling } from './invFreq';
import { describe, requireInRange, requireInteger } from '../numerics/checks';
import { locateJsonError } from './jsonError';

// A pasted config.json (or only its rope_scaling block) → RopeConfig plus the two lengths the widgets
// compare. transformers reads these keys in several places and older configs disagree with newer
// code, so every guess made here comes back as a plain-words warning saying which number won and why.

/** Preset model configs; defined in ropePresets.ts, re-exported here beside the parser that reads them. */
export { ROPE_PRESETS, type RopePreset } from './presets';

/** A parsed config: what ropeInvFreq needs, the training and target context lengths, and plain-text warnings. */
export interface ParsedRopeConfig { config: RopeConfig; trainLength: number; targetLength: number; warnings: string[] }

/** Values to use when the pasted text lacks them (a bare rope_scaling block has no head_dim or lengths). */
export interface RopeConfigFallback { head_dim?: number; rope_theta?: number; trainLength?: number }

type Json = Record<string, unknown>;
type ScaledType = Exclude<RopeScaling['rope_type'], 'default'>;

const SUPPORTED = ['default', 'linear', 'ntk', 'dynamic', 'yarn', 'llama3'];
// Keys each type reads (transformers' `_validate_*_parameters` lists, plus `truncate` for yarn).
const USED: Record<RopeScaling['rope_type'], string[]> = {
  default: [],
  linear: ['factor'],
  ntk: ['factor'],
  dynamic: ['factor', 'original_max_position_embeddings'],
  yarn: ['factor', 'original_max_position_embeddings', 'beta_fast', 'beta_slow', 'mscale', 'mscale_all_dim', 'attention_factor', 'truncate'],
  llama3: ['factor', 'original_max_position_embeddings', 'low_freq_factor', 'high_freq_factor'],
};
const ALL_KNOWN = new Set([...USED.yarn, ...USED.llama3, 'rope_type', 'type', 'rope_theta', 'partial_rotary_factor']);

/**
 * Parses config.json text (or a bare rope_scaling object) like transformers' `standardize_rope_params` and
 * `_validate_*_parameters`: legacy `type` → `rope_type`; head_dim from `head_dim` or hidden_size ÷
 * num_attention_heads; throws naming the field when one is missing or malformed, or the JSON is invalid.
 */
export function parseRopeConfig(text: string, fallback: RopeConfigFallback = {}): ParsedRopeConfig {
  if (typeof text !== 'string') throw new Error(`config text must be a string, got ${describe(text)}`);
  if (text.trim() === '') throw new Error('config is empty: paste a config.json or its rope_scaling object');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const where = locateJsonError(text);
    if (where === null) throw new Error(`config is not valid JSON: ${(error as Error).message}`);
    throw new Error(`config is not valid JSON: ${where.reason} at line ${where.line}, column ${where.column} (position ${where.offset})`);
  }
  return ropeConfigFromObject(json, fallback);
}

/** The object form of parseRopeConfig, for presets and already-parsed JSON; same rules, errors and warnings. */
export function ropeConfigFromObject(json: unknown, fallback: RopeConfigFallback = {}): ParsedRopeConfig {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new Error(`config must be a JSON object (a config.json or its rope_scaling block), got ${describe(json)}`);
  }
  const warnings: string[] = [];
  let top = json as Json;
  const hasRope = (o: Json) => 'rope_scaling' in o || 'rope_parameters' in o || 'rope_theta' in o;
  if (!('hidden_size' in top) && !('head_dim' in top) && !hasRope(top) && isObject(top.text_config)) {
    top = top.text_config;
    warnings.push('Read the language model settings from text_config (this is a multimodal config).');
  }
  const bare = ('rope_type' in top || 'type' in top) && !('rope_scaling' in top) && !('rope_parameters' in top);
  const scaling = bare ? top : ropeBlock(top, warnings);

  const headDim = resolveHeadDim(top, scaling, bare, fallback, warnings);
  const theta = resolveTheta(top, scaling, bare, fallback, warnings);
  const type = resolveType(scaling, warnings);
  if (scaling !== null) warnUnusedKeys(scaling, type, warnings);

  const maxPos = optionalLength(top, 'max_position_embeddings');
  const inner = bare ? undefined : optionalLength(scaling ?? {}, 'original_max_position_embeddings', 'rope_scaling.');
  const outer = optionalLength(top, 'original_max_position_embeddings');
  if (inner !== undefined && outer !== undefined && inner !== outer) {
    warnings.push(`original_max_position_embeddings is ${inner} in rope_scaling and ${outer} at the top level; the rope_scaling value wins, as transformers reads it there.`);
  }
  const original = inner ?? outer;
  const fallbackLength = fallback.trainLength === undefined ? undefined
    : requireInteger('fallback trainLength', fallback.trainLength, 1, 1e9);

  if (type === 'default') {
    const length = maxPos ?? original ?? fallbackLength;
    if (length === undefined) throw new Error('max_position_embeddings is missing: the config needs the context length it was trained on');
    if (maxPos === undefined && original === undefined) warnings.push(`No max_position_embeddings: using the current training length ${length}.`);
    if (scaling !== null && scaling.factor !== undefined) warnings.push("rope_scaling.factor is ignored for rope_type 'default', as in transformers.");
    return finish({ head_dim: headDim, rope_theta: theta }, length, length, warnings);
  }

  const lengths = resolveLengths(type, scaling ?? {}, maxPos, original, fallbackLength, warnings);
  const rope_scaling: RopeScaling = { rope_type: type, factor: lengths.factor };
  for (const key of USED[type]) {
    if (key !== 'factor' && key !== 'original_max_position_embeddings' && scaling?.[key] !== undefined && scaling[key] !== null) {
      (rope_scaling as unknown as Json)[key] = scaling[key];
    }
  }
  rope_scaling.original_max_position_embeddings = lengths.train;
  const config: RopeConfig = { head_dim: headDim, rope_theta: theta, rope_scaling };
  if (type === 'dynamic') config.seq_len = lengths.target;
  return finish(config, lengths.train, lengths.target, warnings);
}

/** Runs ropeInvFreq once so a bad field fails here, with its name, rather than later in a widget. */
function finish(config: RopeConfig, trainLength: number, targetLength: number, warnings: string[]): ParsedRopeConfig {
  ropeInvFreq(config);
  return { config, trainLength, targetLength, warnings };
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** rope_scaling (transformers ≤ 4.x) or rope_parameters (5.x, possibly one block per layer type). */
function ropeBlock(top: Json, warnings: string[]): Json | null {
  const key = top.rope_parameters !== undefined && top.rope_parameters !== null ? 'rope_parameters' : 'rope_scaling';
  const block = top[key];
  if (block === undefined || block === null) return null;
  if (!isObject(block)) throw new Error(`${key} must be an object or null, got ${describe(block)}`);
  if (key === 'rope_parameters' && !('rope_type' in block) && !('type' in block)) {
    const full = block.full_attention;
    if (!isObject(full)) throw new Error('rope_parameters has no rope_type: expected one block, or one per layer type with a full_attention entry');
    warnings.push(`rope_parameters has one block per layer type (${Object.keys(block).join(', ')}); showing full_attention.`);
    return full;
  }
  return block;
}

function resolveHeadDim(top: Json, scaling: Json | null, bare: boolean, fallback: RopeConfigFallback, warnings: string[]): number {
  let headDim: number;
  if (top.qk_rope_head_dim !== undefined && top.qk_rope_head_dim !== null) {
    // Multi-head latent attention (DeepSeek-V2/V3): only this slice of each head is rotated.
    headDim = requireInteger('qk_rope_head_dim', top.qk_rope_head_dim, 2, 65536);
    warnings.push(`Latent attention: RoPE rotates qk_rope_head_dim = ${headDim} dims per head, as transformers' DeepSeek models do.`);
  } else if (top.head_dim !== undefined && top.head_dim !== null) {
    headDim = requireInteger('head_dim', top.head_dim, 1, 65536);
  } else if (top.hidden_size !== undefined || top.num_attention_heads !== undefined) {
    const hidden = requireInteger('hidden_size', top.hidden_size, 1, 1e7);
    const heads = requireInteger('num_attention_heads', top.num_attention_heads, 1, 1e5);
    headDim = Math.floor(hidden / heads);
    if (hidden % heads !== 0) warnings.push(`hidden_size ${hidden} is not a multiple of num_attention_heads ${heads}; transformers rounds down to head_dim ${headDim}.`);
  } else if (fallback.head_dim !== undefined) {
    headDim = requireInteger('fallback head_dim', fallback.head_dim, 2, 65536);
    warnings.push(`No head_dim${bare ? ' in a bare rope_scaling block' : ''}: using the current head_dim ${headDim}.`);
  } else {
    throw new Error('head_dim is missing: the config needs head_dim, or hidden_size and num_attention_heads');
  }
  const partialKey = scaling?.partial_rotary_factor !== undefined ? scaling.partial_rotary_factor : top.partial_rotary_factor;
  if (partialKey === undefined || partialKey === null || partialKey === 1) return headDim;
  const partial = requireInRange('partial_rotary_factor', partialKey, 0, 1, { openLow: true });
  const rotary = Math.floor(headDim * partial);
  if (rotary < 2 || rotary % 2 !== 0) {
    throw new Error(`partial_rotary_factor ${partial} leaves ${rotary} rotated dims of head_dim ${headDim}; RoPE needs a positive even number`);
  }
  warnings.push(`partial_rotary_factor ${partial}: only ${rotary} of the ${headDim} head dims rotate, so RoPE here has ${rotary} dims.`);
  return rotary;
}

function resolveTheta(top: Json, scaling: Json | null, bare: boolean, fallback: RopeConfigFallback, warnings: string[]): number {
  const raw = top.rope_theta ?? scaling?.rope_theta;
  if (raw !== undefined && raw !== null) return requireInRange('rope_theta', raw, 1, Infinity, { openLow: true });
  if (bare && fallback.rope_theta !== undefined) {
    const theta = requireInRange('fallback rope_theta', fallback.rope_theta, 1, Infinity, { openLow: true });
    warnings.push(`No rope_theta in a bare rope_scaling block: using the current base ${theta}.`);
    return theta;
  }
  warnings.push('No rope_theta: using 10000, the default transformers gives Llama-style configs.');
  return 10000;
}

function resolveType(scaling: Json | null, warnings: string[]): RopeScaling['rope_type'] {
  if (scaling === null) return 'default';
  const { rope_type: ropeType, type: legacy } = scaling;
  if (ropeType !== undefined && legacy !== undefined && ropeType !== legacy) {
    warnings.push(`rope_scaling has rope_type '${String(ropeType)}' and legacy type '${String(legacy)}'; rope_type wins, as in transformers.`);
  }
  const type = ropeType ?? legacy ?? 'default';
  if (typeof type !== 'string') throw new Error(`rope_scaling.rope_type must be a string, got ${describe(type)}`);
  if (type === 'su' || type === 'longrope') {
    throw new Error(`rope_scaling.rope_type '${type}' (LongRoPE) is unsupported: it rescales every pair by its own searched factor (short_factor/long_factor), which this notebook does not model`);
  }
  if (!SUPPORTED.includes(type)) {
    throw new Error(`rope_scaling.rope_type '${type}' is unsupported; supported: ${SUPPORTED.join(', ')}`);
  }
  if (type === 'ntk') warnings.push("rope_type 'ntk' is not a transformers type; it is read as the fixed NTK-aware base change base·factor^(d/(d−2)).");
  return type as RopeScaling['rope_type'];
}

function warnUnusedKeys(scaling: Json, type: RopeScaling['rope_type'], warnings: string[]): void {
  const keys = Object.keys(scaling);
  const unknown = keys.filter((k) => !ALL_KNOWN.has(k));
  const unused = keys.filter((k) => ALL_KNOWN.has(k) && !USED[type].includes(k) && !['rope_type', 'type', 'rope_theta', 'partial_rotary_factor', 'factor'].includes(k));
  if (unknown.length > 0) warnings.push(`Ignored unknown rope_scaling keys: ${unknown.join(', ')}.`);
  if (unused.length > 0) warnings.push(`Ignored rope_scaling keys that ${type} does not read: ${unused.join(', ')}.`);
}

function optionalLength(o: Json, key: string, prefix = ''): number | undefined {
  const value = o[key];
  if (value === undefined || value === null) return undefined;
  return requireInteger(prefix + key, value, 1, 1e9);
}

/** Training length, target length and factor of a scaled type, from max_position_embeddings (M) and original_max_position_embeddings (O). */
function resolveLengths(
  type: ScaledType, scaling: Json, maxPos: number | undefined, original: number | undefined,
  fallbackLength: number | undefined, warnings: string[],
): { train: number; target: number; factor: number } {
  let factor = scaling.factor;
  if ((factor === undefined || factor === null) && type === 'yarn' && maxPos !== undefined && original !== undefined) {
    // transformers 5.x derives a missing yarn factor from the two lengths.
    factor = maxPos / original;
    warnings.push(`No rope_scaling.factor: using max_position_embeddings / original_max_position_embeddings = ${maxPos}/${original} = ${factor}, as transformers does.`);
  }
  if (factor === undefined || factor === null) throw new Error(`rope_scaling.factor is required for rope_type '${type}'`);
  const f = requireInRange('rope_scaling.factor', factor, 0, Infinity, { openLow: true });

  if (type === 'dynamic') {
    // transformers' dynamic NTK takes config.max_position_embeddings as the original length.
    const train = maxPos ?? original ?? fallbackLength;
    if (train === undefined) throw new Error('max_position_embeddings is missing: dynamic NTK needs the length the model was trained on');
    if (maxPos !== undefined && original !== undefined && original !== maxPos) {
      warnings.push(`transformers' dynamic NTK uses max_position_embeddings (${maxPos}) as the original length and ignores original_max_position_embeddings (${original}); so does this notebook.`);
    }
    const target = Math.round(train * f);
    warnings.push(`Dynamic NTK has no fixed target: showing ${target} (training length × factor); its frequencies follow the current sequence length.`);
    return { train, target, factor: f };
  }

  if (original !== undefined) {
    const scaled = Math.round(original * f);
    if (maxPos === undefined || maxPos === scaled) return { train: original, target: scaled, factor: f };
    // Llama 3's factor shapes the low-frequency band rather than naming the context ratio (3.1: 8192 × 8
    // ≠ 131072), so a larger max_position_embeddings is simply the published context.
    if (type === 'llama3' && maxPos > original) return { train: original, target: maxPos, factor: f };
    if (maxPos > original) {
      warnings.push(`factor × original_max_position_embeddings = ${f} × ${original} = ${scaled}, but max_position_embeddings is ${maxPos}. The training length is ${original}; the target is max_position_embeddings (${maxPos}), the context the model is published for; frequencies use factor ${f}.${yarnNote(type, maxPos / original, f)}`);
      return { train: original, target: maxPos, factor: f };
    }
    warnings.push(`max_position_embeddings (${maxPos}) is not above original_max_position_embeddings (${original}), so it cannot be the extended length: the target is original × factor = ${scaled}.${yarnNote(type, maxPos / original, f)}`);
    return { train: original, target: scaled, factor: f };
  }
  if (type === 'llama3') {
    throw new Error("rope_scaling.original_max_position_embeddings is required for rope_type 'llama3' (transformers requires it too)");
  }
  const train = maxPos ?? fallbackLength;
  if (train === undefined) {
    throw new Error(`max_position_embeddings is missing: rope_type '${type}' needs the length the model was trained on (or rope_scaling.original_max_position_embeddings)`);
  }
  const source = maxPos !== undefined ? `max_position_embeddings (${train})` : `the current training length (${train})`;
  warnings.push(`No original_max_position_embeddings: taking ${source} as the training length${type === 'yarn' ? ', as transformers assumes for yarn' : ''}, so the target is ${train} × ${f} = ${Math.round(train * f)}. If ${train} is already the extended length, the training length was ${Math.round(train / f)}.`);
  return { train, target: Math.round(train * f), factor: f };
}

/** For yarn, what older transformers did with the same config (issue #38224). */
function yarnNote(type: ScaledType, ratio: number, factor: number): string {
  if (type !== 'yarn' || ratio === factor) return '';
  return ` transformers before the fix of issue #38224 (PR #40320, 2025) replaced factor by max_position_embeddings / original_max_position_embeddings = ${ratio}${ratio <= 1 ? ', which turns YaRN off' : ''}; current transformers and text-generation-inference use factor ${factor}.`;
}

/** NTK-aware base for a target context (bloc97; koboldcpp #375): base·s^(d/(d−2)), s = targetLength/trainLength, or base itself when s ≤ 1. */
export function ntkBaseForLength(args: { base: number; dim: number; trainLength: number; targetLength: number }): number {
  const base = requireInRange('base', args.base, 1, Infinity, { openLow: true });
  const dim = args.dim;
  if (!Number.isInteger(dim) || dim < 4 || dim % 2 !== 0 || dim > 65536) {
    throw new Error(`dim must be an even integer of at least 4 (the exponent is d/(d−2)), got ${describe(dim)}`);
  }
  const train = requireInteger('trainLength', args.trainLength, 1, 1e9);
  const target = requireInteger('targetLength', args.targetLength, 1, 1e9);
  // No extension needed: shrinking the base would only crowd the positions the model already knows.
  if (target <= train) return base;
  return base * (target / train) ** (dim / (dim - 2));
}
