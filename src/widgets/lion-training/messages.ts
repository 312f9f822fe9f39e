/** The training widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    noOwnYet: 'No points of your own in use yet: training on the built-in two moons until you press the button above.',
    ownUnusable: 'The points in use cannot be trained on: training on the built-in two moons until you press the button above.',
    dataAndNetwork: 'Data and network',
    lionPreset: 'Lion from AdamW: η ÷ 10, λ × 10',
    lionPresetWhy: 'the rule of thumb of Chen et al. (2023), keeping η·λ',
    plotCurves: 'Line charts of training and test loss and accuracy per step, one colour per optimizer',
    plotBoundaries: 'Scatter plot of the two classes with the decision boundary each optimizer’s network learned',
    key: "Circles and diamonds are the two classes, filled for training points and open for test points; each line is where that optimizer's network puts p(class 1) = ½.",
    finalRegion: 'Final loss and accuracy of each optimizer',
    afterLast: 'After the last step',
    colOptimizer: 'optimizer',
    colTrainLoss: 'train loss',
    colTestLoss: 'test loss',
    colTrainAcc: 'train acc.',
    colTestAcc: 'test acc.',
    curveHover: (name: string, test: boolean, loss: boolean) => `${name}, step %{x}: ${test ? 'test' : 'train'} ${loss ? 'loss' : 'accuracy'} %{y:.4g}<extra></extra>`,
    lossPanel: 'Loss (solid: train, dashed: test)',
    accuracyPanel: 'Accuracy',
    xAxis: 'step',
    classTrace: (label: number, test: boolean) => `class ${label} (${test ? 'test' : 'train'})`,
    classHover: (label: number, test: boolean) => `class ${label}, ${test ? 'test' : 'train'} point<extra></extra>`,
    // The reader's own points
    ownLabel: 'Your points: CSV with columns x, y, label (0 or 1); header optional; drop a file here',
    ownSummary: (points: string, columns: string | null, class0: string, class1: string, xRange: string, yRange: string, leftOut: string | null) =>
      `${points} points read (columns ${columns ?? 'not found'})` +
      (points !== '0' ? `: ${class0} of class 0, ${class1} of class 1; x from ${xRange}, y from ${yRange}` : '') +
      (leftOut ? `; ${leftOut} left out:` : '.'),
    range: (lo: string, hi: string) => `${lo} to ${hi}`,
    errorLine: (line: number, message: string) => `line ${line}: ${message}`,
    moreErrors: (count: string) => `… and ${count} more`,
    firstRows: 'First rows as read',
    colLine: 'line',
    colLabel: 'label',
    cannotTrain: (problem: string) => `Cannot train on this yet: ${problem}.`,
    tooBigForLink: (chars: string, max: string) =>
      `This data (${chars} characters) is too big for a link: links and embed codes carry up to ${max} characters, so a copied link opens with the built-in two moons, not your points.`,
    trainingOnThese: 'Training on these points',
    trainOnThese: (count: string) => `Train on these ${count} points`,
  },
  {
    noOwnYet: '还没有使用你自己的点：在你按下上面的按钮之前，先用内置的“双月”数据训练。',
    ownUnusable: '当前的点无法用于训练：在你按下上面的按钮之前，先用内置的“双月”数据训练。',
    dataAndNetwork: '数据与网络',
    lionPreset: '由 AdamW 设定 Lion：η ÷ 10，λ × 10',
    lionPresetWhy: 'Chen 等人（2023）的经验法则，保持 η·λ 不变',
    plotCurves: '折线图：每一步的训练与测试损失和准确率，每个优化器一种颜色',
    plotBoundaries: '散点图：两类数据点，以及每个优化器训练出的网络的决策边界',
    key: '圆点和菱形表示两类数据，实心为训练点，空心为测试点；每条线是对应优化器的网络给出 p(第 1 类) = ½ 的位置。',
    finalRegion: '各优化器最终的损失与准确率',
    afterLast: '最后一步之后',
    colOptimizer: '优化器',
    colTrainLoss: '训练损失',
    colTestLoss: '测试损失',
    colTrainAcc: '训练准确率',
    colTestAcc: '测试准确率',
    curveHover: (name, test, loss) => `${name}，第 %{x} 步：${test ? '测试' : '训练'}${loss ? '损失' : '准确率'} %{y:.4g}<extra></extra>`,
    lossPanel: '损失（实线：训练，虚线：测试）',
    accuracyPanel: '准确率',
    xAxis: '步数',
    classTrace: (label, test) => `第 ${label} 类（${test ? '测试' : '训练'}）`,
    classHover: (label, test) => `第 ${label} 类，${test ? '测试' : '训练'}点<extra></extra>`,
    ownLabel: '你的数据点：CSV，列为 x、y、label（0 或 1）；表头可有可无；也可以把文件拖到这里',
    ownSummary: (points, columns, class0, class1, xRange, yRange, leftOut) =>
      `读到 ${points} 个点（列：${columns ?? '未找到'}）` +
      (points !== '0' ? `：第 0 类 ${class0} 个，第 1 类 ${class1} 个；x 从 ${xRange}，y 从 ${yRange}` : '') +
      (leftOut ? `；有 ${leftOut} 行被略去：` : '。'),
    range: (lo, hi) => `${lo} 到 ${hi}`,
    errorLine: (line, message) => `第 ${line} 行：${message}`,
    moreErrors: (count) => `……另有 ${count} 行`,
    firstRows: '读取到的前几行',
    colLine: '行号',
    colLabel: '标签',
    cannotTrain: (problem) => `还不能用这些数据训练：${problem}。`,
    tooBigForLink: (chars, max) =>
      `这些数据（${chars} 个字符）太大，放不进链接：链接和嵌入代码最多携带 ${max} 个字符，所以复制的链接打开时会用内置的“双月”数据，而不是你的点。`,
    trainingOnThese: '正在用这些点训练',
    trainOnThese: (count) => `用这 ${count} 个点训练`,
  },
);
