/** The lattice widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    plotLabel:
      'Arcs over the text, one per vocabulary piece found in it, the Viterbi path drawn thick; below, the forward sums log Z and Viterbi\'s best log score at each position',
    arc: 'Arc',
    nonePicked: 'none picked',
    arcOption: (piece: string, start: number, end: number, unknown: boolean) =>
      `${piece} (${start}→${end})${unknown ? ', unknown character' : ''}`,
    noArc: (arc: string) => `No arc ${arc} in this lattice.`,
    /** `{piece}`, `{p}`, `{marginal}`, `{formula}` (Z(s)·p(w)^α/Z(e)) and `{choice}` are filled by the view. */
    arcReadout: (first: number, end: number, logp: string, unknown: boolean, arrival: number, into: number, onPath: boolean) =>
      `{piece} spans characters ${first}–${end}: p(w) = {p} (log p = ${logp})${unknown ? ', a character the vocabulary lacks' : ''}. ` +
      `A segmentation drawn from P uses it with probability {marginal}; standing at position ${end}, backward sampling picks it with probability {formula} = {choice}. ` +
      `It is arc ${arrival} of ${into} into position ${end} in the order the old Viterbi Sampling meets them${onPath ? '; it lies on the Viterbi path' : ''}.`,
    /** `{count}` and `{viterbi}` are filled by the view. */
    summary: (arcs: number, one: boolean, entropy: string) =>
      `${arcs} arcs; {count} segmentation${one ? '' : 's'}; entropy ${entropy} nats; Viterbi: {viterbi}.`,
    unknownChars: (chars: string) => `Characters the model lacks, given one-character pieces: ${chars}.`,
    tableSummary: 'Forward scores as a table',
    tableLabel: 'Forward scores by position',
    colPosition: 'position e',
    colBefore: 'character before e',
    colBest: 'Viterbi best',
    arcHover: (piece: string, start: number, end: number, p: string, marginal: string) =>
      `${piece} (${start}→${end}): p(w) = ${p}, used with probability ${marginal}`,
    positionHover: (e: number, logZ: string, best: string) => `position ${e}: log Z = ${logZ}, Viterbi best = ${best}`,
    piecesName: 'vocabulary pieces',
    pathName: 'Viterbi path',
    pickedName: 'picked arc',
    logZName: (alpha: string) => `log Z(e), α = ${alpha}`,
    bestName: 'Viterbi best Σ log p',
    xAxis: 'position e (between characters)',
    yAxis: 'log score',
  },
  {
    plotLabel: '文本上方的弧，每条对应文本中出现的一个词表词条，Viterbi 路径画成粗线；下方是每个位置上的前向和 log Z 与 Viterbi 的最优对数得分',
    arc: '弧',
    nonePicked: '未选',
    arcOption: (piece, start, end, unknown) => `${piece}（${start}→${end}）${unknown ? '，未知字符' : ''}`,
    noArc: (arc) => `这个词格里没有弧 ${arc}。`,
    arcReadout: (first, end, logp, unknown, arrival, into, onPath) =>
      `{piece} 覆盖第 ${first}–${end} 个字符：p(w) = {p}（log p = ${logp}）${unknown ? '，是词表里没有的字符' : ''}。` +
      `从 P 中抽出的切分以概率 {marginal} 用到它；站在位置 ${end} 时，反向采样选中它的概率是 {formula} = {choice}。` +
      `按旧版 Viterbi Sampling 遇到各弧的顺序，它是进入位置 ${end} 的 ${into} 条弧中的第 ${arrival} 条${onPath ? '；它在 Viterbi 路径上' : ''}。`,
    summary: (arcs, _one, entropy) => `共 ${arcs} 条弧；{count} 种切分；熵 ${entropy} 奈特；Viterbi：{viterbi}。`,
    unknownChars: (chars) => `模型中没有的字符（各补上一个单字词条）：${chars}。`,
    tableSummary: '前向得分的数据表',
    tableLabel: '各位置的前向得分',
    colPosition: '位置 e',
    colBefore: 'e 之前的字符',
    colBest: 'Viterbi 最优',
    arcHover: (piece, start, end, p, marginal) => `${piece}（${start}→${end}）：p(w) = ${p}，被用到的概率 ${marginal}`,
    positionHover: (e, logZ, best) => `位置 ${e}：log Z = ${logZ}，Viterbi 最优 = ${best}`,
    piecesName: '词表词条',
    pathName: 'Viterbi 路径',
    pickedName: '选中的弧',
    logZName: (alpha) => `log Z(e)，α = ${alpha}`,
    bestName: 'Viterbi 最优 Σ log p',
    xAxis: '位置 e（字符之间）',
    yAxis: '对数得分',
  },
);
