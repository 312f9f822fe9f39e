import { ropeInvFreq, type RopeConfig } from './invFreq';
import { requireInRange, requireInteger } from '../numerics/checks';
import { ntkBaseForLength } from './config';
import { ropeDecayMany, ropeDecaySamples } from './decay';
import { ropeCosMap, ropeRotations, type RopeCosMap, type RopeRotations } from './pairs';

// Kernels that combine the RoPE building blocks for one widget each: the extension widget's rotation
// budget plus the NTK base calculator, and the decay widget's curves of several methods on one model.

/** The scaling methods a reader picks from; `none` is transformers' `default` (plain RoPE). */
export const EXTENSION_METHODS = ['none', 'linear', 'ntk', 'dynamic', 'yarn', 'llama3'] as const;
export type ExtensionMethod = (typeof EXTENSION_METHODS)[number];

/** Everything a method may read, as plain numbers (the widgets' controls). */
export interface MethodSettings {
  base: number;
  dim: number;
  trainLength: number;
  targetLength: number;
  factor: number;
  /** YaRN ramp ends, in full turns within trainLength (transformers defaults 32 and 1). */
  betaFast?: number;
  betaSlow?: number;
  /** Llama 3 wavelength thresholds trainLength/low and trainLength/high (Llama 3.1: 1 and 4). */
  lowFreqFactor?: number;
  highFreqFactor?: number;
}

/**
 * The RopeConfig (transformers `rope_scaling` keys) of one method on one model. The original length of
 * dynamic, yarn and llama3 is trainLength; dynamic is evaluated at seq_len = targetLength.
 */
export function methodConfig(method: ExtensionMethod, s: MethodSettings): RopeConfig {
  const model = { head_dim: s.dim, rope_theta: s.base };
  const original = s.trainLength;
  switch (method) {
    case 'none':
      return model;
    case 'linear':
    case 'ntk':
      return { ...model, rope_scaling: { rope_type: method, factor: s.factor } };
    case 'dynamic':
      return {
        ...model,
        rope_scaling: { rope_type: 'dynamic', factor: s.factor, original_max_position_embeddings: original },
        seq_len: s.targetLength,
      };
    case 'yarn':
      return {
        ...model,
        rope_scaling: {
          rope_type: 'yarn', factor: s.factor, original_max_position_embeddings: original,
          beta_fast: s.betaFast ?? 32, beta_slow: s.betaSlow ?? 1,
        },
      };
    case 'llama3':
      return {
        ...model,
        rope_scaling: {
          rope_type: 'llama3', factor: s.factor, original_max_position_embeddings: original,
          low_freq_factor: s.lowFreqFactor ?? 1, high_freq_factor: s.highFreqFactor ?? 4,
        },
      };
    default:
      throw new Error(`method must be one of ${EXTENSION_METHODS.join(', ')}, got ${String(method)}`);
  }
}

/** Another layer type's RoPE (Gemma's sliding-window layers), drawn beside the main one. */
export interface OtherLayer { layerType: string; config: RopeConfig; window?: number }

/** The model of the extension widget: a parsed config (with its other layer types), or a method on the widget's controls. */
export type ExtensionModel = { config: RopeConfig; layers?: OtherLayer[] } | { method: ExtensionMethod; settings: MethodSettings };

/** Per pair, the stretch θ_i/θ′_i of PI, NTK-aware and YaRN for the same lengths, beside the model's own. */
export interface StretchCompare {
  /** s = max(1, target/train), the factor each comparison method is given. */
  factor: number;
  /** θ_i/θ′_i of the model (1 = untouched; LongRoPE: its per-pair factor). */
  model: Float64Array;
  linear: Float64Array;
  ntk: Float64Array | null;
  yarn: Float64Array;
}

/** Turns of another layer type's pairs: within its window (sliding layers) or within the target. */
export interface OtherLayerTurns { layerType: string; window: number | null; base: number; turns: Float64Array }

