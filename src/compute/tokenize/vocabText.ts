/**
 * The reader's own small vocabulary, typed one piece per line: `piece p(w)`, with p(w) a positive
 * number (0.25, 1e-3 or 1/3). Blank lines and lines starting with # are skipped. Every bad line is
 * reported with its number and why; the good lines still make a vocabulary. Cheap enough to run on
 * every keystroke in the page.
 */
import type { Vocab } from './lattice';
import { coded, type CodedMessage } from '../errors';

/** A bad line: its number and what is wrong with it (coded; `message` in English). */
export type VocabLineError = { line: number } & CodedMessage;

export interface VocabText {
  vocab: Vocab;
  /** Pieces read. */
  count: number;
  errors: VocabLineError[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Full-width ASCII forms (０.５, １／３, as a Chinese keyboard types them) read as ASCII. */
const asciiForms = (text: string) => text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * Reads p(w) from its text: a decimal, scientific or a/b fraction, full-width digits included; a
 * message when it is not one. (Only the number is read so: the pieces are kept exactly as typed.)
 */
export function parseProbability(raw: string): { p: number } | { error: CodedMessage } {
  const parts = asciiForms(raw).split('/');
  if (parts.length > 2 || !parts.every((part) => NUMBER.test(part))) {
    return { error: coded('probNotNumber', raw) };
  }
  const p = parts.length === 2 ? Number(parts[0]) / Number(parts[1]) : Number(parts[0]);
  if (!Number.isFinite(p)) return { error: coded('probNotFinite', raw) };
  if (p <= 0) return { error: coded('probNotPositive', raw) };
  return { p };
}

/** Parses a typed vocabulary; never throws. */
export function parseVocabText(text: string): VocabText {
  const vocab: Vocab = Object.create(null) as Vocab;
  const firstLine = new Map<string, number>();
  const errors: VocabLineError[] = [];
  text.split('\n').forEach((rawLine, index) => {
    const line = index + 1;
    const trimmed = rawLine.replace(/\r$/, '').trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const split = trimmed.search(/\s+\S+$/);
    if (split < 0) {
      errors.push({ line, ...coded('vocabNoProbability', trimmed) });
      return;
    }
    const piece = trimmed.slice(0, split).trim();
    const parsed = parseProbability(trimmed.slice(split).trim());
    if ('error' in parsed) {
      errors.push({ line, ...coded('vocabPieceProblem', piece, parsed.error) });
      return;
    }
    const first = firstLine.get(piece);
    if (first !== undefined) {
      errors.push({ line, ...coded('vocabTwice', piece, first) });
      return;
    }
    firstLine.set(piece, line);
    vocab[piece] = parsed.p;
  });
  return { vocab, count: firstLine.size, errors };
}

/** A vocabulary as text, one `piece p(w)` per line (the form parseVocabText reads). */
export function formatVocabText(vocab: Vocab): string {
  return Object.entries(vocab).map(([piece, p]) => `${piece} ${Number(p.toPrecision(6))}`).join('\n');
}
