/**
 * Parameters every segment-* widget shares: the text, where the vocabulary comes from (a built-in
 * example, the reader's own list, or a real model), the reader's list, and α.
 */
import { same, type ChoiceParam, type NumberParam, type Text, type TextParam } from '../../core/params';
import { VOCAB_PRESETS } from '../../compute/tokenize/presets';
import type { VocabChoice } from '../../compute/tokenize/vocabSource';

export const VOCAB_OPTIONS: readonly { value: VocabChoice; label: Text }[] = [
  { value: 'watching', label: { en: VOCAB_PRESETS.watching.label, zh: 'watching：文章里的平局' } },
  { value: 'weather', label: { en: VOCAB_PRESETS.weather.label, zh: '今天天气不错：jieba 的词频' } },
  { value: 'custom', label: { en: 'your own (edit below)', zh: '你自己的词表（在下方编辑）' } },
  { value: 'albert', label: { en: 'ALBERT’s 30 000 English pieces', zh: 'ALBERT 的 30 000 个英文词条' } },
  { value: 'jieba', label: { en: 'jieba’s 83 664 Chinese words', zh: 'jieba 的 83 664 个中文词' } },
];

/** The reader's list starts as the tie example, ready to edit. */
export const DEFAULT_PIECES = 'w 0.1\nwat 0.1\nwatch 0.1\natching 0.1\nching 0.1\ning 0.1';
/** Longest vocabulary a link carries. */
export const PIECES_MAX = 2000;

export function textParam(defaultText: string, maxLength: number): TextParam {
  return {
    kind: 'text', label: { en: 'Text', zh: '文本' }, maxLength, verbatim: true, default: defaultText,
    help: {
      en: 'split into Unicode characters; a shipped model first prepares it as its tokenizer would',
      zh: '按 Unicode 字符拆开；若用内置的真实模型，先按它的分词器的方式预处理',
    },
  };
}

export function vocabParam(defaultChoice: VocabChoice): ChoiceParam<VocabChoice> {
  return {
    kind: 'choice', label: { en: 'Vocabulary', zh: '词表' }, options: VOCAB_OPTIONS, default: defaultChoice,
    help: { en: 'a built-in example, your own list, or a real unigram model (loaded on demand)', zh: '内置示例、你自己的词表，或真实的 unigram 模型（用到时才加载）' },
  };
}

export const piecesParam: TextParam = {
  kind: 'text', label: { en: 'Your vocabulary', zh: '你的词表' }, maxLength: PIECES_MAX, multiline: true, verbatim: true, default: DEFAULT_PIECES,
  placeholder: { en: 'piece p(w), one per line', zh: '词条 p(w)，每行一个' },
  help: {
    en: 'one piece and its probability per line, e.g. “ing 0.1” or “ing 1/10”; # starts a comment',
    zh: '每行一个词条及其概率，如“ing 0.1”或“ing 1/10”；以 # 开头的行是注释',
  },
};

export function alphaParam(defaultAlpha: number): NumberParam {
  return {
    kind: 'number', label: same('α'), min: 0, max: 10, step: 0.01, default: defaultAlpha,
    help: {
      en: 'P(s) ∝ Π p(w)^α: 0 is uniform, large α concentrates on the most probable segmentation',
      zh: 'P(s) ∝ Π p(w)^α：α = 0 时均匀分布，α 越大，概率越集中到最可能的切分上',
    },
  };
}

/** The text of a built-in example, to show when the reader picks it (else null). */
export function presetText(choice: string): string | null {
  return choice === 'watching' || choice === 'weather' ? VOCAB_PRESETS[choice].text : null;
}