/** What the extension widget draws: the rotation budget of one config, and the NTK base for its lengths. */
export interface RopeExtension extends RopeRotations {
  /** The config the numbers are for (built by methodConfig for the method form). */
  config: RopeConfig;
  /** NTK-aware base b·(target/train)^(d/(d−2)) (b itself when target ≤ train); null when d < 4. */
  ntkBase: number | null;
  compare: StretchCompare;
  layers: OtherLayerTurns[];
}

/**
 * ropeRotations for one config plus ntkBaseForLength for the same base, head dim and lengths (the
 * calculator readers ask for, koboldcpp #375), each pair's stretch next to what PI, NTK-aware and YaRN
 * (β 32/1) would give at s = target/train, and the turns of the model's other layer types.
 */
export function ropeExtension(args: ExtensionModel & { trainLength: number; targetLength: number }): RopeExtension {
  const config = 'config' in args ? args.config : methodConfig(args.method, args.settings);
  const rotations = ropeRotations({ config, trainLength: args.trainLength, targetLength: args.targetLength });
  const { head_dim: dim, rope_theta: base = 10000 } = config;
  const ntkBase = dim >= 4
    ? ntkBaseForLength({ base, dim, trainLength: args.trainLength, targetLength: args.targetLength })
    : null;
  const compare = stretchCompare(rotations, base, dim, args.trainLength, args.targetLength);
  const layers = ('config' in args ? args.layers ?? [] : []).map((layer): OtherLayerTurns => {
    const length = layer.window ?? args.targetLength;
    const { invFreq } = ropeInvFreq({ ...layer.config, seq_len: layer.config.seq_len ?? length });
    return {
      layerType: layer.layerType, window: layer.window ?? null, base: layer.config.rope_theta ?? 10000,
      turns: invFreq.map((t) => (length * t) / (2 * Math.PI)),
    };
  });
  return { ...rotations, config, ntkBase, compare, layers };
}

function stretchCompare(r: RopeRotations, base: number, dim: number, trainLength: number, targetLength: number): StretchCompare {
  const factor = Math.max(1, targetLength / trainLength);
  const settings: MethodSettings = { base, dim, trainLength, targetLength, factor };
  const stretch = (method: ExtensionMethod) => {
    const { invFreq } = ropeInvFreq(methodConfig(method, settings));
    return invFreq.map((t, i) => r.invFreqDefault[i] / t);
  };
  return {
    factor,
    model: r.invFreq.map((t, i) => r.invFreqDefault[i] / t),
    linear: stretch('linear'),
    ntk: dim >= 4 ? stretch('ntk') : null,
    yarn: stretch('yarn'),
  };
}

/** The methods the decay widget overlays (dynamic is left out: at a fixed length it is NTK with another base). */
export const DECAY_METHODS = ['none', 'linear', 'ntk', 'yarn', 'llama3'] as const;
export type DecayMethod = (typeof DECAY_METHODS)[number];

/** One method's bucketed decay curve (the arrays of RopeDecay the plot needs) and its attention scale. */
export interface DecayCurve {
  method: DecayMethod;
  attentionFactor: number;
  distance: Float64Array;
  value: Float64Array;
  /** Smallest and largest s over each bucket's distances; null when asked for no envelope. */
  min: Float64Array | null;
  max: Float64Array | null;
  /** s(trainLength) and s(targetLength), exactly (the buckets only sample them). */
  atTrain: number;
  atTarget: number;
}

/** Decay curves of several methods on one model, all stretched by factor = max(1, target/train). */
export interface RopeDecayCompare {
  factor: number;
  curves: DecayCurve[];
}

/**
 * RoFormer's relative score s(r) = mean_i cos(r·θ′_i) for r = 0 … targetLength under each method
 * (Su et al. 2021, §3.4.3), bucketed as ropeDecay does. Every method stretches trainLength to
 * targetLength with factor = targetLength/trainLength; YaRN keeps its default ramp (β 32 and 1), Llama 3
 * its 3.1 thresholds (1 and 4). `envelope: false` skips each bucket's min/max, which needs s at every
 * distance (tens of ms at d = 256 over 131072 distances), for the bucket starts alone (a few ms).
 */
