import { ropeInvFreq, type RopeConfig } from './invFreq';
import { requireInvFreq } from './args';
import { requireInRange, requireInteger } from '../numerics/checks';

// Kernels behind the RoPE widgets. Each returns flat typed arrays (one entry per pair or per cell),
// never per-point objects, so a worker can transfer the buffers instead of cloning them.

/** The decay kernel lives in its own module; re-exported so the worker imports every RoPE view from here. */
export { ropeDecay, ROPE_DECAY_MAX_DISTANCE } from './decay';
/** Result type of `ropeDecay`. */
export type { RopeDecay } from './decay';

const TWO_PI = 2 * Math.PI;

/** Per-pair view of one position n, pairs ordered fast → slow; every array has d/2 entries. */
export interface RopeDigits {
  /** β = base^(2/d): each pair turns β times slower than the one before it. */
  beta: number;
  /** θ_i = base^(−2i/d) = β^(−i). */
  theta: Float64Array;
  /** 2π/θ_i, the distance over which pair i makes one full turn. */
  wavelength: Float64Array;
  /** n·θ_i mod 2π, in [0, 2π). */
  angle: Float64Array;
  cos: Float64Array;
  sin: Float64Array;
  /** The i-th base-β "digit" of n: ⌊n/β^i⌋ mod β, a real number in [0, β) when β is not an integer. */
  digit: Float64Array;
  /** Full turns completed: ⌊n·θ_i / 2π⌋. */
  rotations: Float64Array;
}

/**
 * Position n written as RoPE writes it: angle n·θ_i per pair next to the base-β digit ⌊n/β^i⌋ mod β,
 * β = base^(2/d) (Su, "Transformer升级之路：10、RoPE是一种β进制编码", kexue.fm/archives/9675).
 */
export function ropeDigits(args: { base: number; dim: number; position: number }): RopeDigits {
  const base = requireInRange('base', args.base, 1, 1e12, { openLow: true });
  const dim = args.dim;
  if (!Number.isInteger(dim) || dim < 2 || dim > 1024 || dim % 2 !== 0) {
    throw new Error(`dim must be an even integer from 2 to 1024, got ${String(dim)}`);
  }
  const n = requireInRange('position', args.position, 0, 1e9);
  const pairs = dim / 2;
  const beta = base ** (2 / dim);
  const out: RopeDigits = {
    beta,
    theta: new Float64Array(pairs), wavelength: new Float64Array(pairs), angle: new Float64Array(pairs),
    cos: new Float64Array(pairs), sin: new Float64Array(pairs), digit: new Float64Array(pairs),
    rotations: new Float64Array(pairs),
  };
  for (let i = 0; i < pairs; i++) {
    const theta = 1 / base ** ((2 * i) / dim); // as in rope.ts, so both agree bit for bit
    const phase = n * theta;
    const angle = phase % TWO_PI;
    // β^i by repeated powers of β (not base^(2i/d)) so integer β gives exact digits, e.g. β = 10.
    const q = Math.floor(n / beta ** i);
    out.theta[i] = theta;
    out.wavelength[i] = TWO_PI / theta;
    out.angle[i] = angle;
    out.cos[i] = Math.cos(angle);
    out.sin[i] = Math.sin(angle);
    out.digit[i] = q - beta * Math.floor(q / beta);
    out.rotations[i] = Math.floor(phase / TWO_PI);
  }
  return out;
}

/** Codes used in `RopeRotations.treatment`: index → label. */
export const ROTATION_TREATMENTS = ['extrapolated', 'mixed', 'interpolated'] as const;

/** Per-pair rotation budget of a scaling method; every array has d/2 entries, pairs fast → slow. */
export interface RopeRotations {
  /** θ_i without scaling (rope_theta only). */
  invFreqDefault: Float64Array;
  /** θ′_i of the method (for `dynamic`, at seq_len, which defaults to targetLength). */
  invFreq: Float64Array;
  /** θ′_i / θ_i: 1 = untouched, 1/factor = fully interpolated. */
  ratio: Float64Array;
  /** 2π/θ_i. */
  wavelength: Float64Array;
  /** 2π/θ′_i. */
  scaledWavelength: Float64Array;
  /** Turns within trainLength at the default frequency: trainLength·θ_i / 2π. */
  trainRotations: Float64Array;
  /** Turns within targetLength at the method's frequency: targetLength·θ′_i / 2π. */
  targetRotations: Float64Array;
  /** Index into ROTATION_TREATMENTS: 0 ratio ≈ 1; 2 targetLength·θ′ ≤ trainLength·θ (angles squeezed into the trained range); 1 in between. */
  treatment: Uint8Array;
  /** 1 when every angle the pair reaches within targetLength was seen in training: it turned fully (trainRotations ≥ 1) or is interpolated. */
  inRange: Uint8Array;
  /** First pair with trainRotations < 1 (d/2 if none): pairs from here on never completed a turn in training. */
  criticalPair: number;
  /** Number of pairs with inRange = 0: they meet angles at the target that training never produced. */
  outOfRange: number;
  /** The method's attention (cos/sin) scale: YaRN's temperature, else 1. */
  attentionFactor: number;
}

