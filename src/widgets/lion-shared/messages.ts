/** Words the Lion widgets share: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const lionMsg = defineMessages(
  {
    startAndNoise: 'Start and gradient noise',
    optimizers: 'Optimizers: learning rate η, weight decay λ, betas',
    runDiverged: (step: number | null) => `diverged at step ${step}`,
  },
  {
    startAndNoise: '起点与梯度噪声',
    optimizers: '优化器：学习率 η、权重衰减 λ、β 参数',
    runDiverged: (step) => `在第 ${step} 步发散`,
  },
);
