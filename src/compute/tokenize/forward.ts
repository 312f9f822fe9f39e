/**
 * Dynamic programming over the lattice, all in log space so long texts never overflow:
 * the forward sums log Z(e) = logsumexp over arcs s → e of [log Z(s) + α log p(w)] (the article's
 * eq. for Z^log, with logsumexp in place of Viterbi's max), the backward sums, Viterbi decoding,
 * arc marginals, the entropy of the segmentation distribution and the exact count of segmentations.
 */
import { describe } from '../numerics/checks';
import type { Lattice } from './lattice';

/** log(e^x + e^y), exact when either is −∞. */
export function logAddExp(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  return x >= y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
}

/** log Z(e) for e = 0…n: the log of Σ over segmentations of characters 0…e−1 of Π p(w)^α; −∞ where none. */
export function forwardLogZ(lattice: Lattice, alpha: number): Float64Array {
  const { n, start, logp, firstIn } = lattice;
  const logZ = new Float64Array(n + 1).fill(-Infinity);
  logZ[0] = 0;
  for (let e = 1; e <= n; e++) {
    let acc = -Infinity;
    for (let k = firstIn[e]; k < firstIn[e + 1]; k++) {
      const from = logZ[start[k]];
      if (from !== -Infinity) acc = logAddExp(acc, from + alpha * logp[k]);
    }
    logZ[e] = acc;
  }
  return logZ;
}

/** log β(s): the log of Σ over segmentations of characters s…n−1 of Π p(w)^α (β(n) = 1). */
export function backwardLogBeta(lattice: Lattice, alpha: number): Float64Array {
  const { n, start, end, logp } = lattice;
  const logBeta = new Float64Array(n + 1).fill(-Infinity);
  logBeta[n] = 0;
  // Arcs are sorted by end, so walking them backwards sees every arc out of s after those it feeds.
  for (let k = start.length - 1; k >= 0; k--) {
    const to = logBeta[end[k]];
    if (to !== -Infinity) logBeta[start[k]] = logAddExp(logBeta[start[k]], alpha * logp[k] + to);
  }
  return logBeta;
}

/**
 * P(arc k is used) under P(s) ∝ Π p(w)^α: Z(start)·p^α·β(end) / Z(n). The marginals of the arcs
 * ending at one position sum to the probability that a cut falls there.
 */
export function arcMarginals(lattice: Lattice, alpha: number, logZ = forwardLogZ(lattice, alpha), logBeta = backwardLogBeta(lattice, alpha)): Float64Array {
  const { start, end, logp, n } = lattice;
  const out = new Float64Array(start.length);
  for (let k = 0; k < out.length; k++) out[k] = Math.exp(logZ[start[k]] + alpha * logp[k] + logBeta[end[k]] - logZ[n]);
  return out;
}

export interface ViterbiResult {
  /** Arc indices of the most probable segmentation, in text order. */
  arcs: number[];
  /** V(e): the best Σ log p(w) over segmentations of characters 0…e−1 (−∞ where none). */
  best: Float64Array;
}

/**
 * Viterbi decoding: the segmentation maximising Π p(w). Ties keep the arc met first in BytePiece's
 * order (it replaces only on a strictly better score), so the result is deterministic.
 */
export function viterbiDecode(lattice: Lattice): ViterbiResult {
  const { n, start, logp, firstIn } = lattice;
  const best = new Float64Array(n + 1).fill(-Infinity);
  const back = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  for (let e = 1; e <= n; e++) {
    for (let k = firstIn[e]; k < firstIn[e + 1]; k++) {
      const score = best[start[k]] + logp[k];
      if (score > best[e]) {
        best[e] = score;
        back[e] = k;
      }
    }
  }
  const arcs: number[] = [];
  for (let e = n; e > 0 && back[e] >= 0; e = start[back[e]]) arcs.push(back[e]);
  return { arcs: arcs.reverse(), best };
}

/**
 * Shannon entropy (nats) of P(s) ∝ Π p(w)^α without listing segmentations: H = log Z − α·E[Σ log p(w)],
 * with the expectation carried forward as m(e) = Σ_arcs [Z(s)·p^α / Z(e)]·(m(s) + log p(w)).
 */
export function segmentationEntropy(lattice: Lattice, alpha: number, logZ = forwardLogZ(lattice, alpha)): number {
  const { n, start, logp, firstIn } = lattice;
  const mean = new Float64Array(n + 1);
  for (let e = 1; e <= n; e++) {
    if (logZ[e] === -Infinity) continue;
    let m = 0;
    for (let k = firstIn[e]; k < firstIn[e + 1]; k++) {
      const s = start[k];
      if (logZ[s] === -Infinity) continue;
      m += Math.exp(logZ[s] + alpha * logp[k] - logZ[e]) * (mean[s] + logp[k]);
    }
    mean[e] = m;
  }
  // Rounding can leave −1e−16 for a single segmentation; entropy is never negative.
  return Math.max(0, logZ[n] - alpha * mean[n]);
}

/** The exact number of segmentations (a BigInt: it grows like 2^(n−1) when every character is a piece). */
export function countSegmentations(lattice: Lattice): bigint {
  const { n, start, firstIn } = lattice;
  const count = new Array<bigint>(n + 1).fill(0n);
  count[0] = 1n;
  for (let e = 1; e <= n; e++) for (let k = firstIn[e]; k < firstIn[e + 1]; k++) count[e] += count[start[k]];
  return count[n];
}

/** Index of the arc s → e, or −1. */
export function findArc(lattice: Lattice, s: number, e: number): number {
  if (!(e >= 1 && e <= lattice.n)) return -1;
  for (let k = lattice.firstIn[e]; k < lattice.firstIn[e + 1]; k++) if (lattice.start[k] === s) return k;
  return -1;
}

/**
 * The arcs of a segmentation given as pieces; throws if the pieces do not spell the text in order or
 * one is not in the vocabulary.
 */
export function arcsOfPieces(lattice: Lattice, pieces: readonly string[]): number[] {
  const arcs: number[] = [];
  let s = 0;
  for (const piece of pieces) {
    const e = s + Array.from(piece).length;
    const k = piece === '' ? -1 : findArc(lattice, s, e);
    if (k < 0 || lattice.piece[k] !== piece) {
      throw new Error(`pieces must spell the text with vocabulary pieces, got ${describe(piece)} at character ${s + 1}`);
    }
    arcs.push(k);
    s = e;
  }
  if (s !== lattice.n) throw new Error(`pieces must spell the whole text (${lattice.n} characters), got ${s} characters`);
  return arcs;
}

/** log P(s) = α Σ log p(w) − log Z(n) of the path made of `arcs`. */
export function pathLogProbability(lattice: Lattice, arcs: ArrayLike<number>, alpha: number, logZn: number): number {
  let score = 0;
  for (let i = 0; i < arcs.length; i++) score += lattice.logp[arcs[i]];
  return alpha * score - logZn;
}
