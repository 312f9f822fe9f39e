/** The weights widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    foldKeys: 'Keys, sharpness and seed',
    plotLabel:
      "Two log-log line charts, at the training length and at k times it: each normalisation's weights sorted by size against their rank, relevant keys as diamonds",
    hover: (label: string, n: number) => `${label}, n = ${n}<br>rank %{x}: weight %{y:.3g}<extra></extra>`,
    relevantKeys: 'relevant keys',
    relevantHover: (label: string) => `relevant key, ${label}<br>rank %{x}: weight %{y:.3g}<extra></extra>`,
    xAxis: (n: number) => `rank (n = ${n})`,
    yAxis: 'weight aⱼ',
    /** `{rho}` is the logit scale. */
    key: "Each line is one query's weights, largest first; diamonds mark the relevant keys. The logit scale at L is {rho} × (1/√d).",
    tableCaption: 'Weight on the relevant keys (or the largest weight), entropy (nats) and total weight at both lengths',
    colRelevant: (n: number) => `relevant, n = ${n}`,
    colEntropy: (n: number) => `entropy, n = ${n}`,
    colTotal: (n: number) => `Σa, n = ${n}`,
    /** `planted`: whether relevant keys were planted (else the summary follows the largest weight). */
    summary: (from: number, to: number, planted: boolean, parts: string[]) =>
      `Going from n = ${from} to n = ${to}, ${planted ? 'the relevant keys keep' : 'the largest weight is'} this multiple of their weight: ${parts.join('; ')}.`,
  },
  {
    foldKeys: '键、锐度与随机种子',
    plotLabel: '两张双对数折线图，分别在训练长度及其 k 倍处：每种归一化方式的权重按大小排序后对名次作图，相关键以菱形标出',
    hover: (label, n) => `${label}，n = ${n}<br>第 %{x} 名：权重 %{y:.3g}<extra></extra>`,
    relevantKeys: '相关键',
    relevantHover: (label) => `相关键，${label}<br>第 %{x} 名：权重 %{y:.3g}<extra></extra>`,
    xAxis: (n) => `名次（n = ${n}）`,
    yAxis: '权重 aⱼ',
    key: '每条线是同一个查询的权重，从大到小排列；菱形标出相关键。L 处 logit 的缩放为 {rho} × (1/√d)。',
    tableCaption: '两个长度下相关键上的权重（或最大权重）、熵（nat）与总权重',
    colRelevant: (n) => `相关键，n = ${n}`,
    colEntropy: (n) => `熵，n = ${n}`,
    colTotal: (n) => `Σa，n = ${n}`,
    summary: (from, to, planted, parts) =>
      `从 n = ${from} 到 n = ${to}，${planted ? '相关键上的权重' : '最大权重'}变为原来的如下倍数：${parts.join('；')}。`,
  },
);
