import { defineWidget } from '../../core/params';

/**
 * The `plot` kind: curves an author declares in a notebook (```widget plot #id). Each block brings its
 * own parameters (its figure's spec); this entry describes the kind, and `?embed=plot` shows the
 * author guide's example.
 */
export const plotSpec = defineWidget({
  name: 'plot',
  title: { en: 'Formula plot (declared in a notebook)', zh: '公式曲线图（在笔记中声明）' },
  description: {
    en: 'Curves y = f(x), or x(t) and y(t), written as formulas in a notebook’s Markdown, with the author’s own parameters as sliders. Each notebook figure has its own parameters; this is the author guide’s example.',
    zh: '在笔记的 Markdown 里以公式写出的曲线 y = f(x)，或参数曲线 x(t)、y(t)，作者自定的参数成为滑块。每个笔记图形都有自己的参数；这里展示的是写作指南中的示例。',
  },
  notebook: 'guide',
  height: 360,
  footprint: { wide: 676, narrow: 780 },
  params: {},
});
