/**
 * The exact distribution P(s) = Π p(w)^α / Z over every segmentation s of a text (Kudo 2018's
 * subword-regularisation distribution with every segmentation kept, the article's "perfect" target),
 * and the probability of one segmentation, which needs no list at all.
 */
import { arcsOfPieces, countSegmentations, forwardLogZ, pathLogProbability } from './forward';
import { checkAlpha, cutKey, segmentableLattice, type Lattice, type Vocab } from './lattice';

export interface Segmentation {
  pieces: string[];
  /** Exact probability, or observed frequency for samples. */
  p: number;
}

/** Most segmentations a full list holds; the count grows exponentially with the text's length. */
export const MAX_SEGMENTATIONS = 50_000;

/** A segmentation with its arcs and key (interior cut positions), as the widgets use it. */
export interface RankedSegmentation extends Segmentation {
  key: string;
  arcs: number[];
  logP: number;
}

/** Throws the cap's message unless the text has at most `cap` segmentations. */
export function requireListable(lattice: Lattice, cap = MAX_SEGMENTATIONS): number {
  const count = countSegmentations(lattice);
  if (count > BigInt(cap)) {
    throw new Error(
      `text has ${count} segmentations, more than the ${cap} a full list allows; ` +
        'sampling and the probability of one segmentation have no such limit',
    );
  }
  return Number(count);
}

/**
 * Every segmentation of a lattice with its exact probability, most probable first (ties in the
 * order of a depth-first walk that tries the longest first piece first).
 */
export function enumerateSegmentations(lattice: Lattice, alpha: number, cap = MAX_SEGMENTATIONS): RankedSegmentation[] {
  requireListable(lattice, cap);
  const logZn = forwardLogZ(lattice, alpha)[lattice.n];
  const { n, start, end } = lattice;
  // Arcs out of each position that can still reach the end (so the walk meets no dead end and costs
  // O(count × length)), longest first.
  const finishes = new Uint8Array(n + 1);
  finishes[n] = 1;
  for (let k = start.length - 1; k >= 0; k--) if (finishes[end[k]]) finishes[start[k]] = 1;
  const out: number[][] = Array.from({ length: n + 1 }, () => []);
  for (let k = 0; k < start.length; k++) if (finishes[end[k]]) out[start[k]].push(k);
  for (const arcs of out) arcs.sort((a, b) => end[b] - end[a]);
  const found: RankedSegmentation[] = [];
  const path: number[] = [];
  const walk = (s: number) => {
    if (s === n) {
      const logP = pathLogProbability(lattice, path, alpha, logZn);
      found.push({ pieces: path.map((k) => lattice.piece[k]), p: Math.exp(logP), key: cutKey(lattice, path), arcs: [...path], logP });
      return;
    }
    for (const k of out[s]) {
      path.push(k);
      walk(end[k]);
      path.pop();
    }
  };
  walk(0);
  // A stable sort keeps the walk's order among equals.
  return found.sort((a, b) => b.p - a.p);
}

/**
 * Every segmentation of `text` (split into Unicode code points) into pieces of `vocab`, with
 * P(s) = Π p(w)^α / Z; α = 0 is uniform. Throws for an empty or unsegmentable text, a p(w) that is
 * not a positive finite number, α < 0, or more than MAX_SEGMENTATIONS segmentations.
 */
export function segmentationDistribution(text: string, vocab: Vocab, alpha = 1): Segmentation[] {
  checkAlpha(alpha);
  return enumerateSegmentations(segmentableLattice(text, vocab), alpha).map(({ pieces, p }) => ({ pieces, p }));
}

/** log P(s) of one segmentation given by its pieces: forward algorithm, no enumeration, any length. */
export function segmentationLogProbability(text: string, vocab: Vocab, pieces: readonly string[], alpha = 1): number {
  checkAlpha(alpha);
  const lattice = segmentableLattice(text, vocab);
  return pathLogProbability(lattice, arcsOfPieces(lattice, pieces), alpha, forwardLogZ(lattice, alpha)[lattice.n]);
}
