/** Rectangular sampling grids for the objective surfaces and the training widget's decision map. */
import { requireInteger, requireRange } from '../numerics/checks';

/** A rectangular sampling grid: nx × ny points spanning xRange × yRange, both ends included. */
export interface GridSpec {
  xRange: [number, number];
  yRange: [number, number];
  nx: number;
  ny: number;
}

function lerp(a: number, b: number, t: number): number {
  return a * (1 - t) + b * t;
}

/** Checks a grid (ranges increasing, nx and ny integers in [2, 1000]); returns x and y coordinate arrays. */
export function gridAxes(grid: GridSpec): { xs: Float64Array; ys: Float64Array } {
  const [x0, x1] = requireRange('xRange', grid.xRange);
  const [y0, y1] = requireRange('yRange', grid.yRange);
  const nx = requireInteger('nx', grid.nx, 2, 1000);
  const ny = requireInteger('ny', grid.ny, 2, 1000);
  const xs = new Float64Array(nx);
  const ys = new Float64Array(ny);
  // Weighting both ends makes the first and last points exactly the range ends.
  for (let i = 0; i < nx; i++) xs[i] = lerp(x0, x1, i / (nx - 1));
  for (let j = 0; j < ny; j++) ys[j] = lerp(y0, y1, j / (ny - 1));
  return { xs, ys };
}
