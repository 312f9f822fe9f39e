import { ropeInvFreq, type RopeConfig, type RopeScaling, type RopeType } from './invFreq';
import { describe, requireInRange, requireInteger } from '../numerics/checks';
import { locateJsonError } from './jsonError';
import { GENERIC_DEFAULT_THETA, ROPE_FAMILIES, TEXT_MODEL_TYPES, type RopeFamily } from './families';
import { isObject, resolveType, ropeBlocks, USED, warnUnusedKeys, type Json } from './configBlock';
import { resolveLengths } from './configLengths';
import { describeLayers, familyNote, modelNotes } from './configNotes';
import { fail, failBecause, shown } from '../errors';

// A pasted config.json (or only its rope_scaling block) → RopeConfig plus the two lengths the widgets
// compare, read as transformers 5.x reads it: keys the file leaves out come from its model_type's
// config class (families.ts), never from another family's; every guess comes back as a plain-words
// warning saying which number won and why.

/** Preset model configs; defined in presets.ts, re-exported here beside the parser that reads them. */
export { ROPE_PRESETS, type RopePreset } from './presets';

/** The RoPE of one kind of layer, when a model has more than one (Gemma's sliding-window layers). */
export interface LayerRope {
  /** transformers' layer type: 'full_attention', 'sliding_attention', … */
  layerType: string;
  config: RopeConfig;
  /** Tokens a sliding-window layer attends over; undefined for full attention. */
  window?: number;
  /** How many of the model's layers are of this type, when the config says. */
  count?: number;
}

/** A parsed config: what ropeInvFreq needs, the training and target context lengths, and plain-text warnings. */
export interface ParsedRopeConfig {
  /** The RoPE of the full-attention layers (the only one, for most models). */
  config: RopeConfig;
  trainLength: number;
  targetLength: number;
  warnings: string[];
  /** model_type read from the config, when it names one. */
  modelType?: string;
  /** Every distinct RoPE by layer type, `config`'s first, when the model has more than one. */
  layers?: LayerRope[];
  /** llama_4_scaling_beta: queries multiplied by 1 + β·ln(1 + ⌊n / originalLength⌋) at position n. */
  queryScale?: { beta: number; originalLength: number };
}

/** Values to use when the pasted text lacks them (a bare rope_scaling block has no head_dim or lengths). */
export interface RopeConfigFallback { head_dim?: number; rope_theta?: number; trainLength?: number }

/**
 * Parses config.json text (or a bare rope_scaling object) like transformers' `standardize_rope_params` and
 * `_validate_*_parameters`; throws naming the field when one is missing or malformed, or the JSON is invalid.
 */
export function parseRopeConfig(text: string, fallback: RopeConfigFallback = {}): ParsedRopeConfig {
  if (typeof text !== 'string') throw new Error(`config text must be a string, got ${describe(text)}`);
  if (text.trim() === '') fail('configEmpty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const where = locateJsonError(text);
    if (where === null) failBecause(error, 'configNotJson', (error as Error).message);
    failBecause(error, 'configJsonAt', where.why, where.line, where.column, where.offset);
  }
  return ropeConfigFromObject(json, fallback);
}

/** A config's keys, each looked up in the file first and then in its family's defaults (recorded for the note). */
class Keys {
  readonly filled = new Map<string, unknown>();
  constructor(readonly top: Json, readonly family: RopeFamily | undefined) {}
  get(key: keyof RopeFamily & string): unknown {
    const own = this.top[key];
    if (own !== undefined && own !== null) return own;
    const value = this.family?.[key];
    if (value !== undefined && value !== null) this.filled.set(key, value);
    return value ?? undefined;
  }
}

