/**
 * Worker-facing kernels of the segment-* widgets. Each takes the widget's request (text, vocabulary
 * source, α, …) and returns plain data for its figure; the shipped vocabularies come through the
 * loader the worker binds (worker/families/tokenize.ts).
 */
import { requireInteger, requireInRange } from '../numerics/checks';
import { MAX_SEED } from '../numerics/random';
import { enumerateSegmentations, MAX_SEGMENTATIONS } from './distribution';
import { arcMarginals, backwardLogBeta, countSegmentations, forwardLogZ, segmentationEntropy, viterbiDecode } from './forward';
import type { Lattice } from './lattice';
import { exactLogP, samplerFor, streamSeed, tallySamples, tvFromTallies } from './sampling';
import { realSegments } from './realWidget';
import { rankRows, type ComparedRows } from './rows';
import { resolveLattice, shippedCache, type ResolvedLattice, type ShippedLoader, type VocabRequest } from './vocabSource';
import { arcsOfKey, viterbiOldLaw } from './viterbiLaw';
import { fail } from '../errors';

export type { VocabRequest } from './vocabSource';

/** Longest text the lattice and sampler widgets take (the lattice is drawn arc by arc). */
export const MAX_DRAWN_CHARS = 80;

export interface LatticeView extends Omit<ResolvedLattice, 'lattice'> {
  chars: string[];
  start: Int32Array; end: Int32Array; logp: Float64Array; piece: string[]; unknown: Uint8Array;
  logZ: Float64Array; best: Float64Array; viterbi: number[];
  /** P(arc used), and P(backward sampling picks the arc | it stands at the arc's end) = Z(s)·p^α / Z(e). */
  marginal: Float64Array; choice: Float64Array;
  /** 1-based place of each arc among those into its end, in BytePiece's order (the old method's order of challenges). */
  arrival: Int32Array;
  count: string; entropy: number; alpha: number;
}

export interface SamplersView extends ComparedRows {
  checkpoints: number[]; tvPerfect: number[]; tvViterbi: number[];
  /** TV between the old method's exact law and P, where the law was computable. */
  lawTv: number | null; lawNote: string;
  count: string; samples: number;
}

export interface AlphaView {
  alphas: number[]; entropy: number[]; pViterbi: number[]; logCount: number; count: string;
  alpha: number; entropyAt: number; pViterbiAt: number; viterbi: string[];
  /** The most probable segmentations at α = 1 (a fixed order as α moves) with P at the chosen α. */
  bars: { key: string; pieces: string[]; p: number }[]; otherP: number; listNote: string;
}

function requireDrawable(lattice: Lattice): void {
  if (lattice.n > MAX_DRAWN_CHARS) fail('textTooLong', MAX_DRAWN_CHARS, lattice.n);
}

