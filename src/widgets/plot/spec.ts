import { defineWidget } from '../../core/params';

/**
 * The `plot` kind: curves an author declares in a notebook (```widget plot #id). Each block brings its
 * own parameters (its figure's spec); this entry describes the kind, and `?embed=plot` shows the
 * author guide's example.
 */
export const plotSpec = defineWidget({
  name: 'plot',
  title: 'Formula plot (declared in a notebook)',
  description:
    'Curves y = f(x), or x(t) and y(t), written as formulas in a notebook’s Markdown, with the author’s own parameters as sliders. Each notebook figure has its own parameters; this is the author guide’s example.',
  notebook: 'guide',
  height: 360,
  footprint: { wide: 676, narrow: 780 },
  params: {},
});