/** The object form of parseRopeConfig, for presets and already-parsed JSON; same rules, errors and warnings. */
export function ropeConfigFromObject(json: unknown, fallback: RopeConfigFallback = {}): ParsedRopeConfig {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    fail('configNotObject', shown(json));
  }
  const warnings: string[] = [];
  let top = json as Json;
  const outerType = typeof top.model_type === 'string' ? top.model_type : undefined;
  const hasRope = (o: Json) => 'rope_scaling' in o || 'rope_parameters' in o || 'rope_theta' in o;
  if (!('hidden_size' in top) && !('head_dim' in top) && !hasRope(top) && isObject(top.text_config)) {
    top = top.text_config;
    warnings.push('Read the language model settings from text_config (this is a multimodal config).');
  }
  const ownType = typeof top.model_type === 'string' ? top.model_type : undefined;
  const modelType = ownType ?? (outerType !== undefined ? TEXT_MODEL_TYPES[outerType] ?? outerType : undefined);
  const family = modelType !== undefined ? ROPE_FAMILIES[modelType] : undefined;
  const keys = new Keys(top, family);
  const bare = ('rope_type' in top || 'type' in top) && !('rope_scaling' in top) && !('rope_parameters' in top);
  const raw = bare ? { nested: false, blocks: [{ layerType: '', block: { ...top } }] } : ropeBlocks(top, family, warnings);

  const headDim = resolveHeadDim(keys, bare, fallback, warnings);
  const maxPos = optionalLength(keys.get('max_position_embeddings'), 'max_position_embeddings');
  const fallbackLength = fallback.trainLength === undefined ? undefined : requireInteger('fallback trainLength', fallback.trainLength, 1, 1e9);
  const context: LayerContext = { keys, modelType, family, bare, fallback, headDim, maxPos, nested: raw.nested };

  const layers: LayerRope[] = [];
  let primary: { config: RopeConfig; train: number; target: number; block: Json } | undefined;
  for (const { layerType, block: given } of raw.blocks) {
    if (given === null && layerType !== '') {
      warnings.push(`rope_parameters.${layerType} is null: those layers use no RoPE.`);
      continue;
    }
    const block = given ?? {};
    const where = layerType === '' ? (bare ? 'rope_scaling' : blockName(top)) : `rope_parameters.${layerType}`;
    const built = buildLayer(block, where, context, primary === undefined ? warnings : [], fallbackLength);
    if (primary === undefined) primary = { ...built, block };
    if (layerType !== '') layers.push({ layerType, config: built.config, ...layerExtent(top, keys, layerType) });
  }
  if (primary === undefined) fail('configNoRope');
  if (layers.length > 1) warnings.push(describeLayers(layers));
  warnings.push(...modelNotes(modelType, primary.config, primary.block, primary.train, primary.target));
  const note = bare ? null : familyNote(modelType, family, keys.filled, top);
  // After the text_config note, if any: the family is the text model's.
  if (note !== null) warnings.splice(warnings[0]?.startsWith('Read the language') ? 1 : 0, 0, note);

  const parsed: ParsedRopeConfig = { config: primary.config, trainLength: primary.train, targetLength: primary.target, warnings };
  if (modelType !== undefined) parsed.modelType = modelType;
  if (layers.length > 1) parsed.layers = layers;
  const beta = primary.block?.llama_4_scaling_beta;
  if (beta !== undefined && beta !== null) {
    parsed.queryScale = {
      beta: requireInRange('rope_parameters.llama_4_scaling_beta', beta, 0, Infinity),
      originalLength: primary.config.rope_scaling?.original_max_position_embeddings ?? primary.train,
    };
  }
  return parsed;
}

interface LayerContext {
  keys: Keys; modelType: string | undefined; family: RopeFamily | undefined; bare: boolean;
  fallback: RopeConfigFallback; headDim: number; maxPos: number | undefined; nested: boolean;
}

/** One layer type's RopeConfig and lengths, standardized as transformers 5 does. */
function buildLayer(
  block: Json, where: string, c: LayerContext, warnings: string[], fallbackLength: number | undefined,
): { config: RopeConfig; train: number; target: number } {
  const type = resolveType(block, c.modelType, warnings, where);
  warnUnusedKeys(block, type, warnings, where);
  const theta = resolveTheta(block, c, warnings);
  const dims = rotatedDims(block, type, c, warnings);
  const config: RopeConfig = { head_dim: dims.headDim, rope_theta: theta };
  if (type === 'default') {
    const length = c.maxPos ?? fallbackLength;
    if (length === undefined) fail('configNoLength');
    if (c.maxPos === undefined) warnings.push(`No max_position_embeddings: using the current training length ${length}.`);
    return finish(config, length, length);
  }
  const rope_scaling: RopeScaling = { rope_type: type };
  for (const key of USED[type]) {
    if (key !== 'factor' && key !== 'original_max_position_embeddings' && block[key] !== undefined && block[key] !== null) {
      (rope_scaling as unknown as Json)[key] = block[key];
    }
  }
  if (type === 'proportional') {
    if (block.factor !== undefined && block.factor !== null) rope_scaling.factor = requireInRange(`${where}.factor`, block.factor, 0, Infinity, { openLow: true });
    if (dims.share !== undefined) rope_scaling.partial_rotary_factor = dims.share;
    const length = c.maxPos ?? fallbackLength;
    if (length === undefined) fail('configNoLength');
    return finish({ ...config, rope_scaling }, length, length);
  }
  const original = resolveOriginal(block, type, c, warnings);
  const lengths = resolveLengths(type, block, c.maxPos, original, fallbackLength, warnings, c.family?.local !== undefined);
  if (lengths.factor !== undefined) rope_scaling.factor = lengths.factor;
  rope_scaling.original_max_position_embeddings = lengths.train;
  const scaled: RopeConfig = { ...config, rope_scaling };
  if (type === 'dynamic' || type === 'longrope') scaled.seq_len = lengths.target;
  return finish(scaled, lengths.train, lengths.target);
}

