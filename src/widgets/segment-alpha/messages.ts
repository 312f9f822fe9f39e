/** The α widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    plotLabel:
      'Bars: the probability of each of the most probable segmentations at the chosen α, with the uniform level dotted. Below: the entropy of the distribution and the probability of Viterbi\'s segmentation for α from 0 to 10',
    /** `{entropy}`, `{spread}` (e^H = …) and `{pviterbi}` are filled by the view. */
    summary: (alpha: string, count: string, viterbi: string) =>
      `At α = ${alpha} the entropy is {entropy} nats (as spread as {spread} equally likely segmentations, of ${count}), and Viterbi’s segmentation ${viterbi} has probability {pviterbi}.`,
    tooManyToList: (count: string) => `text has ${count} segmentations, too many to list; the curves need no list.`,
    tableLabel: 'Probability of each segmentation at the chosen α',
    colPAt: (alpha: string) => `P at α = ${alpha}`,
    barsName: (alpha: string) => `P(s) at α = ${alpha}`,
    uniform: 'uniform, 1 / count',
    entropyName: 'entropy H (nats)',
    entropyHover: 'α = %{x:.2f}: H = %{y:.4f} nats<extra></extra>',
    logCount: 'log(count): uniform',
    pViterbiName: 'P(Viterbi’s segmentation)',
    entropyAxis: 'entropy (nats)',
  },
  {
    plotLabel:
      '柱状图：所选 α 下最可能的若干种切分各自的概率，点线为均匀分布的水平。下方：α 从 0 到 10 时分布的熵，以及 Viterbi 切分的概率',
    summary: (alpha, count, viterbi) =>
      `α = ${alpha} 时，熵为 {entropy} 奈特（分散程度相当于 {spread} 种等可能的切分，而切分总数为 ${count}）；Viterbi 的切分 ${viterbi} 的概率为 {pviterbi}。`,
    tooManyToList: (count) => `文本有 ${count} 种切分，多到无法逐一列出；下方的曲线不需要列出它们。`,
    tableLabel: '所选 α 下各切分的概率',
    colPAt: (alpha) => `α = ${alpha} 时的 P`,
    barsName: (alpha) => `α = ${alpha} 时的 P(s)`,
    uniform: '均匀分布：1 / 切分数',
    entropyName: '熵 H（奈特）',
    entropyHover: 'α = %{x:.2f}：H = %{y:.4f} 奈特<extra></extra>',
    logCount: 'log(切分数)：均匀分布',
    pViterbiName: 'P(Viterbi 的切分)',
    entropyAxis: '熵（奈特）',
  },
);