export function ropeDecayCompare(args: {
  base: number; dim: number; trainLength: number; targetLength: number;
  methods: readonly DecayMethod[]; points: number; spacing?: 'linear' | 'log'; envelope?: boolean;
}): RopeDecayCompare {
  const base = requireInRange('base', args.base, 1, 1e12, { openLow: true });
  const dim = requireInteger('dim', args.dim, 4, 4096);
  if (dim % 2 !== 0) throw new Error(`dim must be even, got ${dim}`);
  const trainLength = requireInteger('trainLength', args.trainLength, 1, 1e9);
  const targetLength = requireInteger('targetLength', args.targetLength, 1, 1e9);
  if (!Array.isArray(args.methods)) throw new Error('methods must be an array of method names');
  const factor = Math.max(1, targetLength / trainLength);
  const settings: MethodSettings = { base, dim, trainLength, targetLength, factor };
  for (const method of args.methods) {
    if (!DECAY_METHODS.includes(method)) throw new Error(`methods may hold ${DECAY_METHODS.join(', ')}, got ${String(method)}`);
  }
  const scaled = args.methods.map((method) => ropeInvFreq(methodConfig(method, settings)));
  if (args.envelope !== undefined && typeof args.envelope !== 'boolean') throw new Error(`envelope must be true or false, got ${String(args.envelope)}`);
  const many = { invFreqs: scaled.map((s) => s.invFreq), maxDistance: targetLength, points: args.points, spacing: args.spacing };
  const decays = args.envelope === false ? ropeDecaySamples(many).map((d) => ({ ...d, min: null, max: null })) : ropeDecayMany(many);
  const curves = args.methods.map((method, k): DecayCurve => {
    const { invFreq, attentionFactor } = scaled[k];
    const d = decays[k];
    const at = (r: number) => invFreq.reduce((sum, t) => sum + Math.cos(r * t), 0) / invFreq.length;
    return {
      method, attentionFactor, distance: d.distance, value: d.value, min: d.min, max: d.max,
      atTrain: at(trainLength), atTarget: at(targetLength),
    };
  });
  return { factor, curves };
}

/** A cos(n·θ′_i) heatmap of one method, with the row spacing and the pairs it cannot resolve. */
export interface RopeCosMapFor extends RopeCosMap {
  /** Largest gap between sampled positions (1 when every position has a row). */
  step: number;
  /** Pairs 0 … aliased − 1 turn more than half a turn per row step (θ′·step > π): their columns alias. */
  aliased: number;
}

/**
 * cos(n·θ′_i) for positions 0 … positions − 1 under one method (ropeCosMap on the method's frequencies;
 * trainLength is the original length of yarn and llama3). Rows are subsampled above maxRows; a pair
 * whose angle moves by more than π between sampled rows is reported in `aliased`, as no picture at this
 * row spacing can show it (Nyquist).
 */
export function ropeCosMapFor(args: {
  method: ExtensionMethod; base: number; dim: number; positions: number; factor: number; trainLength: number;
  maxRows?: number; maxCols?: number;
}): RopeCosMapFor {
  const positions = requireInteger('positions', args.positions, 1, 1e9);
  const { invFreq } = ropeInvFreq(methodConfig(args.method, {
    base: args.base, dim: args.dim, trainLength: args.trainLength, targetLength: positions, factor: args.factor,
  }));
  const map = ropeCosMap({ invFreq, positions, maxRows: args.maxRows, maxCols: args.maxCols });
  let step = 1;
  for (let r = 1; r < map.rows; r++) step = Math.max(step, map.position[r] - map.position[r - 1]);
  let aliased = 0;
  while (aliased < invFreq.length && invFreq[aliased] * step > Math.PI) aliased++;
  return { ...map, step, aliased };
}