/** Runs ropeInvFreq once so a bad field fails here, with its name, rather than later in a widget. */
function finish(config: RopeConfig, train: number, target: number): { config: RopeConfig; train: number; target: number } {
  ropeInvFreq(config);
  return { config, train, target };
}

function blockName(top: Json): string {
  return top.rope_scaling !== undefined && top.rope_scaling !== null ? 'rope_scaling' : 'rope_parameters';
}

/** rope_theta in the block wins over the top-level one (transformers 5 `setdefault`), then the family's default. */
function resolveTheta(block: Json, c: LayerContext, warnings: string[]): number {
  const own = block.rope_theta;
  const outer = c.bare ? undefined : c.keys.top.rope_theta;
  if (own !== undefined && own !== null) {
    if (outer !== undefined && outer !== null && outer !== own) {
      warnings.push(`rope_theta is ${String(own)} in the rope block and ${String(outer)} at the top level; the block's wins, as transformers 5 keeps a rope_theta already in rope_parameters.`);
    }
    return requireInRange('rope_theta', own, 1, Infinity, { openLow: true });
  }
  if (outer !== undefined && outer !== null) return requireInRange('rope_theta', outer, 1, Infinity, { openLow: true });
  if (c.bare && c.fallback.rope_theta !== undefined) {
    const theta = requireInRange('fallback rope_theta', c.fallback.rope_theta, 1, Infinity, { openLow: true });
    warnings.push(`No rope_theta in a bare rope_scaling block: using the current base ${theta}.`);
    return theta;
  }
  if (c.family !== undefined) return c.keys.get('rope_theta') as number;
  if (c.modelType !== undefined) {
    fail('configNoTheta', c.modelType);
  }
  warnings.push(`No rope_theta and no model_type: using ${GENERIC_DEFAULT_THETA}, transformers' generic default (RotaryEmbeddingConfigMixin.default_theta); a family with its own default (Gemma 3, Llama 4, gpt-oss) would differ, so add model_type to be sure.`);
  return GENERIC_DEFAULT_THETA;
}

/**
 * original_max_position_embeddings for llama3/yarn/longrope as transformers 5's standardize_rope_params
 * settles it: a top-level value (Phi3Config always has one) wins over the block's; else max_position_embeddings.
 * dynamic reads max_position_embeddings itself, so it keeps what the block says for its warning.
 */
function resolveOriginal(block: Json, type: RopeType, c: LayerContext, warnings: string[]): number | undefined {
  const inner = optionalLength(block.original_max_position_embeddings, 'rope_scaling.original_max_position_embeddings');
  if (!['llama3', 'yarn', 'longrope'].includes(type)) return inner;
  const outerRaw = c.nested || c.bare ? undefined : c.keys.get('original_max_position_embeddings');
  const outer = optionalLength(outerRaw, 'original_max_position_embeddings');
  if (outer !== undefined) {
    if (inner !== undefined && inner !== outer) {
      warnings.push(`original_max_position_embeddings is ${inner} in the rope block and ${outer} at the top level${c.keys.top.original_max_position_embeddings === undefined ? ` (${c.family?.className} default)` : ''}; the top-level value wins, as transformers 5 gives it priority.`);
    }
    return outer;
  }
  if (inner !== undefined) return inner;
  if (c.maxPos !== undefined) {
    warnings.push(`No original_max_position_embeddings: transformers 5 takes max_position_embeddings (${c.maxPos}) as the original length for ${type}.`);
    return c.maxPos;
  }
  return undefined;
}

