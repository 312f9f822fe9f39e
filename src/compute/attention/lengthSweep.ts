/**
 * One query's attention as the context grows: for each seed, keys are drawn once up to the longest
 * length and each shorter length is a prefix of them (tokens appended at the end, as 8823 frames
 * entropy invariance), so a curve follows one query. Per length and variant: the entropy, the total
 * weight and the weight on the relevant keys, as mean and range over the seeds; beside them the
 * article's mean-field estimate of the entropy.
 */
import { requireInRange, requireInteger, requireOneOf } from '../numerics/checks';
import { createRng, deriveSeed, MAX_SEED } from '../numerics/random';
import { annealedReluSquaredEntropy, annealedSoftmaxEntropy } from './annealed';
import { keyCosines, MAX_RELEVANT, type RelevantKeys } from './keys';
import { isSoftmax, lengthFactor, summariseWeights, VARIANTS, type Variant } from './variants';

/** Shortest and longest context the sweep draws. */
export const SWEEP_MIN_LENGTH = 16;
export const SWEEP_MAX_LENGTH = 65_536;

export interface SweepArgs {
  /** Head dimension (the sphere the keys live on). */
  d: number;
  /** The article's κ: the logit scale at the training length is λ = κ·ln L / d. */
  kappa: number;
  trainLength: number;
  relevant: RelevantKeys;
  seeds: number;
  seed: number;
  variants: Variant[];
  /** Lengths per doubling of n (2 by default). */
  pointsPerOctave?: number;
  maxLength?: number;
}

/** Mean and range over the seeds, one entry per length. */
export interface Band {
  mean: Float64Array;
  low: Float64Array;
  high: Float64Array;
}

export interface VariantSweep {
  variant: Variant;
  entropy: Band;
  total: Band;
  relevant: Band;
  /** The article's mean-field entropy (NaN where planted keys make it inapplicable). */
  meanField: Float64Array;
}

export interface SweepResult {
  n: Float64Array;
  variants: VariantSweep[];
  /** The training-length scale in units of 1/√d: ρ = κ·ln L / √d (the "log_L n / √d" form has ρ = 1). */
  rho: number;
}

/** n = 16·2^{i/p} rounded, without repeats, plus the training length itself when it lies inside. */
export function sweepLengths(trainLength: number, pointsPerOctave: number, maxLength: number): number[] {
  const set = new Set<number>();
  for (let i = 0; ; i++) {
    const n = Math.round(SWEEP_MIN_LENGTH * 2 ** (i / pointsPerOctave));
    if (n > maxLength) break;
    set.add(n);
  }
  set.add(maxLength);
  if (trainLength >= SWEEP_MIN_LENGTH && trainLength <= maxLength) set.add(trainLength);
  return [...set].sort((x, y) => x - y);
}

const emptyBand = (k: number): Band => ({
  mean: new Float64Array(k),
  low: new Float64Array(k).fill(Infinity),
  high: new Float64Array(k).fill(-Infinity),
});

/** Entropy, total and relevant weight against the length n, for every variant, over several seeds. */
export function entropySweep(args: SweepArgs): SweepResult {
  const d = requireInteger('d', args.d, 2, 4096);
  const kappa = requireInRange('kappa', args.kappa, 0, 1000, { openLow: true });
  const maxLength = requireInteger('maxLength', args.maxLength ?? SWEEP_MAX_LENGTH, SWEEP_MIN_LENGTH, 1 << 20);
  const trainLength = requireInteger('trainLength', args.trainLength, 2, 1 << 20);
  const seeds = requireInteger('seeds', args.seeds, 1, 64);
  const seed = requireInteger('seed', args.seed, 0, MAX_SEED);
  const perOctave = requireInteger('pointsPerOctave', args.pointsPerOctave ?? 2, 1, 8);
  if (!Array.isArray(args.variants) || args.variants.length === 0) throw new Error('variants must be a non-empty array');
  const variants = args.variants.map((v, i) => requireOneOf(`variants[${i}]`, v, VARIANTS));
  requireInteger('relevant.count', args.relevant?.count, 0, MAX_RELEVANT);
  const lengths = sweepLengths(trainLength, perOctave, maxLength);
  const k = lengths.length;
  const a = kappa * Math.log(trainLength); // λ·d at the training length: logits are a·cos θ
  const out = variants.map((variant) => ({ variant, entropy: emptyBand(k), total: emptyBand(k), relevant: emptyBand(k), counts: new Float64Array(k) }));
  for (let s = 0; s < seeds; s++) {
    const cos = keyCosines(createRng(deriveSeed(seed, s)), maxLength, d, args.relevant);
    lengths.forEach((n, i) => {
      const prefix = cos.subarray(0, n);
      for (const v of out) {
        const w = summariseWeights(v.variant, prefix, a, trainLength, args.relevant.count);
        accumulate(v.total, i, w.total);
        accumulate(v.relevant, i, w.relevant);
        if (Number.isNaN(w.entropy)) continue;
        accumulate(v.entropy, i, w.entropy);
        v.counts[i]++;
      }
    });
  }
  const planted = args.relevant.count > 0;
  return {
    n: Float64Array.from(lengths),
    rho: (kappa * Math.log(trainLength)) / Math.sqrt(d),
    variants: out.map(({ variant, entropy, total, relevant, counts }) => {
      finish(total, seeds);
      finish(relevant, seeds);
      entropy.mean.forEach((sum, i) => (entropy.mean[i] = counts[i] > 0 ? sum / counts[i] : NaN));
      entropy.low.forEach((x, i) => (entropy.low[i] = counts[i] > 0 ? x : NaN));
      entropy.high.forEach((x, i) => (entropy.high[i] = counts[i] > 0 ? x : NaN));
      const meanField = Float64Array.from(lengths, (n) => {
        if (planted) return NaN;
        if (!isSoftmax(variant)) return annealedReluSquaredEntropy(n, d);
        const h = annealedSoftmaxEntropy(n, a * lengthFactor(variant, n, trainLength), d);
        return h >= 0 ? h : NaN;
      });
      return { variant, entropy, total, relevant, meanField };
    }),
  };
}

function accumulate(band: Band, i: number, x: number): void {
  band.mean[i] += x;
  band.low[i] = Math.min(band.low[i], x);
  band.high[i] = Math.max(band.high[i], x);
}

function finish(band: Band, seeds: number): void {
  for (let i = 0; i < band.mean.length; i++) band.mean[i] /= seeds;
}
