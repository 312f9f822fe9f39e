/** The update-size widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    plotLabel: "Two log-scale line charts per step: the length of each optimizer's update, and its loss minus the minimum",
    stepHover: (label: string) => `${label}, step %{x}: ‖Δθ‖ = %{y:.4g}<extra></extra>`,
    gapHover: (label: string) => `${label}, step %{x}: f − f* = %{y:.4g}<extra></extra>`,
    lionStep: 'η√2: Lion’s step without decay',
    stepPanel: 'Step length ‖θₜ − θₜ₋₁‖',
    gapPanel: 'Loss gap f(θₜ) − f*',
    xAxis: 'step t',
    noSteps: 'no steps',
    last: (length: string, gap: string) => `last step length ${length}, f − f* = ${gap}`,
  },
  {
    plotLabel: '两张逐步的对数刻度折线图：各优化器每一步更新的长度，以及损失与最小值之差',
    stepHover: (label) => `${label}，第 %{x} 步：‖Δθ‖ = %{y:.4g}<extra></extra>`,
    gapHover: (label) => `${label}，第 %{x} 步：f − f* = %{y:.4g}<extra></extra>`,
    lionStep: 'η√2：不带衰减时 Lion 的步长',
    stepPanel: '步长 ‖θₜ − θₜ₋₁‖',
    gapPanel: '损失差 f(θₜ) − f*',
    xAxis: '步数 t',
    noSteps: '没有步数',
    last: (length, gap) => `最后一步步长 ${length}，f − f* = ${gap}`,
  },
);