/** The kernels, bound to a loader of the shipped vocabularies. */
export function tokenizeKernels(load: ShippedLoader) {
  const shipped = shippedCache(load);

  async function lattice(req: VocabRequest): Promise<LatticeView> {
    const { lattice: l, ...source } = await resolveLattice(req, shipped);
    requireDrawable(l);
    const logZ = forwardLogZ(l, req.alpha);
    const logBeta = backwardLogBeta(l, req.alpha);
    const choice = new Float64Array(l.start.length);
    const arrival = new Int32Array(l.start.length);
    for (let e = 1; e <= l.n; e++) {
      for (let k = l.firstIn[e]; k < l.firstIn[e + 1]; k++) {
        choice[k] = logZ[e] === -Infinity ? 0 : Math.exp(logZ[l.start[k]] + req.alpha * l.logp[k] - logZ[e]);
        arrival[k] = k - l.firstIn[e] + 1;
      }
    }
    const { arcs, best } = viterbiDecode(l);
    return {
      ...source, chars: l.chars, start: l.start, end: l.end, logp: l.logp, piece: l.piece, unknown: l.unknown,
      logZ, best, viterbi: arcs, marginal: arcMarginals(l, req.alpha, logZ, logBeta), choice, arrival,
      count: String(countSegmentations(l)), entropy: segmentationEntropy(l, req.alpha, logZ), alpha: req.alpha,
    };
  }

  async function samplers(req: VocabRequest & { samples: number; seed: number }): Promise<SamplersView> {
    const samples = requireInteger('samples', req.samples, 10, 1_000_000);
    const seed = requireInteger('seed', req.seed, 0, MAX_SEED);
    const { lattice: l } = await resolveLattice(req, shipped);
    requireDrawable(l);
    const logP = exactLogP(l, req.alpha);
    const checkpoints = logSpaced(10, samples, 40);
    const runs = (['perfect', 'viterbi'] as const).map((method) => {
      const tv: number[] = [];
      const tallies = tallySamples(samplerFor(l, method, req.alpha), l, samples, streamSeed(seed, method), checkpoints,
        (n, t) => tv.push(tvFromTallies(l, t, n, logP)));
      return { tallies, tv };
    });
    const count = countSegmentations(l);
    const listable = count <= BigInt(MAX_SEGMENTATIONS);
    let law: Map<string, number> | null = null;
    let lawNote = '';
    if (!listable) lawNote = `the exact law of the old Viterbi Sampling is computed for texts with at most ${MAX_SEGMENTATIONS} segmentations; only its samples are shown`;
    else {
      try {
        law = new Map(viterbiOldLaw(l, req.alpha).map((x) => [x.key, x.p]));
      } catch (err) {
        lawNote = (err as Error).message;
      }
    }
    const listed = listable ? enumerateSegmentations(l, req.alpha) : [];
    const rows = rankRows(l, logP, samples, runs[0].tallies, runs[1].tallies, listed, law);
    let lawTv: number | null = null;
    if (law) {
      let seen = 0, gap = 0;
      for (const [key, p] of law) {
        const exact = Math.exp(logP({ key, arcs: arcsOfKey(l, key), count: 0 }));
        seen += exact;
        gap += Math.abs(p - exact);
      }
      lawTv = 0.5 * (gap + Math.max(0, 1 - seen));
    }
    return { ...rows, checkpoints, tvPerfect: runs[0].tv, tvViterbi: runs[1].tv, lawTv, lawNote, count: String(count), samples };
  }

  async function alphaSweep(req: VocabRequest & { alphaMax: number }): Promise<AlphaView> {
    const alphaMax = requireInRange('alphaMax', req.alphaMax, 0, 1000, { openLow: true });
    const { lattice: l } = await resolveLattice(req, shipped);
    const { arcs } = viterbiDecode(l);
    const viterbiScore = arcs.reduce((s, k) => s + l.logp[k], 0);
    const alphas = Array.from({ length: 161 }, (_, i) => (alphaMax * i) / 160);
    const at = (alpha: number) => {
      const logZ = forwardLogZ(l, alpha);
      return { entropy: segmentationEntropy(l, alpha, logZ), pViterbi: Math.exp(alpha * viterbiScore - logZ[l.n]) };
    };
    const sweep = alphas.map(at);
    const now = at(req.alpha);
    const count = countSegmentations(l);
    let bars: AlphaView['bars'] = [];
    let otherP = 0;
    let listNote = '';
    if (count <= BigInt(MAX_SEGMENTATIONS)) {
      // Ordered by Π p(w) (their order at α = 1), so bars keep their places as α moves.
      const byProduct = enumerateSegmentations(l, 1);
      const logZ = forwardLogZ(l, req.alpha)[l.n];
      const logZ1 = forwardLogZ(l, 1)[l.n];
      bars = byProduct.slice(0, ALPHA_BARS).map((s) => ({ key: s.key, pieces: s.pieces, p: Math.exp(req.alpha * (s.logP + logZ1) - logZ) }));
      otherP = Math.max(0, 1 - bars.reduce((sum, b) => sum + b.p, 0));
    } else listNote = `text has ${count} segmentations, too many to list; the curves need no list`;
    return {
      alphas, entropy: sweep.map((x) => x.entropy), pViterbi: sweep.map((x) => x.pViterbi), logCount: logOfBig(count), count: String(count),
      alpha: req.alpha, entropyAt: now.entropy, pViterbiAt: now.pViterbi, viterbi: arcs.map((k) => l.piece[k]), bars, otherP, listNote,
    };
  }

  const real = (req: VocabRequest & { show: number; seed: number }) => realSegments(req, shipped);

  return { lattice, samplers, alphaSweep, real };
}

/** Segmentations shown as bars in the α widget; the rest are summed. */
export const ALPHA_BARS = 16;

/** Up to `count` distinct integers from lo to hi, evenly spaced in log scale (both ends included). */
export function logSpaced(lo: number, hi: number, count: number): number[] {
  const out = new Set<number>();
  for (let i = 0; i < count; i++) out.add(Math.round(lo * (hi / lo) ** (i / (count - 1))));
  return [...out].filter((x) => x >= lo && x <= hi).sort((a, b) => a - b);
}

/** ln of a BigInt of any size. */
export function logOfBig(x: bigint): number {
  const digits = x.toString();
  const head = Number(digits.slice(0, 17));
  return Math.log(head) + (digits.length - Math.min(17, digits.length)) * Math.LN10;
}

