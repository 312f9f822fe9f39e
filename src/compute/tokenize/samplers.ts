/**
 * Three samplers of segmentations, each drawing one path through the lattice per call:
 * - perfect: forward sums log Z, then backward sampling from the end, picking the arc s → e into the
 *   current position e with probability Z(s)·p(w)^α / Z(e). Exactly P(s) ∝ Π p(w)^α.
 * - viterbiOld: the first "Viterbi Sampling" of BytePiece 0.4 (Su, "随机分词浅探", 2023-09-16):
 *   Viterbi's forward pass, but a new candidate route into e replaces the kept one with probability
 *   σ(α(s_new − s_kept)), s = the route's Σ log p(w), instead of only when s_new > s_kept. Biased.
 * - reservoir: the article's corrected version (BytePiece ≥ 0.5): each candidate replaces the kept
 *   route with probability (its weight) / (the running sum of weights into e), and the running sums
 *   log Z are what later positions build on. Exact, like `perfect`, in a single forward pass.
 */
import type { Rng } from '../numerics/random';
import { forwardLogZ, logAddExp } from './forward';
import type { Lattice } from './lattice';

/** Draws one segmentation: its arc indices in text order. */
export type PathSampler = (rng: Rng) => number[];

/** σ(x) = 1 / (1 + e^−x), without overflow for large |x|. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const t = Math.exp(x);
  return t / (1 + t);
}

/** Follows `route` back from n: route[e] is the arc chosen into e. */
function backtrack(lattice: Lattice, route: Int32Array): number[] {
  const arcs: number[] = [];
  for (let e = lattice.n; e > 0; e = lattice.start[route[e]]) arcs.push(route[e]);
  return arcs.reverse();
}

/** Forward filtering, backward sampling: exact. The lattice must be segmentable. */
export function perfectSampler(lattice: Lattice, alpha: number): PathSampler {
  const { n, start, logp, firstIn } = lattice;
  const logZ = forwardLogZ(lattice, alpha);
  // Cumulative choice probabilities of the arcs into each position, computed once for all draws.
  const cumulative = new Float64Array(start.length);
  for (let e = 1; e <= n; e++) {
    let acc = 0;
    for (let k = firstIn[e]; k < firstIn[e + 1]; k++) {
      const from = logZ[start[k]];
      acc += from === -Infinity || logZ[e] === -Infinity ? 0 : Math.exp(from + alpha * logp[k] - logZ[e]);
      cumulative[k] = acc;
    }
  }
  return (rng) => {
    const arcs: number[] = [];
    for (let e = n; e > 0; ) {
      const first = firstIn[e], last = firstIn[e + 1] - 1;
      // Scale by the total actually accumulated, so rounding never walks past the last arc.
      const u = rng.uniform() * cumulative[last];
      let k = first;
      while (k < last && (cumulative[k] <= u || logZ[start[k]] === -Infinity)) k++;
      arcs.push(k);
      e = start[k];
    }
    return arcs.reverse();
  };
}

/**
 * BytePiece 0.4's Viterbi Sampling, step for step: scores[0] = 0, every other −∞; for each arc in
 * the automaton's order, score = scores[s] + log p(w) and, if u < σ(α·(score − scores[e])), the arc
 * becomes the route into e and scores[e] = score. The first arc into e always wins (σ(+∞) = 1); at
 * α = 0 we take the limit α → 0⁺ of that rule: the first is kept, each later one replaces it with
 * probability ½.
 */
export function viterbiOldSampler(lattice: Lattice, alpha: number): PathSampler {
  const { n, start, end, logp } = lattice;
  return (rng) => {
    const scores = new Float64Array(n + 1).fill(-Infinity);
    const route = new Int32Array(n + 1).fill(-1);
    scores[0] = 0;
    for (let k = 0; k < start.length; k++) {
      const from = scores[start[k]];
      if (from === -Infinity) continue; // no route reaches s: the arc can never be taken
      const e = end[k];
      const score = from + logp[k];
      if (route[e] < 0 || rng.uniform() < sigmoid(alpha * (score - scores[e]))) {
        scores[e] = score;
        route[e] = k;
      }
    }
    return backtrack(lattice, route);
  };
}

/** The article's corrected Viterbi Sampling (reservoir sampling over the routes into each position). */
export function reservoirSampler(lattice: Lattice, alpha: number): PathSampler {
  const { n, start, end, logp } = lattice;
  return (rng) => {
    const logZ = new Float64Array(n + 1).fill(-Infinity);
    const route = new Int32Array(n + 1).fill(-1);
    logZ[0] = 0;
    for (let k = 0; k < start.length; k++) {
      const from = logZ[start[k]];
      if (from === -Infinity) continue;
      const e = end[k];
      const score = from + alpha * logp[k];
      logZ[e] = logAddExp(logZ[e], score);
      if (rng.uniform() < Math.exp(score - logZ[e])) route[e] = k;
    }
    return backtrack(lattice, route);
  };
}
