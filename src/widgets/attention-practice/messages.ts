/** The practice widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    plotLabel: 'Line chart on a log length axis of the factor each method puts on the attention logits, training and target lengths marked',
    hover: (label: string) => `${label}<br>n = %{x}: × %{y:.4f}<extra></extra>`,
    targetLine: (at: number) => `target length T = ${at}`,
    xAxis: 'context length or position n',
    yAxis: 'factor on the logits',
    tableCaption: 'Factor on the logits at the training and the target length',
    colMethod: 'method',
    colRule: 'rule',
    colAtL: (trainLength: number) => `factor at L = ${trainLength}`,
    colAtT: (targetLength: number) => `factor at T = ${targetLength}`,
    summaryPart: (label: string, factor: string) => `${label} × ${factor}`,
    summary: (targetLength: number, trainLength: number, parts: string[]) =>
      `Factor on the logits at the target length T = ${targetLength} (training length L = ${trainLength}): ${parts.join('; ')}.`,
    /** One line under the table: `{name}` is a method's name, `{link}` the link to its code or paper. */
    source: '{name}: {link}',
    /** `{extension}` and `{decay}` are links to the RoPE notebook's widgets, named below. */
    ropeLinks: 'Same lengths in the RoPE notebook: {extension} · {decay}',
    extensionLink: "YaRN's rotations per pair",
    decayLink: 'the long-range decay',
  },
  {
    plotLabel: '长度取对数坐标的折线图：各方法乘在注意力 logit 上的因子，标出训练长度与目标长度',
    hover: (label) => `${label}<br>n = %{x}：× %{y:.4f}<extra></extra>`,
    targetLine: (at) => `目标长度 T = ${at}`,
    xAxis: '上下文长度或位置 n',
    yAxis: '乘在 logit 上的因子',
    tableCaption: '训练长度与目标长度处乘在 logit 上的因子',
    colMethod: '方法',
    colRule: '规则',
    colAtL: (trainLength) => `L = ${trainLength} 处的因子`,
    colAtT: (targetLength) => `T = ${targetLength} 处的因子`,
    summaryPart: (label, factor) => `${label} × ${factor}`,
    summary: (targetLength, trainLength, parts) =>
      `目标长度 T = ${targetLength}（训练长度 L = ${trainLength}）处乘在 logit 上的因子：${parts.join('；')}。`,
    source: '{name}：{link}',
    ropeLinks: 'RoPE 笔记中相同长度下的：{extension} · {decay}',
    extensionLink: 'YaRN 对每一维度对的旋转',
    decayLink: '远程衰减',
  },
);
