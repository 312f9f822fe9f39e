/**
 * Kernel of the segment-real widget: any sentence under a real unigram model (or any vocabulary
 * source), with no length cap from listing. Exact facts come from the forward sums (count, entropy,
 * log P of each segmentation shown); samples from both methods; and a histogram of the most probable
 * segmentations drawn, each with its exact probability.
 */
import { requireInteger } from '../numerics/checks';
import { createRng, deriveSeed, MAX_SEED } from '../numerics/random';
import { arcMarginals, countSegmentations, forwardLogZ, pathLogProbability, segmentationEntropy, viterbiDecode } from './forward';
import type { Lattice } from './lattice';
import { rankRows, type ComparedRows } from './rows';
import { exactLogP, samplerFor, streamSeed, tallySamples, tvFromTallies, type Tally } from './sampling';
import { resolveLattice, type ResolvedLattice, type VocabRequest } from './vocabSource';
import type { ModelName, ShippedVocab } from './shippedVocab';
import { fail } from '../errors';

/** Longest text the real-vocabulary widget takes, as the reader types it. */
export const MAX_REAL_CHARS = 400;
/**
 * Longest text once a model has prepared it: ALBERT's ▁ before the first word makes a full box one
 * character longer, and NFKC can expand a character into several (ﷺ into 18).
 */
export const MAX_PREPARED_CHARS = 2 * MAX_REAL_CHARS;
/** Draws per method behind the histogram. */
export const REAL_DRAWS = 2000;

export interface ScoredSegmentation {
  pieces: string[];
  logP: number;
}

export interface RealView extends Omit<ResolvedLattice, 'lattice'>, ComparedRows {
  /** The text as matched (after the model's normalisation). */
  text: string;
  count: string; entropy: number; alpha: number;
  viterbi: ScoredSegmentation;
  perfect: ScoredSegmentation[]; old: ScoredSegmentation[];
  draws: number; tvPerfect: number; tvViterbi: number;
  /** P(a cut between characters i − 1 and i), i = 0…n (0 and n always 1): exact, and observed in each method's draws. */
  cutExact: Float64Array; cutPerfect: Float64Array; cutViterbi: Float64Array;
}

/** Exact probability of a cut at each position: the marginals of the arcs ending there. */
function cutMarginals(l: Lattice, alpha: number): Float64Array {
  const marginal = arcMarginals(l, alpha);
  const out = new Float64Array(l.n + 1);
  for (let k = 0; k < marginal.length; k++) out[l.end[k]] += marginal[k];
  out[0] = 1;
  return out;
}

/** Observed frequency of a cut at each position among tallied draws. */
function cutFrequencies(l: Lattice, tallies: Map<string, Tally>, total: number): Float64Array {
  const out = new Float64Array(l.n + 1);
  for (const t of tallies.values()) for (const k of t.arcs) out[l.end[k]] += t.count / total;
  out[0] = 1;
  return out;
}

function scored(l: Lattice, arcs: number[], alpha: number, logZn: number): ScoredSegmentation {
  return { pieces: arcs.map((k) => l.piece[k]), logP: pathLogProbability(l, arcs, alpha, logZn) };
}

export async function realSegments(
  req: VocabRequest & { show: number; seed: number }, shipped: (name: ModelName) => Promise<ShippedVocab>,
): Promise<RealView> {
  const show = requireInteger('show', req.show, 1, 50);
  const seed = requireInteger('seed', req.seed, 0, MAX_SEED);
  const typed = typeof req.text === 'string' ? Array.from(req.text).length : 0;
  if (typed > MAX_REAL_CHARS) fail('textTooLong', MAX_REAL_CHARS, typed);
  const { lattice: l, ...source } = await resolveLattice(req, shipped);
  if (l.n > MAX_PREPARED_CHARS) {
    fail('textTooLongPrepared', MAX_PREPARED_CHARS, l.n);
  }
  const logZ = forwardLogZ(l, req.alpha);
  const logZn = logZ[l.n];
  const logP = exactLogP(l, req.alpha);
  const draw = (method: 'perfect' | 'viterbi') => {
    const sample = samplerFor(l, method, req.alpha);
    // The samples listed come from a sub-stream of their own; the histogram's draws from the method's stream.
    const rng = createRng(deriveSeed(streamSeed(seed, method), 1));
    const shown = Array.from({ length: show }, () => scored(l, sample(rng), req.alpha, logZn));
    const tallies = tallySamples(sample, l, REAL_DRAWS, streamSeed(seed, method));
    return { shown, tallies, tv: tvFromTallies(l, tallies, REAL_DRAWS, logP) };
  };
  const perfect = draw('perfect');
  const old = draw('viterbi');
  return {
    ...source, ...rankRows(l, logP, REAL_DRAWS, perfect.tallies, old.tallies, [], null, 10),
    text: l.text, count: String(countSegmentations(l)), entropy: segmentationEntropy(l, req.alpha, logZ), alpha: req.alpha,
    viterbi: scored(l, viterbiDecode(l).arcs, req.alpha, logZn), perfect: perfect.shown, old: old.shown,
    draws: REAL_DRAWS, tvPerfect: perfect.tv, tvViterbi: old.tv,
    cutExact: cutMarginals(l, req.alpha), cutPerfect: cutFrequencies(l, perfect.tallies, REAL_DRAWS), cutViterbi: cutFrequencies(l, old.tallies, REAL_DRAWS),
  };
}
