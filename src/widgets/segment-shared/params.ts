/**
 * Parameters every segment-* widget shares: the text, where the vocabulary comes from (a built-in
 * example, the reader's own list, or a real model), the reader's list, and α.
 */
import type { ChoiceParam, NumberParam, TextParam } from '../../core/params';
import { VOCAB_PRESETS } from '../../compute/tokenize/presets';
import type { VocabChoice } from '../../compute/tokenize/vocabSource';

export const VOCAB_OPTIONS: readonly { value: VocabChoice; label: string }[] = [
  { value: 'watching', label: VOCAB_PRESETS.watching.label },
  { value: 'weather', label: VOCAB_PRESETS.weather.label },
  { value: 'custom', label: 'your own (edit below)' },
  { value: 'albert', label: 'ALBERT’s 30 000 English pieces' },
  { value: 'jieba', label: 'jieba’s 83 664 Chinese words' },
];

/** The reader's list starts as the tie example, ready to edit. */
export const DEFAULT_PIECES = 'w 0.1\nwat 0.1\nwatch 0.1\natching 0.1\nching 0.1\ning 0.1';
/** Longest vocabulary a link carries. */
export const PIECES_MAX = 2000;

export function textParam(defaultText: string, maxLength: number): TextParam {
  return { kind: 'text', label: 'Text', maxLength, verbatim: true, default: defaultText, help: 'split into Unicode characters; a shipped model first prepares it as its tokenizer would' };
}

export function vocabParam(defaultChoice: VocabChoice): ChoiceParam<VocabChoice> {
  return { kind: 'choice', label: 'Vocabulary', options: VOCAB_OPTIONS, default: defaultChoice, help: 'a built-in example, your own list, or a real unigram model (loaded on demand)' };
}

export const piecesParam: TextParam = {
  kind: 'text', label: 'Your vocabulary', maxLength: PIECES_MAX, multiline: true, verbatim: true, default: DEFAULT_PIECES,
  placeholder: 'piece p(w), one per line', help: 'one piece and its probability per line, e.g. “ing 0.1” or “ing 1/10”; # starts a comment',
};

export function alphaParam(defaultAlpha: number): NumberParam {
  return { kind: 'number', label: 'α', min: 0, max: 10, step: 0.01, default: defaultAlpha, help: 'P(s) ∝ Π p(w)^α: 0 is uniform, large α concentrates on the most probable segmentation' };
}

/** The text of a built-in example, to show when the reader picks it (else null). */
export function presetText(choice: string): string | null {
  return choice === 'watching' || choice === 'weather' ? VOCAB_PRESETS[choice].text : null;
}
