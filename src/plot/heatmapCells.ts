/**
 * Where a heatmap's cells end, for a figure that fixes its axes on them (rope-cos-map) and for the
 * heatmap mover that places them. A module of its own: the widget's chunk takes this alone, not the
 * mover, which loads with plotly.
 */

/**
 * The outer edges of a row of cells centred on `v`, as plotly bounds a heatmap's cells: each cell runs
 * halfway to its neighbours, the end ones as far out as in (a lone cell spans one unit).
 */
export function cellEdges(v: ArrayLike<number>): [number, number] {
  const n = v.length;
  if (n === 0) return [-0.5, 0.5];
  if (n === 1) return [v[0] - 0.5, v[0] + 0.5];
  return [v[0] - (v[1] - v[0]) / 2, v[n - 1] + (v[n - 1] - v[n - 2]) / 2];
}
