/**
 * The real vocabularies the site ships, in one compact text form the build writes (src/data/
 * vocabPlugin.ts) and the worker reads: a JSON header line, then one line per value,
 * `value<TAB>piece piece …`, listing the pieces that share it (no piece holds a space or a tab).
 * Values are log p(w) (SentencePiece scores, float32 in the model file, written as the shortest
 * decimal that reads back as the same float32) or counts (jieba), p = count / total.
 */
import type { Vocab } from './lattice';

export type ModelName = 'albert' | 'jieba';

export interface ShippedHeader {
  name: ModelName;
  /** What the values are. */
  values: 'logp' | 'count';
  /** Sum of all counts, for `count` values. */
  total?: number;
  /** log p of a character the vocabulary lacks (see LatticeOptions.unknownLogp). */
  unknownLogp: number;
  /** How text is prepared before matching. */
  normalize: 'albert' | 'none';
}

export interface ShippedVocab extends ShippedHeader {
  vocab: Vocab;
  pieces: number;
}

/** The shortest decimal that reads back (through Math.fround) as the float32 `x`. */
export function shortestFloat32(x: number): number {
  for (let digits = 1; digits < 17; digits++) {
    const y = Number(x.toPrecision(digits));
    if (Math.fround(y) === Math.fround(x)) return y;
  }
  return x;
}

/** Writes the compact form: the header, then each value with its pieces. */
export function encodeShippedVocab(header: ShippedHeader, entries: Iterable<[string, number]>): string {
  const groups = new Map<number, string[]>();
  for (const [piece, value] of entries) {
    if (/[\s]/.test(piece) || piece === '') throw new Error(`shipped pieces must be non-empty and hold no whitespace, got '${piece}'`);
    const list = groups.get(value);
    if (list) list.push(piece);
    else groups.set(value, [piece]);
  }
  const lines = [...groups].sort((a, b) => b[0] - a[0]).map(([value, pieces]) => `${value}\t${pieces.join(' ')}`);
  return [JSON.stringify(header), ...lines].join('\n');
}

/** Reads the compact form back into a vocabulary of probabilities. */
export function decodeShippedVocab(text: string): ShippedVocab {
  const lines = text.split('\n');
  const header = JSON.parse(lines[0]) as ShippedHeader;
  const vocab: Vocab = Object.create(null) as Vocab;
  let pieces = 0;
  const total = header.values === 'count' ? header.total ?? NaN : 1;
  for (let i = 1; i < lines.length; i++) {
    const tab = lines[i].indexOf('\t');
    const value = Number(lines[i].slice(0, tab));
    const p = header.values === 'logp' ? Math.exp(Math.fround(value)) : value / total;
    for (const piece of lines[i].slice(tab + 1).split(' ')) {
      vocab[piece] = p;
      pieces++;
    }
  }
  return { ...header, vocab, pieces };
}

/**
 * Prepares a text as the model's own tokenizer would before matching pieces. ALBERT: spaces
 * collapsed and trimmed, `` and '' read as ", accents removed (NFKD, combining marks dropped), lower
 * case (AlbertTokenizer's defaults), then NFKC and SentencePiece's space marker ▁, one before the
 * text and one for each space.
 */
export function normalizeForModel(normalize: ShippedHeader['normalize'], text: string): string {
  if (normalize === 'none') return text;
  const collapsed = text.trim().split(/\s+/).join(' ').replace(/``|''/g, '"');
  const plain = collapsed.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFKC');
  return plain === '' ? '' : '▁' + plain.replace(/ /g, '▁');
}
