/**
 * Small built-in vocabularies for the widgets, each with the text it was made for.
 * - watching: the tie from the article (a reader's comment quoted there): three segmentations of
 *   "watching", w|atching, wat|ching and watch|ing, equally likely (every piece 0.1, every product
 *   0.01). The old Viterbi Sampling draws them 1/4, 1/4, 1/2.
 * - weather: 今天天气不错 ("nice weather today", BytePiece's example in the earlier article), with
 *   jieba's own word counts divided by its total, copied from jieba's dict.txt (as shipped by
 *   @node-rs/jieba 2.0.3; shippedVocab.test.ts checks them against that file).
 */
import type { Vocab } from './lattice';

export interface VocabPreset {
  label: string;
  text: string;
  vocab: Vocab;
}

/** Sum of every count in jieba's dict.txt: its probabilities are count / total. */
export const JIEBA_TOTAL = 60_101_964;

const JIEBA_WEATHER_COUNTS: Record<string, number> = {
  今: 23913, 天: 35979, 气: 17826, 不: 360331, 错: 6340, 今天: 15960, 天天: 1855, 天气: 2657, 不错: 5322, 今天天气: 3,
};

export const VOCAB_PRESETS = {
  watching: {
    label: 'watching: the article’s tie',
    text: 'watching',
    vocab: { w: 0.1, wat: 0.1, watch: 0.1, atching: 0.1, ching: 0.1, ing: 0.1 },
  },
  weather: {
    label: '今天天气不错: jieba’s counts',
    text: '今天天气不错',
    vocab: Object.fromEntries(Object.entries(JIEBA_WEATHER_COUNTS).map(([w, c]) => [w, c / JIEBA_TOTAL])),
  },
} satisfies Record<string, VocabPreset>;

export type PresetName = keyof typeof VOCAB_PRESETS;
