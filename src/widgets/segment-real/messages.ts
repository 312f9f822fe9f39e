/** The real-vocabulary widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    plotLabel:
      'For each place between two characters, the exact probability that a segmentation cuts there (bars), and how often perfect sampling and the old Viterbi Sampling cut there (markers)',
    albert: 'ALBERT’s SentencePiece model (30k-clean)',
    jieba: 'jieba’s dictionary',
    /** What the text below is: `model` names the shipped model, `pieces` its size. */
    model: (model: string, pieces: string, normalized: boolean) =>
      `${model}, ${pieces} pieces${normalized ? '; the text as its tokenizer prepares it:' : ':'}`,
    chosen: 'Vocabulary as chosen:',
    unknownChars: (chars: string) => `Characters the model lacks, given one-character pieces at its unknown-character probability: ${chars}`,
    /** `{count}` and `{viterbi}` (the pieces, boxed) are filled by the view. */
    facts: (alpha: string, entropy: string, p: string) =>
      `{count} segmentations; entropy at α = ${alpha}: ${entropy} nats. Viterbi: {viterbi} with probability ${p}.`,
    samples: 'Samples, with their exact log-probabilities',
    perfect: 'Perfect sampling',
    old: 'Old Viterbi Sampling',
    tv: (draws: number, perfect: string, old: string) =>
      `Over ${draws} draws each, total-variation distance from P: ${perfect} for perfect sampling, ${old} for the old method ` +
      '(with this many segmentations most are never drawn, so both stay far from 0; the cut probabilities above show the old method’s lean).',
    tableSummary: 'The most probable segmentations drawn, as a table',
    tableLabel: 'Most probable segmentations drawn',
    exactName: 'exact P(cut)',
    perfectName: (draws: number) => `perfect, ${draws} draws`,
    oldName: (draws: number) => `old Viterbi, ${draws} draws`,
    cutHover: (name: string) => `${name}: %{y:.4f} at %{customdata}<extra></extra>`,
    xAxis: 'cut after character',
    yAxis: 'P(cut)',
  },
  {
    plotLabel: '对每两个相邻字符之间的位置：切分在此处切开的精确概率（柱），以及完美采样和旧版 Viterbi Sampling 在此处切开的频率（标记）',
    albert: 'ALBERT 的 SentencePiece 模型（30k-clean）',
    jieba: 'jieba 的词典',
    model: (model, pieces, normalized) => `${model}，${pieces} 个词条${normalized ? '；按其分词器预处理后的文本：' : '：'}`,
    chosen: '所选词表：',
    unknownChars: (chars) => `模型中没有的字符（各补一个单字词条，概率取模型的未知字符概率）：${chars}`,
    facts: (alpha, entropy, p) => `共 {count} 种切分；α = ${alpha} 时熵为 ${entropy} 奈特。Viterbi 切分：{viterbi}，概率 ${p}。`,
    samples: '样本及其精确对数概率',
    perfect: '完美采样',
    old: '旧版 Viterbi Sampling',
    tv: (draws, perfect, old) =>
      `各抽 ${draws} 次，与 P 的总变差距离：完美采样 ${perfect}，旧方法 ${old}` +
      '（切分这么多时，大多数切分从未被抽到，所以两者都离 0 很远；上图的切开概率才显出旧方法的偏向）。',
    tableSummary: '抽到的最可能切分的数据表',
    tableLabel: '抽到的最可能切分',
    exactName: '精确 P(切开)',
    perfectName: (draws) => `完美采样，${draws} 次`,
    oldName: (draws) => `旧版 Viterbi，${draws} 次`,
    cutHover: (name) => `${name}：%{customdata} 处 %{y:.4f}<extra></extra>`,
    xAxis: '在第几个字符之后切开',
    yAxis: 'P(切开)',
  },
);
