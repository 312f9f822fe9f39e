/** The entropy widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    foldRelevant: 'Relevant keys and seeds',
    plotLabel:
      'Line chart on a log length axis: for each normalisation, the mean over seeds of the chosen quantity with a band for its range, the training length dotted',
    metricEntropy: 'entropy (nats)',
    metricRelevant: 'weight on the relevant keys',
    metricTotal: 'total weight Σa',
    /** `metric` is one of the metric titles above. */
    hover: (label: string, metric: string) => `${label}<br>n = %{x}<br>${metric} %{y:.4g}<extra></extra>`,
    meanFieldName: (label: string) => `${label}, mean-field`,
    meanFieldHover: 'mean-field estimate<br>n = %{x}<br>%{y:.4g} nats<extra></extra>',
    xAxis: 'context length n (keys)',
    /** `{a}` and `{rho}` are the two numbers. */
    logits:
      'At the training length the logits are a·cos θ with a = κ·ln L = {a}, i.e. {rho} × (1/√d) in the usual units; the form log_L n/√d of the article corresponds to 1.',
    tableCaption: 'Mean over the seeds at each length',
    summaryRange: (metric: string, from: number, to: number) => `Mean ${metric} over the seeds, for n from ${from} to ${to}.`,
    summaryPart: (label: string, atL: string, atLast: string) => `${label} goes from ${atL} to ${atLast}`,
    summary: (metric: string, trainLength: number, last: number, parts: string[]) =>
      `Mean ${metric} over the seeds from n = L = ${trainLength} to n = ${last}: ${parts.join('; ')}.`,
  },
  {
    foldRelevant: '相关键与随机种子',
    plotLabel: '长度取对数坐标的折线图：每种归一化方式下所选量对各种子的平均值，色带为其取值范围，训练长度以点线标出',
    metricEntropy: '熵（nat）',
    metricRelevant: '相关键上的权重',
    metricTotal: '总权重 Σa',
    hover: (label, metric) => `${label}<br>n = %{x}<br>${metric} %{y:.4g}<extra></extra>`,
    meanFieldName: (label) => `${label}，平均场`,
    meanFieldHover: '平均场估计<br>n = %{x}<br>%{y:.4g} nat<extra></extra>',
    xAxis: '上下文长度 n（键的个数）',
    logits: '在训练长度处 logit 为 a·cos θ，其中 a = κ·ln L = {a}，换成通常的单位即 {rho} × (1/√d)；原文的 log_L n/√d 形式对应于 1。',
    tableCaption: '各长度上对种子取平均的结果',
    summaryRange: (metric, from, to) => `n 从 ${from} 到 ${to} 时，各种子平均的${metric}。`,
    summaryPart: (label, atL, atLast) => `${label} 从 ${atL} 变为 ${atLast}`,
    summary: (metric, trainLength, last, parts) => `从 n = L = ${trainLength} 到 n = ${last}，各种子平均的${metric}：${parts.join('；')}。`,
  },
);
