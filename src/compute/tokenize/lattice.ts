/**
 * The segmentation lattice of a unigram model: positions 0…n between the text's Unicode code points,
 * and one arc s → e for every vocabulary piece equal to characters s…e−1. Every segmentation of the
 * text is a path 0 → n. Arcs are kept in the order BytePiece's Aho–Corasick automaton reports them
 * (Su, "随机分词再探", 2023): by end position, and at one end from the longest piece to the shortest.
 * The old Viterbi Sampling depends on that order; nothing else does.
 */
import { describe, requireFinite, requireNonNegative, requirePositive } from '../numerics/checks';
import { fail, shown } from '../errors';

/** piece → p(w) > 0; the values need not sum to 1. */
export type Vocab = Record<string, number>;

/** A vocabulary checked once and ready for matching: log p(w), and the lengths pieces come in. */
export interface PreparedVocab {
  logp: Map<string, number>;
  /** The distinct lengths (in code points) of the pieces, ascending: matching tries only these. */
  lengths: number[];
}

export interface Lattice {
  text: string;
  /** The text's code points (so 😀 is one character, not two UTF-16 units). */
  chars: string[];
  n: number;
  start: Int32Array;
  end: Int32Array;
  logp: Float64Array;
  piece: string[];
  /** 1 for an arc added for a character the vocabulary lacks (see LatticeOptions.unknownLogp). */
  unknown: Uint8Array;
  /** Arcs ending at e are firstIn[e] … firstIn[e + 1] − 1. */
  firstIn: Int32Array;
}

const prepared = new WeakMap<Vocab, PreparedVocab>();

/** Checks a vocabulary (every p(w) finite and > 0, no empty piece) and indexes it; cached per object. */
export function prepareVocab(vocab: Vocab): PreparedVocab {
  const cached = prepared.get(vocab);
  if (cached) return cached;
  if (typeof vocab !== 'object' || vocab === null || Array.isArray(vocab)) throw new Error(`vocab must be an object of piece → p(w), got ${describe(vocab)}`);
  const logp = new Map<string, number>();
  const lengths = new Set<number>();
  for (const [piece, p] of Object.entries(vocab)) {
    if (piece === '') throw new Error(`vocab pieces must be non-empty strings, got ${describe(piece)}`);
    logp.set(piece, Math.log(requirePositive(`p(${describe(piece)})`, p)));
    lengths.add(Array.from(piece).length);
  }
  if (logp.size === 0) throw new Error('vocab must hold at least one piece, got an empty vocabulary');
  const result = { logp, lengths: [...lengths].sort((a, b) => a - b) };
  prepared.set(vocab, result);
  return result;
}

/** Checks α, the exponent of P(s) ∝ Π p(w)^α (0 = uniform over segmentations). */
export function checkAlpha(alpha: unknown): number {
  return requireNonNegative('alpha', alpha);
}

export interface LatticeOptions {
  /**
   * When given, a character that is not itself a piece still gets a one-character arc with this
   * log-probability, as real tokenizers treat unknown characters (SentencePiece: its lowest score
   * minus 10; jieba: a count of 1). Without it such a text may have no segmentation.
   */
  unknownLogp?: number;
}

/** Every vocabulary piece found in `text`, as arcs; throws if the text is empty (never if unsegmentable). */
export function buildLattice(text: string, vocab: Vocab, options: LatticeOptions = {}): Lattice {
  if (typeof text !== 'string' || text === '') fail('textEmpty', shown(text));
  const { logp, lengths } = prepareVocab(vocab);
  const unknownLogp = options.unknownLogp === undefined ? undefined : requireFinite('unknownLogp', options.unknownLogp);
  const chars = Array.from(text);
  const n = chars.length;
  // UTF-16 offset of each character, so a piece's candidate is one slice of the text.
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offset[i + 1] = offset[i] + chars[i].length;
  // Starts are pushed in increasing order, so at each end the longest piece comes first.
  const byEnd: { s: number; piece: string; logp: number; unknown: boolean }[][] = Array.from({ length: n + 1 }, () => []);
  for (let s = 0; s < n; s++) {
    for (const length of lengths) {
      const e = s + length;
      if (e > n) break;
      const candidate = text.slice(offset[s], offset[e]);
      const value = logp.get(candidate);
      if (value !== undefined) byEnd[e].push({ s, piece: candidate, logp: value, unknown: false });
    }
    if (unknownLogp !== undefined && !logp.has(chars[s])) byEnd[s + 1].push({ s, piece: chars[s], logp: unknownLogp, unknown: true });
  }
  const count = byEnd.reduce((sum, arcs) => sum + arcs.length, 0);
  const lattice: Lattice = {
    text, chars, n,
    start: new Int32Array(count), end: new Int32Array(count), logp: new Float64Array(count), piece: new Array<string>(count),
    unknown: new Uint8Array(count), firstIn: new Int32Array(n + 2),
  };
  let k = 0;
  for (let e = 0; e <= n; e++) {
    lattice.firstIn[e] = k;
    for (const arc of byEnd[e]) {
      lattice.start[k] = arc.s;
      lattice.end[k] = e;
      lattice.logp[k] = arc.logp;
      lattice.piece[k] = arc.piece;
      lattice.unknown[k] = arc.unknown ? 1 : 0;
      k++;
    }
  }
  lattice.firstIn[n + 1] = k;
  return lattice;
}

/**
 * Throws unless some path joins 0 to n. The message names the first character no segmentation can
 * pass: the furthest position reachable from 0 has no piece starting at it.
 */
export function requireSegmentable(lattice: Lattice): void {
  const reach = new Uint8Array(lattice.n + 1);
  reach[0] = 1;
  for (let k = 0; k < lattice.start.length; k++) if (reach[lattice.start[k]]) reach[lattice.end[k]] = 1;
  if (reach[lattice.n]) return;
  const stuck = reach.lastIndexOf(1);
  const rest = lattice.chars.slice(stuck, stuck + 12).join('');
  fail('unsegmentable', shown(lattice.text), stuck + 1, shown(rest), stuck + 12 < lattice.n);
}

/** The lattice of a text that must have at least one segmentation (see requireSegmentable). */
export function segmentableLattice(text: string, vocab: Vocab, options: LatticeOptions = {}): Lattice {
  const lattice = buildLattice(text, vocab, options);
  requireSegmentable(lattice);
  return lattice;
}

/** The pieces of a path given by its arc indices (in text order). */
export function piecesOf(lattice: Lattice, arcs: ArrayLike<number>): string[] {
  return Array.from(arcs, (k) => lattice.piece[k]);
}

/** A segmentation's key: its interior cut positions, e.g. "3,5" for wat|ch|ing (the empty key: one piece). */
export function cutKey(lattice: Lattice, arcs: ArrayLike<number>): string {
  const cuts: number[] = [];
  for (let i = 0; i < arcs.length - 1; i++) cuts.push(lattice.end[arcs[i]]);
  return cuts.join(',');
}