const SAME = 1e-9; // relative tolerance for "ratio is 1" and "fits the trained range"

/**
 * How far each pair turns in training vs at the target length under a scaling method: a pair that
 * never completed a turn within the training length meets unseen angles when extrapolated (YaRN,
 * Peng et al. 2023, §3.2; the "critical dimension" of Liu et al. 2023, Scaling Laws of RoPE-based Extrapolation).
 */
export function ropeRotations(args: { config: RopeConfig; trainLength: number; targetLength: number }): RopeRotations {
  const trainLength = requireInteger('trainLength', args.trainLength, 1, 1e9);
  const targetLength = requireInteger('targetLength', args.targetLength, 1, 1e9);
  const config = args.config;
  if (config === null || typeof config !== 'object') throw new Error('config must be a RopeConfig object');
  const plain = ropeInvFreq({ head_dim: config.head_dim, rope_theta: config.rope_theta }).invFreq;
  const { invFreq, attentionFactor } = ropeInvFreq({ ...config, seq_len: config.seq_len ?? targetLength });
  const pairs = plain.length;
  const out: RopeRotations = {
    invFreqDefault: plain, invFreq,
    ratio: new Float64Array(pairs), wavelength: new Float64Array(pairs), scaledWavelength: new Float64Array(pairs),
    trainRotations: new Float64Array(pairs), targetRotations: new Float64Array(pairs),
    treatment: new Uint8Array(pairs), inRange: new Uint8Array(pairs),
    criticalPair: pairs, outOfRange: 0, attentionFactor,
  };
  for (let i = 0; i < pairs; i++) {
    const ratio = invFreq[i] / plain[i];
    const trainAngle = trainLength * plain[i];
    const targetAngle = targetLength * invFreq[i];
    const squeezed = targetAngle <= trainAngle * (1 + SAME);
    out.ratio[i] = ratio;
    out.wavelength[i] = TWO_PI / plain[i];
    out.scaledWavelength[i] = TWO_PI / invFreq[i];
    out.trainRotations[i] = trainAngle / TWO_PI;
    out.targetRotations[i] = targetAngle / TWO_PI;
    out.treatment[i] = Math.abs(ratio - 1) <= SAME ? 0 : squeezed ? 2 : 1;
    const turned = trainAngle >= TWO_PI;
    out.inRange[i] = turned || squeezed ? 1 : 0;
    if (!turned && out.criticalPair === pairs) out.criticalPair = i;
    if (!out.inRange[i]) out.outOfRange++;
  }
  return out;
}

/** A cos(n·θ_i) heatmap, row-major: values[row·cols + col] for position[row] and pair[col]. */
export interface RopeCosMap {
  values: Float64Array;
  rows: number;
  cols: number;
  /** Position n of each row: 0 … positions − 1, evenly subsampled when there are more than maxRows. */
  position: Float64Array;
  /** Pair index i of each column, evenly subsampled when there are more than maxCols. */
  pair: Float64Array;
}

/**
 * cos(n·θ_i) for n = 0 … positions − 1 and every pair i (RoFormer eq. 13's rotation), capped at
 * maxRows × maxCols cells (default 512 × 128, at most 1024 × 256) by even subsampling; sampled rows
 * alias fast pairs.
 */
export function ropeCosMap(args: {
  invFreq: Float64Array | number[]; positions: number; maxRows?: number; maxCols?: number;
}): RopeCosMap {
  const theta = requireInvFreq('invFreq', args.invFreq, 4096);
  const positions = requireInteger('positions', args.positions, 1, 1e9);
  const maxRows = requireInteger('maxRows', args.maxRows ?? 512, 1, 1024);
  const maxCols = requireInteger('maxCols', args.maxCols ?? 128, 1, 256);
  const position = evenSample(positions, maxRows);
  const pair = evenSample(theta.length, maxCols);
  const rows = position.length, cols = pair.length;
  const values = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) values[r * cols + c] = Math.cos(position[r] * theta[pair[c]]);
  }
  return { values, rows, cols, position, pair };
}

/** min(count, cap) evenly spaced integers from 0 to count − 1, both ends included. */
function evenSample(count: number, cap: number): Float64Array {
  const n = Math.min(count, cap);
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) out[k] = n === count ? k : n === 1 ? 0 : Math.round((k * (count - 1)) / (n - 1));
  return out;
}