function resolveHeadDim(keys: Keys, bare: boolean, fallback: RopeConfigFallback, warnings: string[]): number {
  const { top } = keys;
  const latent = keys.get('qk_rope_head_dim');
  if (latent !== undefined) {
    const dim = requireInteger('qk_rope_head_dim', latent, 2, 65536);
    warnings.push(`Latent attention: RoPE rotates qk_rope_head_dim = ${dim} dims per head, as transformers' DeepSeek models do.`);
    return dim;
  }
  const own = keys.get('head_dim');
  if (own !== undefined) return requireInteger('head_dim', own, 1, 65536);
  if (top.hidden_size !== undefined || top.num_attention_heads !== undefined || keys.family !== undefined) {
    const hidden = requireInteger('hidden_size', keys.get('hidden_size'), 1, 1e7);
    const heads = requireInteger('num_attention_heads', keys.get('num_attention_heads'), 1, 1e5);
    const dim = Math.floor(hidden / heads);
    if (hidden % heads !== 0) warnings.push(`hidden_size ${hidden} is not a multiple of num_attention_heads ${heads}; transformers rounds down to head_dim ${dim}.`);
    return dim;
  }
  if (fallback.head_dim !== undefined) {
    const dim = requireInteger('fallback head_dim', fallback.head_dim, 2, 65536);
    warnings.push(`No head_dim${bare ? ' in a bare rope_scaling block' : ''}: using the current head_dim ${dim}.`);
    return dim;
  }
  fail('configNoHeadDim');
}

/** Rotated dims: partial_rotary_factor (block's first) shrinks RoPE, except for proportional, which keeps head_dim and zeroes the rest. */
function rotatedDims(block: Json, type: RopeType, c: LayerContext, warnings: string[]): { headDim: number; share?: number } {
  let headDim = c.headDim;
  const globalDim = c.keys.top.global_head_dim;
  if (type === 'proportional' && c.modelType?.startsWith('gemma4') && globalDim !== undefined) {
    headDim = requireInteger('global_head_dim', globalDim, 2, 65536);
    warnings.push(`Gemma 4's full-attention layers rotate over global_head_dim = ${headDim} (transformers passes head_dim_key='global_head_dim').`);
  }
  const raw = block.partial_rotary_factor !== undefined ? block.partial_rotary_factor : c.bare ? undefined : c.keys.top.partial_rotary_factor;
  if (raw === undefined || raw === null || raw === 1) return { headDim };
  const share = requireInRange('partial_rotary_factor', raw, 0, 1, { openLow: true });
  if (type === 'proportional') {
    const rotated = Math.floor((share * headDim) / 2);
    warnings.push(`proportional RoPE with partial_rotary_factor ${share}: the first ${rotated} of ${headDim / 2} pairs rotate (exponents over the whole head_dim ${headDim}); the other ${headDim / 2 - rotated} get θ = 0 and carry no position.`);
    return { headDim, share };
  }
  const rotary = Math.floor(headDim * share);
  if (rotary < 2 || rotary % 2 !== 0) {
    fail('configPartialRotary', share, rotary, headDim);
  }
  warnings.push(`partial_rotary_factor ${share}: only ${rotary} of the ${headDim} head dims rotate, so RoPE here has ${rotary} dims.`);
  return { headDim: rotary };
}

/** A sliding-window layer's window and how many layers of each type the config declares. */
function layerExtent(top: Json, keys: Keys, layerType: string): { window?: number; count?: number } {
  const out: { window?: number; count?: number } = {};
  if (layerType === 'sliding_attention') {
    const window = top.sliding_window ?? keys.family?.local?.sliding_window;
    if (typeof window === 'number' && Number.isInteger(window) && window > 0) out.window = window;
  }
  if (Array.isArray(top.layer_types)) {
    out.count = top.layer_types.filter((t) => t === layerType).length;
  } else if (keys.family?.local) {
    const n = typeof top.num_hidden_layers === 'number' ? top.num_hidden_layers : keys.family.local.num_hidden_layers;
    const pattern = typeof top.sliding_window_pattern === 'number' ? top.sliding_window_pattern : keys.family.local.pattern;
    const sliding = Array.from({ length: n }, (_, i) => (i + 1) % pattern !== 0).filter(Boolean).length;
    out.count = layerType === 'sliding_attention' ? sliding : n - sliding;
  }
  return out;
}

function optionalLength(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  return requireInteger(name, value, 1, 1e9);
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
