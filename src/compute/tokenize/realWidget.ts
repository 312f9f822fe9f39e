/**
 * Kernel of the segment-real widget: any sentence under a real unigram model (or any vocabulary
 * source), with no length cap from listing. Exact facts come from the forward sums (count, entropy,
 * log P of each segmentation shown); samples from both methods; and a histogram of the most probable
 * segmentations drawn, each with its exact probability.
 */
import { requireInteger } from '../numerics/checks';
import { createRng, deriveSeed, MAX_SEED } from '../numerics/random';
import { countSegmentations, forwardLogZ, pathLogProbability, segmentationEntropy, viterbiDecode } from './forward';
import type { Lattice } from './lattice';
import { rankRows, type ComparedRows } from './rows';
import { exactLogP, samplerFor, streamSeed, tallySamples, tvFromTallies } from './sampling';
import { resolveLattice, type ResolvedLattice, type VocabRequest } from './vocabSource';
import type { ModelName, ShippedVocab } from './shippedVocab';

/** Longest text the real-vocabulary widget takes. */
export const MAX_REAL_CHARS = 400;
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
}

function scored(l: Lattice, arcs: number[], alpha: number, logZn: number): ScoredSegmentation {
  return { pieces: arcs.map((k) => l.piece[k]), logP: pathLogProbability(l, arcs, alpha, logZn) };
}

export async function realSegments(
  req: VocabRequest & { show: number; seed: number }, shipped: (name: ModelName) => Promise<ShippedVocab>,
): Promise<RealView> {
  const show = requireInteger('show', req.show, 1, 50);
  const seed = requireInteger('seed', req.seed, 0, MAX_SEED);
  const { lattice: l, ...source } = await resolveLattice(req, shipped);
  if (l.n > MAX_REAL_CHARS) throw new Error(`text must have at most ${MAX_REAL_CHARS} characters here, got ${l.n}`);
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
  };
}
