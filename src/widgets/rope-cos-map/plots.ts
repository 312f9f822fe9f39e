/** Figure for the cos map: a heatmap of cos(n·θᵢ), blank where the row spacing cannot show a pair. */
import type { Data, Layout } from 'plotly.js';
import type { RopeCosMapFor } from '../../compute/rope/widgets';
import { toCsv } from '../../ui/download';
import { cellEdges } from '../../plot/heatmapCells';
import { msg } from './messages';

/**
 * Rows = positions (downwards), columns = pairs; cells of aliased pairs are left empty (null) rather
 * than drawn with a false pattern. A dashed line marks the training length when it falls inside the range.
 */
export function cosMapFigure(m: RopeCosMapFor, trainLength: number | null): { data: Data[]; layout: Partial<Layout> } {
  const z: (number | null)[][] = [];
  for (let r = 0; r < m.rows; r++) {
    const row: (number | null)[] = new Array(m.cols);
    for (let c = 0; c < m.cols; c++) row[c] = m.pair[c] < m.aliased ? null : m.values[r * m.cols + c];
    z.push(row);
  }
  const x = Array.from(m.pair);
  const y = Array.from(m.position);
  const data: Data[] = [
    {
      type: 'heatmap', x, y, z: z as number[][], zmin: -1, zmax: 1, colorscale: 'RdBu', reversescale: true,
      colorbar: { title: { text: 'cos' }, thickness: 10 },
      hovertemplate: msg.hover,
    },
  ];
  // The training length, across the map when it falls inside the positions. The trace stays (empty)
  // when it does not, so that the figure keeps its traces while a slider moves (ui/plotShape.ts).
  const last = y[y.length - 1] ?? 0;
  const inside = trainLength !== null && trainLength < last;
  data.push({
    type: 'scatter', mode: 'lines', x: inside ? cellEdges(x) : [], y: inside ? [trainLength, trainLength] : [],
    name: msg.trainingLength, line: { dash: 'dash', width: 2.5, color: '#000' }, hoverinfo: 'skip', showlegend: false,
  });
  const [left, right] = cellEdges(x);
  const [top, bottom] = cellEdges(y);
  return {
    data,
    layout: {
      // The cells' extent, as plotly's autorange would give it, fixed: while a slider changes the grid,
      // the plot keeps its axes steady and repaints the cells (ui/heatmapMover.ts).
      xaxis: { title: { text: msg.xAxis }, range: [left, right] },
      yaxis: { title: { text: msg.yAxis }, range: [bottom, top] },
      margin: { l: 64, r: 16, t: 16, b: 48 },
    },
  };
}

/** The drawn cells as CSV: one row per sampled position, one column per pair. */
export function cosMapCsv(m: RopeCosMapFor): string {
  const columns: Record<string, ArrayLike<number>> = { position: m.position };
  for (let c = 0; c < m.cols; c++) {
    columns[`pair_${m.pair[c]}`] = Array.from({ length: m.rows }, (_, r) => m.values[r * m.cols + c]);
  }
  return toCsv(columns);
}
