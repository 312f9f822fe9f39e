import { defineWidget } from '../../core/params';
import { trajectoryParams } from '../lion-shared/runs';

/** Per-step update size and loss of the same race as the landscape. */
export const lionUpdatesSpec = defineWidget({
  name: 'lion-updates',
  title: { en: 'Update size and loss, step by step', zh: '逐步的更新大小与损失' },
  description: {
    en: 'For each optimizer, the length of every step ‖θₜ₊₁ − θₜ‖ and the gap to the minimum f(θₜ) − f*, both on log scales: Lion’s sign update keeps a fixed length per coordinate while the others shrink with the gradient.',
    zh: '对每个优化器，画出每一步的长度 ‖θₜ₊₁ − θₜ‖ 和离最小值的差距 f(θₜ) − f*，两者都用对数刻度：Lion 的符号更新让每个坐标的步长保持固定，而其他优化器的步长随梯度一起变小。',
  },
  notebook: 'lion-optimizer',
  height: 400,
  footprint: { wide: 1400, narrow: 1230 },
  params: trajectoryParams,
});
