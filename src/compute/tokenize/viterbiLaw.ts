/**
 * The exact output distribution of the old Viterbi Sampling (samplers.ts, viterbiOldSampler), for
 * texts small enough. Its route into e is a random prefix that later positions build on, so the
 * routes kept at different positions are dependent; we carry their joint distribution forward
 * exactly: a state is the route kept at every position some later arc still starts from, with its
 * probability, and each arc into e splits a state in two (kept or replaced, with probability
 * σ(α·(s_new − s_kept))). States that agree on every live route are merged.
 */
import { findArc } from './forward';
import type { Lattice } from './lattice';
import { sigmoid } from './samplers';

/** Most joint states the computation carries; past it the law is not computed. */
export const MAX_LAW_STATES = 20_000;

interface Route {
  /** Interior cut positions, comma-separated (the segmentation's key). */
  key: string;
  /** Σ log p(w) along the route, summed in the sampler's order. */
  score: number;
}
interface State {
  p: number;
  routes: Map<number, Route>;
}

export interface LawEntry {
  key: string;
  arcs: number[];
  p: number;
}

function extend(route: Route, s: number, logp: number): Route {
  return { key: s === 0 ? '' : route.key === '' ? String(s) : `${route.key},${s}`, score: route.score + logp };
}

/** The arcs of a segmentation from its key. */
export function arcsOfKey(lattice: Lattice, key: string): number[] {
  const cuts = key === '' ? [] : key.split(',').map(Number);
  const bounds = [0, ...cuts, lattice.n];
  return bounds.slice(1).map((e, i) => findArc(lattice, bounds[i], e));
}

/**
 * P(old Viterbi Sampling outputs s) for every s it can output, most probable first. Throws past
 * MAX_LAW_STATES joint states. The lattice must be segmentable.
 */
export function viterbiOldLaw(lattice: Lattice, alpha: number, maxStates = MAX_LAW_STATES): LawEntry[] {
  const { n, start, end, logp, firstIn } = lattice;
  // A position stays live while some arc starting there ends further on.
  const lastEnd = new Int32Array(n + 1);
  for (let k = 0; k < start.length; k++) lastEnd[start[k]] = Math.max(lastEnd[start[k]], end[k]);
  let states: State[] = [{ p: 1, routes: new Map([[0, { key: '', score: 0 }]]) }];
  for (let e = 1; e <= n; e++) {
    const merged = new Map<string, State>();
    for (const state of states) {
      let branches: { p: number; kept: Route | null }[] = [{ p: state.p, kept: null }];
      for (let k = firstIn[e]; k < firstIn[e + 1]; k++) {
        const from = state.routes.get(start[k]);
        if (!from) continue;
        const candidate = extend(from, start[k], logp[k]);
        const next = new Map<string, { p: number; kept: Route | null }>();
        const add = (p: number, kept: Route) => {
          if (p === 0) return;
          const had = next.get(kept.key);
          if (had) had.p += p;
          else next.set(kept.key, { p, kept });
        };
        for (const b of branches) {
          if (!b.kept) {
            add(b.p, candidate);
            continue;
          }
          const replace = sigmoid(alpha * (candidate.score - b.kept.score));
          add(b.p * replace, candidate);
          add(b.p * (1 - replace), b.kept);
        }
        branches = [...next.values()];
      }
      for (const b of branches) {
        const routes = new Map<number, Route>();
        for (const [s, r] of state.routes) if (lastEnd[s] > e) routes.set(s, r);
        if (b.kept && (lastEnd[e] > e || e === n)) routes.set(e, b.kept);
        const key = [...routes].map(([s, r]) => `${s}:${r.key}`).join('|');
        const had = merged.get(key);
        if (had) had.p += b.p;
        else merged.set(key, { p: b.p, routes });
      }
    }
    states = [...merged.values()];
    if (states.length > maxStates) {
      throw new Error(`the exact law of the old Viterbi Sampling needs more than ${maxStates} joint states for this text; only its samples are shown`);
    }
  }
  const law = new Map<string, number>();
  for (const state of states) {
    const final = state.routes.get(n);
    if (final) law.set(final.key, (law.get(final.key) ?? 0) + state.p);
  }
  return [...law].map(([key, p]) => ({ key, p, arcs: arcsOfKey(lattice, key) })).sort((a, b) => b.p - a.p);
}
