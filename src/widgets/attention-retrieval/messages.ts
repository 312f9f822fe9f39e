/** The retrieval widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    foldTraining: 'Training and data',
    plotLabelLoss: 'Line chart of the training loss per step, one line per normalisation',
    plotLabelTest:
      'Line chart on a log length axis: for each normalisation, the test error or accuracy at each test length, the training length dotted',
    /** `loss`: the x value is a training step (else a test length n). */
    hover: (label: string, loss: boolean) => `${label}<br>${loss ? 'step' : 'n'} = %{x}: %{y:.3g}<extra></extra>`,
    answeringZero: 'answering 0',
    chance: 'chance',
    yMse: 'mean squared error',
    yAccuracy: 'share of signs right',
    yLoss: 'training loss ½(ŷ − y)²',
    xStep: 'step',
    xLength: 'test length n (keys)',
    tableCaption: 'Test error and accuracy of each trained model',
    colErrorAtN: (n: number) => `error at n = ${n}`,
    colErrorAtL: (trainLength: number) => `error at L = ${trainLength}`,
    colSignsAtL: 'signs right at L',
    colSignsAtN: (n: number) => `signs right at n = ${n}`,
    colFinalLoss: 'final training loss',
    summary: (first: number, trainLength: number, last: number, parts: string[]) =>
      `Mean squared error at n = ${first}, at the training length ${trainLength} and at n = ${last} (answering 0 always scores 1): ${parts.join('; ')}.`,
  },
  {
    foldTraining: '训练与数据',
    plotLabelLoss: '折线图：每一步的训练损失，每种归一化方式一条线',
    plotLabelTest: '长度取对数坐标的折线图：每种归一化方式在各测试长度上的测试误差或准确率，训练长度以点线标出',
    hover: (label, loss) => (loss ? `${label}<br>第 %{x} 步：%{y:.3g}<extra></extra>` : `${label}<br>n = %{x}：%{y:.3g}<extra></extra>`),
    answeringZero: '恒答 0',
    chance: '随机猜测',
    yMse: '均方误差',
    yAccuracy: '符号正确的比例',
    yLoss: '训练损失 ½(ŷ − y)²',
    xStep: '步数',
    xLength: '测试长度 n（键的个数）',
    tableCaption: '各个训练所得模型的测试误差与准确率',
    colErrorAtN: (n) => `n = ${n} 处的误差`,
    colErrorAtL: (trainLength) => `L = ${trainLength} 处的误差`,
    colSignsAtL: 'L 处符号正确率',
    colSignsAtN: (n) => `n = ${n} 处符号正确率`,
    colFinalLoss: '最终训练损失',
    summary: (first, trainLength, last, parts) =>
      `n = ${first}、训练长度 ${trainLength} 与 n = ${last} 处的均方误差（恒答 0 的误差总是 1）：${parts.join('；')}。`,
  },
);
