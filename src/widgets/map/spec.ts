import { defineWidget } from '../../core/params';

/** The `map` kind: z = f(x, y) as a heatmap with contour lines, declared in a notebook (```widget map #id). */
export const mapSpec = defineWidget({
  name: 'map',
  title: 'Formula map (declared in a notebook)',
  description:
    'A heatmap of z = f(x, y) over a rectangle, with contour lines, written as a formula in a notebook’s Markdown with the author’s own parameters as sliders. This is the author guide’s example.',
  notebook: 'guide',
  height: 360,
  footprint: { wide: 752, narrow: 934 },
  params: {},
});
