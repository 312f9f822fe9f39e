/**
 * One query's weights at the training length L and at k·L, for the side-by-side view: the same keys
 * (the first L of the k·L), each variant's weights sorted from largest to smallest and sampled at
 * ranks spaced evenly on a log axis, the planted keys' own ranks and weights, and the summaries.
 */
import { requireInRange, requireInteger, requireOneOf } from '../numerics/checks';
import { createRng, MAX_SEED } from '../numerics/random';
import { fail } from '../errors';
import { keyCosines, MAX_RELEVANT, type RelevantKeys } from './keys';
import { summariseWeights, variantWeights, VARIANTS, type Variant, type WeightSummary } from './variants';

/** Longest context the view draws: k·L keys are sorted once per variant. */
export const WEIGHTS_MAX_LENGTH = 1 << 20;
/** Ranks kept per curve (log-spaced, plus rank 1 and the last). */
const RANK_SAMPLES = 240;

export interface WeightsViewArgs {
  d: number;
  kappa: number;
  trainLength: number;
  /** k: the longer context is k·L. */
  factor: number;
  relevant: RelevantKeys;
  seed: number;
  variants: Variant[];
}

export interface RankedWeights extends WeightSummary {
  variant: Variant;
  /** Ranks (1 = largest weight) and the weight at each. */
  rank: Float64Array;
  weight: Float64Array;
  /** The planted keys: rank and weight of each. */
  relevantRank: Float64Array;
  relevantWeight: Float64Array;
}

export interface WeightsPanel {
  n: number;
  variants: RankedWeights[];
}

/** Ranks 1 … n spaced evenly in ln(rank), without repeats. */
export function logRanks(n: number, samples = RANK_SAMPLES): Float64Array {
  const set = new Set<number>([1, n]);
  for (let i = 0; i < samples; i++) set.add(Math.round(Math.exp((i / (samples - 1)) * Math.log(n))));
  return Float64Array.from([...set].sort((x, y) => x - y));
}

/** Rank of value x in a list sorted descending: 1 + the number of entries strictly larger. */
function rankIn(sortedDesc: Float64Array, x: number): number {
  let lo = 0;
  let hi = sortedDesc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedDesc[mid] > x) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

function ranked(variant: Variant, cos: Float64Array, a: number, trainLength: number, relevantCount: number): RankedWeights {
  const w = variantWeights(variant, cos, a, trainLength);
  const sorted = Float64Array.from(w).sort().reverse();
  const rank = logRanks(cos.length);
  return {
    variant,
    ...summariseWeights(variant, cos, a, trainLength, relevantCount),
    rank,
    weight: rank.map((r) => sorted[r - 1]),
    relevantRank: Float64Array.from({ length: relevantCount }, (_, j) => rankIn(sorted, w[j])),
    relevantWeight: w.slice(0, relevantCount),
  };
}

/** The weights of one query at L and at k·L under each variant (same keys, the shorter a prefix). */
export function attentionWeightsView(args: WeightsViewArgs): { panels: [WeightsPanel, WeightsPanel]; rho: number } {
  const d = requireInteger('d', args.d, 2, 4096);
  const kappa = requireInRange('kappa', args.kappa, 0, 1000, { openLow: true });
  const trainLength = requireInteger('trainLength', args.trainLength, MAX_RELEVANT, WEIGHTS_MAX_LENGTH);
  const factor = requireInteger('factor', args.factor, 1, 4096);
  const seed = requireInteger('seed', args.seed, 0, MAX_SEED);
  if (factor * trainLength > WEIGHTS_MAX_LENGTH) {
    fail('weightsTooLong', WEIGHTS_MAX_LENGTH, factor, trainLength);
  }
  if (!Array.isArray(args.variants) || args.variants.length === 0) throw new Error('variants must be a non-empty array');
  const variants = args.variants.map((v, i) => requireOneOf(`variants[${i}]`, v, VARIANTS));
  const cos = keyCosines(createRng(seed), factor * trainLength, d, args.relevant);
  const a = kappa * Math.log(trainLength);
  const panel = (n: number): WeightsPanel => ({
    n,
    variants: variants.map((v) => ranked(v, cos.subarray(0, n), a, trainLength, args.relevant.count)),
  });
  return { panels: [panel(trainLength), panel(factor * trainLength)], rho: a / Math.sqrt(d) };
}
