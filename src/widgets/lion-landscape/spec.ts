import { defineWidget } from '../../core/params';
import { OBJECTIVE_OPTIONS, raceParams, trajectoryParams } from '../lion-shared/runs';

/** Optimizer paths on a 2-D objective (a built-in one, or the reader's own formula), with a step scrubber. */
export const lionLandscapeSpec = defineWidget({
  name: 'lion-landscape',
  title: { en: 'SGD, Adam, AdamW and Lion on a landscape', zh: 'SGD、Adam、AdamW 与 Lion 在地形上的路径' },
  description: {
    en: 'Contours of a test function, or of your own formula f(x, y), with the paths of the optimizers you switch on, each at its own learning rate and weight decay, from a start you set by clicking. Scrub or play the steps; add seeded gradient noise to make the runs stochastic.',
    zh: '测试函数（或你自己写的公式 f(x, y)）的等高线，以及你打开的各优化器的路径；每个优化器有自己的学习率和权重衰减，起点可以点击图来设置。可以拖动或播放步数；加上带种子的梯度噪声，让运行变成随机的。',
  },
  notebook: 'lion-optimizer',
  height: 460,
  footprint: { wide: 1510, narrow: 1220 },
  params: {
    ...trajectoryParams,
    objective: { ...raceParams.objective, options: [...OBJECTIVE_OPTIONS, { value: 'custom', label: { en: 'Your own formula f(x, y)', zh: '你自己的公式 f(x, y)' } }] },
    formula: {
      kind: 'text',
      label: { en: 'Your objective f(x, y)', zh: '你的目标函数 f(x, y)' },
      maxLength: 200,
      default: '(1 - x)^2 + 5 (y - x^2)^2',
      placeholder: { en: 'e.g. x^2 + 10 y^2 + sin(3 x)', zh: '例如 x^2 + 10 y^2 + sin(3 x)' },
      help: { en: 'a formula in x and y; its gradient is derived symbolically', zh: '关于 x 和 y 的公式；梯度由符号求导得到' },
    },
    span: { kind: 'number', label: { en: 'View: x and y up to ±', zh: '视野：x 与 y 到 ±' }, min: 0.5, max: 5, step: 0.1, default: 2, help: { en: 'your own formula only: the square the contours show', zh: '仅自定义公式：等高线所画的正方形范围' } },
    step: { kind: 'integer', label: { en: 'Show up to step', zh: '显示到第几步' }, min: 0, max: 10000, default: 10000, help: { en: 'paths are drawn up to this step (the last step when larger)', zh: '路径画到这一步为止（超过总步数时画到最后一步）' } },
  },
});
