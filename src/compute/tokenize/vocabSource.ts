/**
 * Where a widget's vocabulary comes from: a built-in example, the reader's typed list, or one of the
 * shipped real models (loaded by the worker on first use and decoded once). Turns a widget's request
 * into the lattice every segment-* kernel starts from.
 */
import { checkAlpha, segmentableLattice, type Lattice, type Vocab } from './lattice';
import { VOCAB_PRESETS, type PresetName } from './presets';
import { decodeShippedVocab, normalizeForModel, type ModelName, type ShippedVocab } from './shippedVocab';
import { parseVocabText } from './vocabText';
import { fail } from '../errors';

export type VocabChoice = PresetName | 'custom' | ModelName;
export const VOCAB_CHOICES: readonly VocabChoice[] = ['watching', 'weather', 'custom', 'albert', 'jieba'];

/** What every segment-* widget sends: its text and where its vocabulary comes from. */
export interface VocabRequest {
  text: string;
  vocab: VocabChoice;
  /** The reader's vocabulary lines (used when vocab is 'custom'). */
  pieces: string;
  alpha: number;
}

/** Loads a shipped model's compact text (the worker binds this to its virtual modules). */
export type ShippedLoader = (name: ModelName) => Promise<string>;

export interface ResolvedLattice {
  lattice: Lattice;
  /** Facts about a shipped model, for the readout. */
  model: { name: ModelName; pieces: number; normalized: boolean } | null;
  /** Characters of the text the vocabulary lacks (shipped models give them one-character pieces). */
  unknownChars: string[];
}

/** Decodes shipped vocabularies once per worker. */
export function shippedCache(load: ShippedLoader): (name: ModelName) => Promise<ShippedVocab> {
  const cache = new Map<ModelName, Promise<ShippedVocab>>();
  return (name) => {
    let entry = cache.get(name);
    if (!entry) {
      entry = load(name).then(decodeShippedVocab);
      cache.set(name, entry);
      // A failed load (say, offline) may succeed when asked again.
      entry.catch(() => cache.delete(name));
    }
    return entry;
  };
}

/** The reader's vocabulary, or an Error naming its first bad line. */
export function customVocab(pieces: string): Vocab {
  const parsed = parseVocabText(pieces);
  if (parsed.errors.length > 0) {
    const [first] = parsed.errors;
    fail('vocabBadLine', first.line, first, parsed.errors.length - 1);
  }
  if (parsed.count === 0) fail('vocabEmpty');
  return parsed.vocab;
}

/** The request's lattice (checked: non-empty, segmentable, α ≥ 0). */
export async function resolveLattice(req: VocabRequest, shipped: (name: ModelName) => Promise<ShippedVocab>): Promise<ResolvedLattice> {
  checkAlpha(req.alpha);
  if (req.vocab === 'albert' || req.vocab === 'jieba') {
    const model = await shipped(req.vocab);
    const text = normalizeForModel(model.normalize, req.text);
    if (text === '' && req.text !== '') fail('textOnlySpaces');
    const lattice = segmentableLattice(text, model.vocab, { unknownLogp: model.unknownLogp });
    const unknownChars = [...new Set(lattice.piece.filter((_, k) => lattice.unknown[k] === 1))];
    return { lattice, model: { name: model.name, pieces: model.pieces, normalized: text !== req.text }, unknownChars };
  }
  const vocab = req.vocab === 'custom' ? customVocab(req.pieces) : VOCAB_PRESETS[req.vocab]?.vocab;
  if (!vocab) throw new Error(`vocab must be one of ${VOCAB_CHOICES.join(', ')}, got '${String(req.vocab)}'`);
  return { lattice: segmentableLattice(req.text, vocab), model: null, unknownChars: [] };
}
