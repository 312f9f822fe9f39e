/**
 * The rows a histogram of segmentations shows: the most probable segmentations (by exact P) among
 * those listed or drawn, each with its exact probability and its observed frequency under each
 * sampler, plus one row summing everything else.
 */
import type { RankedSegmentation } from './distribution';
import type { Lattice } from './lattice';
import type { Tally } from './sampling';
import { arcsOfKey } from './viterbiLaw';

/** Rows shown one by one; the rest are summed into `other`. */
export const SHOWN_ROWS = 12;

export interface ComparedRow {
  key: string;
  pieces: string[];
  exact: number;
  perfect: number;
  viterbi: number;
  /** The old method's exact probability of this segmentation, where its law is known. */
  law: number | null;
}

export interface ComparedRows {
  rows: ComparedRow[];
  /** Everything not in `rows`, summed. */
  other: Omit<ComparedRow, 'key' | 'pieces'>;
  /** Distinct segmentations each sampler drew. */
  seenPerfect: number;
  seenViterbi: number;
}

/** Picks and fills the rows; `listed` is every segmentation when the text has few enough (else empty). */
export function rankRows(
  lattice: Lattice, logP: (t: Tally) => number, samples: number,
  perfect: Map<string, Tally>, viterbi: Map<string, Tally>, listed: RankedSegmentation[], law: Map<string, number> | null,
  shown = SHOWN_ROWS,
): ComparedRows {
  const candidates = new Map<string, number[]>();
  for (const s of listed) candidates.set(s.key, s.arcs);
  for (const tallies of [perfect, viterbi]) for (const t of tallies.values()) candidates.set(t.key, t.arcs);
  for (const key of law?.keys() ?? []) if (!candidates.has(key)) candidates.set(key, arcsOfKey(lattice, key));
  const scored = [...candidates].map(([key, arcs]) => ({ key, arcs, exact: Math.exp(logP({ key, arcs, count: 0 })) }));
  // Most probable first; ties in key order, so the rows never reshuffle between runs.
  scored.sort((a, b) => b.exact - a.exact || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const freq = (tallies: Map<string, Tally>, key: string) => (tallies.get(key)?.count ?? 0) / samples;
  const rows = scored.slice(0, shown).map(({ key, arcs, exact }) => ({
    key, pieces: arcs.map((k) => lattice.piece[k]), exact,
    perfect: freq(perfect, key), viterbi: freq(viterbi, key), law: law ? law.get(key) ?? 0 : null,
  }));
  const rest = (pick: (r: ComparedRow) => number) => Math.max(0, 1 - rows.reduce((sum, r) => sum + pick(r), 0));
  return {
    rows,
    other: { exact: rest((r) => r.exact), perfect: rest((r) => r.perfect), viterbi: rest((r) => r.viterbi), law: law ? rest((r) => r.law ?? 0) : null },
    seenPerfect: perfect.size,
    seenViterbi: viterbi.size,
  };
}
