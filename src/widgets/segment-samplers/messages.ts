/** The samplers widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    plotLabel:
      'Bars: for the most probable segmentations, the exact probability and the frequencies drawn by perfect sampling and by the old Viterbi Sampling, with ticks at the old method\'s exact probabilities. Below: total-variation distance from the exact distribution against the number of draws, for both samplers',
    /** `law`: the TV of the old method's exact law, when it could be computed. */
    bias: (draws: string, perfect: string, old: string, law: string | null) =>
      `After ${draws} draws each: TV = ${perfect} for perfect sampling, ${old} for the old Viterbi Sampling.` +
      (law === null ? '' : ` The old method's exact law is ${law} from P, so its TV levels off there however many draws it makes.`),
    lawNotListable: (max: number) =>
      `the exact law of the old Viterbi Sampling is computed for texts with at most ${max} segmentations; only its samples are shown.`,
    lawTooManyStates: (max: number) =>
      `the exact law of the old Viterbi Sampling needs more than ${max} joint states for this text; only its samples are shown.`,
    distinct: (count: string, one: boolean, perfect: number, old: number) =>
      `The text has ${count} segmentation${one ? '' : 's'}; perfect sampling drew ${perfect} distinct ones, the old method ${old}.`,
    tableLabel: 'Probabilities and frequencies of each segmentation',
    exactName: 'exact P(s)',
    perfectName: 'perfect sampling',
    oldName: 'old Viterbi Sampling',
    lawName: 'old method, exact law',
    barHover: (name: string) => `${name}: %{x:.4f}<br>%{customdata}<extra></extra>`,
    tvPerfectName: 'TV, perfect',
    tvOldName: 'TV, old Viterbi Sampling',
    tvPerfectHover: 'after %{x} draws: TV = %{y:.4f}<extra>perfect</extra>',
    tvOldHover: 'after %{x} draws: TV = %{y:.4f}<extra>old Viterbi</extra>',
    floorName: 'where the old method’s TV settles',
    floorHover: 'TV of the old method’s exact law: %{y:.4f}<extra></extra>',
    xBars: 'probability / frequency',
    xDraws: 'draws',
    yTv: 'TV distance',
  },
  {
    plotLabel:
      '柱状图：对最可能的若干种切分，给出精确概率，以及完美采样和旧版 Viterbi Sampling 抽到它们的频率，另有旧方法的精确概率。下方：两种采样器与精确分布的总变差距离随抽样次数的变化',
    bias: (draws, perfect, old, law) =>
      `各抽 ${draws} 次后：完美采样的 TV = ${perfect}，旧版 Viterbi Sampling 的 TV = ${old}。` +
      (law === null ? '' : `旧方法的精确分布与 P 相距 ${law}，所以无论抽多少次，它的 TV 都停在这个值附近。`),
    lawNotListable: (max) => `旧版 Viterbi Sampling 的精确分布只对切分数不超过 ${max} 的文本计算；这里只显示它的样本。`,
    lawTooManyStates: (max) => `对这段文本，旧版 Viterbi Sampling 的精确分布需要超过 ${max} 个联合状态；这里只显示它的样本。`,
    distinct: (count, _one, perfect, old) => `这段文本共有 ${count} 种切分；完美采样抽到了其中 ${perfect} 种，旧方法抽到了 ${old} 种。`,
    tableLabel: '各切分的概率与频率',
    exactName: '精确 P(s)',
    perfectName: '完美采样',
    oldName: '旧版 Viterbi Sampling',
    lawName: '旧方法的精确分布',
    barHover: (name) => `${name}：%{x:.4f}<br>%{customdata}<extra></extra>`,
    tvPerfectName: 'TV，完美采样',
    tvOldName: 'TV，旧版 Viterbi Sampling',
    tvPerfectHover: '抽 %{x} 次后：TV = %{y:.4f}<extra>完美采样</extra>',
    tvOldHover: '抽 %{x} 次后：TV = %{y:.4f}<extra>旧版 Viterbi</extra>',
    floorName: '旧方法的 TV 最终停留处',
    floorHover: '旧方法精确分布的 TV：%{y:.4f}<extra></extra>',
    xBars: '概率 / 频率',
    xDraws: '抽样次数',
    yTv: '总变差距离',
  },
);
