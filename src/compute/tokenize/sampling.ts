/**
 * Seeded sampling of segmentations: frequencies of each segmentation drawn, and the total-variation
 * distance from the exact distribution as the number of draws grows. TV needs no full list: for the
 * segmentations seen, P(s) comes from the forward sums, and every unseen one is missed entirely, so
 * TV = ½ (Σ_seen |f(s) − P(s)| + 1 − Σ_seen P(s)).
 */
import { requireInteger, requireOneOf } from '../numerics/checks';
import { createRng, deriveSeed, MAX_SEED } from '../numerics/random';
import type { Segmentation } from './distribution';
import { forwardLogZ, pathLogProbability } from './forward';
import { checkAlpha, cutKey, segmentableLattice, type Lattice, type Vocab } from './lattice';
import { perfectSampler, reservoirSampler, viterbiOldSampler, type PathSampler } from './samplers';

export type SamplingMethod = 'perfect' | 'viterbi' | 'reservoir';
export const SAMPLING_METHODS: readonly SamplingMethod[] = ['perfect', 'viterbi', 'reservoir'];
/** Most draws one call makes. */
export const MAX_SAMPLES = 10_000_000;

export function samplerFor(lattice: Lattice, method: SamplingMethod, alpha: number): PathSampler {
  if (method === 'perfect') return perfectSampler(lattice, alpha);
  if (method === 'viterbi') return viterbiOldSampler(lattice, alpha);
  return reservoirSampler(lattice, alpha);
}

/**
 * The random stream of one method under one seed: each method has its own sub-stream, so comparing
 * methods at one seed compares independent runs.
 */
export function streamSeed(seed: number, method: SamplingMethod): number {
  return deriveSeed(seed, SAMPLING_METHODS.indexOf(method));
}

/** One drawn segmentation and how often it came up. */
export interface Tally {
  key: string;
  arcs: number[];
  count: number;
}

/** Draws `samples` segmentations; calls `checkpoint(drawn)` after each draw count listed in `at`. */
export function tallySamples(
  sample: PathSampler, lattice: Lattice, samples: number, seed: number,
  at: readonly number[] = [], checkpoint: (drawn: number, tallies: Map<string, Tally>) => void = () => {},
): Map<string, Tally> {
  const rng = createRng(seed);
  const tallies = new Map<string, Tally>();
  let next = 0;
  for (let i = 1; i <= samples; i++) {
    const arcs = sample(rng);
    const key = cutKey(lattice, arcs);
    const seen = tallies.get(key);
    if (seen) seen.count++;
    else tallies.set(key, { key, arcs, count: 1 });
    while (next < at.length && at[next] === i) {
      checkpoint(i, tallies);
      next++;
    }
  }
  return tallies;
}

/** Tallies as segmentations with their observed frequency, most frequent first (ties: first drawn first). */
export function frequencies(lattice: Lattice, tallies: Map<string, Tally>, total: number): Segmentation[] {
  return [...tallies.values()]
    .sort((a, b) => b.count - a.count)
    .map((t) => ({ pieces: t.arcs.map((k) => lattice.piece[k]), p: t.count / total }));
}

/** Total-variation distance between observed tallies (out of `total` draws) and the exact distribution. */
export function tvFromTallies(lattice: Lattice, tallies: Map<string, Tally>, total: number, logP: (t: Tally) => number): number {
  let seenMass = 0;
  let gap = 0;
  for (const t of tallies.values()) {
    const p = Math.exp(logP(t));
    seenMass += p;
    gap += Math.abs(t.count / total - p);
  }
  return 0.5 * (gap + Math.max(0, 1 - seenMass));
}

/** log P(s) of tallied segmentations, each computed once. */
export function exactLogP(lattice: Lattice, alpha: number): (t: Tally) => number {
  const logZn = forwardLogZ(lattice, alpha)[lattice.n];
  const memo = new Map<string, number>();
  return (t) => {
    let v = memo.get(t.key);
    if (v === undefined) memo.set(t.key, (v = pathLogProbability(lattice, t.arcs, alpha, logZn)));
    return v;
  };
}

/**
 * `samples` seeded draws from `method` ('perfect': exactly P(s) ∝ Π p(w)^α; 'viterbi': the article's
 * earlier Viterbi Sampling), returned as the distinct segmentations drawn with p = observed
 * frequency, most frequent first. The same arguments always give the same answer.
 */
export function sampleSegmentations(
  text: string, vocab: Vocab,
  options: { method: 'perfect' | 'viterbi'; alpha?: number; samples: number; seed: number },
): Segmentation[] {
  const method = requireOneOf('method', options?.method, ['perfect', 'viterbi'] as const);
  const alpha = checkAlpha(options.alpha ?? 1);
  const samples = requireInteger('samples', options.samples, 1, MAX_SAMPLES);
  const seed = requireInteger('seed', options.seed, 0, MAX_SEED);
  const lattice = segmentableLattice(text, vocab);
  const tallies = tallySamples(samplerFor(lattice, method, alpha), lattice, samples, streamSeed(seed, method));
  return frequencies(lattice, tallies, samples);
}
