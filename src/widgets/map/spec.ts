import { defineWidget } from '../../core/params';

/** The `map` kind: z = f(x, y) as a heatmap with contour lines, declared in a notebook (```widget map #id). */
export const mapSpec = defineWidget({
  name: 'map',
  title: { en: 'Formula map (declared in a notebook)', zh: '公式热力图（在笔记中声明）' },
  description: {
    en: 'A heatmap of z = f(x, y) over a rectangle, with contour lines, written as a formula in a notebook’s Markdown with the author’s own parameters as sliders. This is the author guide’s example.',
    zh: 'z = f(x, y) 在矩形区域上的热力图，带等高线；公式写在笔记的 Markdown 里，作者自定的参数成为滑块。这里展示的是写作指南中的示例。',
  },
  notebook: 'guide',
  height: 360,
  footprint: { wide: 752, narrow: 743 },
  params: {},
});
