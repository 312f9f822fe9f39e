/**
 * Contour lines of a grid by marching squares (Lorensen & Cline's cube table in two dimensions): each
 * cell whose corners straddle a level gets one or two segments, their ends placed by linear
 * interpolation along the cell's edges; an ambiguous saddle cell is split by the mean of its corners.
 * Segments meeting at an edge are joined into polylines, which plotly draws as one line trace with
 * gaps between them. One pass over the grid hands each level the cells it crosses, and points and
 * links live in typed arrays indexed by grid edge: a map redraws its contours on every input; a drawing
 * keeps only the points it needs (Douglas–Peucker, measured in grid cells).
 */

/** Polylines of every level, flat: x and y with NaN between lines. */
export interface ContourLines {
  levels: number[];
  x: Float64Array;
  y: Float64Array;
}

/** `count` levels evenly inside (min, max), excluding the ends (where a line would be a single point). */
export function contourLevels(min: number, max: number, count: number): number[] {
  if (!(max > min) || count < 1) return [];
  return Array.from({ length: count }, (_, k) => min + ((k + 1) * (max - min)) / (count + 1));
}

/** Per grid edge: its crossing point, and per level the (at most two) segments that end on it. */
interface Scratch {
  edges: number;
  px: Float64Array;
  py: Float64Array;
  /** The point in grid units (column and row, fractional along its edge), where a simplified line is measured. */
  pu: Float64Array;
  pv: Float64Array;
  /** Stamp of the level whose point `px`/`py` hold, and of the level whose links `first`/`second` hold. */
  placed: Int32Array;
  linked: Int32Array;
  first: Int32Array;
  second: Int32Array;
}

// A map redraws its contours on every input: the edge arrays are kept between calls (each level
// stamps what it writes with a number no earlier level used), so a drag allocates and clears no
// megabytes per input.
let scratch: Scratch | null = null;
let lastStamp = 0;

function scratchFor(edges: number): Scratch {
  if (!scratch || scratch.edges < edges || lastStamp > 0x3fffffff) {
    scratch = {
      edges,
      px: new Float64Array(edges),
      py: new Float64Array(edges),
      pu: new Float64Array(edges),
      pv: new Float64Array(edges),
      placed: new Int32Array(edges),
      linked: new Int32Array(edges),
      first: new Int32Array(edges),
      second: new Int32Array(edges),
    };
    lastStamp = 0;
  }
  return scratch;
}

/**
 * Drops the points of polyline (u, v)[0 … n) that lie within `tolerance` of the line through their
 * kept neighbours (Douglas & Peucker, 1973), marking those kept in `keep`; the ends are always kept.
 */
export function simplifyLine(u: ArrayLike<number>, v: ArrayLike<number>, n: number, tolerance: number, keep: Uint8Array): void {
  keep.fill(0, 0, n);
  if (n === 0) return;
  keep[0] = keep[n - 1] = 1;
  const limit = tolerance * tolerance;
  const spans = [0, n - 1];
  while (spans.length) {
    const b = spans.pop()!, a = spans.pop()!;
    const ax = u[a], ay = v[a], dx = u[b] - ax, dy = v[b] - ay, length2 = dx * dx + dy * dy;
    let far = -1, farthest = limit;
    for (let k = a + 1; k < b; k++) {
      const ex = u[k] - ax, ey = v[k] - ay;
      // Squared distance to the line a–b (to the point a when a closed line ends where it starts).
      const cross = ex * dy - ey * dx;
      const d = length2 > 0 ? (cross * cross) / length2 : ex * ex + ey * ey;
      if (d > farthest) {
        farthest = d;
        far = k;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      spans.push(a, far, far, b);
    }
  }
}

/** The grid cells each level crosses: for level q, cells[start[rank[q]] … start[rank[q] + 1]), in grid order. */
interface CellsByLevel {
  cells: Int32Array;
  start: Int32Array;
  rank: Int32Array;
}

/**
 * A cell (its four corners finite) is crossed by exactly the levels L with min < L ≤ max of its corners
 * (some corner ≥ L and some below it): a run of the sorted levels, found by two binary searches. One
 * pass over the grid and a counting sort then hand each level its cells, instead of a pass per level.
 */
function cellsByLevel(z: ArrayLike<number>, nx: number, ny: number, levels: readonly number[]): CellsByLevel {
  const order = levels.map((_, q) => q).sort((a, b) => levels[a] - levels[b]);
  const sorted = Float64Array.from(order, (q) => levels[q]);
  const rank = new Int32Array(levels.length);
  order.forEach((q, r) => (rank[q] = r));
  /** How many levels are ≤ v. */
  const atOrBelow = (v: number) => {
    let lo = 0, hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const cellCount = Math.max(0, (nx - 1) * (ny - 1));
  const first = new Int32Array(cellCount), last = new Int32Array(cellCount);
  const counts = new Int32Array(levels.length + 1);
  for (let j = 0, c = 0; j + 1 < ny; j++) {
    for (let i = 0, k = j * nx; i + 1 < nx; i++, k++, c++) {
      const z00 = z[k], z10 = z[k + 1], z01 = z[k + nx], z11 = z[k + nx + 1];
      if (!(Number.isFinite(z00) && Number.isFinite(z10) && Number.isFinite(z01) && Number.isFinite(z11))) continue;
      let min = z00, max = z00;
      if (z10 < min) min = z10; else if (z10 > max) max = z10;
      if (z01 < min) min = z01; else if (z01 > max) max = z01;
      if (z11 < min) min = z11; else if (z11 > max) max = z11;
      const lo = atOrBelow(min), hi = min === max ? lo : atOrBelow(max);
      first[c] = lo;
      last[c] = hi;
      for (let r = lo; r < hi; r++) counts[r + 1]++;
    }
  }
  const start = new Int32Array(levels.length + 1);
  for (let r = 0; r < levels.length; r++) start[r + 1] = start[r] + counts[r + 1];
  const cells = new Int32Array(start[levels.length]);
  const next = start.slice(0, levels.length);
  for (let j = 0, c = 0; j + 1 < ny; j++) {
    for (let i = 0, k = j * nx; i + 1 < nx; i++, k++, c++) {
      for (let r = first[c]; r < last[c]; r++) cells[next[r]++] = k;
    }
  }
  return { cells, start, rank };
}

/**
 * Contours of z (row j along y, column i along x: z[j·nx + i]) at each level. Cells with a non-finite
 * corner are skipped (the formula's gaps stay gaps). With a `tolerance` (in grid cells), each line
 * keeps only the points needed to stay within it of the full line: a drawing needs far fewer.
 */
export function contourLines(xs: ArrayLike<number>, ys: ArrayLike<number>, z: ArrayLike<number>, levels: readonly number[], tolerance = 0): ContourLines {
  const nx = xs.length, ny = ys.length;
  // Grid edges: 2·(j·nx + i) is the horizontal edge from (i, j) to (i + 1, j), + 1 the vertical one to (i, j + 1).
  const { px, py, pu, pv, placed, linked, first, second } = scratchFor(2 * nx * ny);
  const outX: number[] = [], outY: number[] = [];
  let level = 0, stamp = 0;
  const ends: number[] = []; // segment s runs from ends[2s] to ends[2s + 1]

  /** Edge e's crossing point (between corners a and b; the edge runs along x when `alongX`), placed once per level. */
  const point = (e: number, ax: number, ay: number, za: number, bx: number, by: number, zb: number, i: number, j: number, alongX: boolean) => {
    if (placed[e] !== stamp) {
      placed[e] = stamp;
      const t = (level - za) / (zb - za);
      px[e] = ax + t * (bx - ax);
      py[e] = ay + t * (by - ay);
      pu[e] = alongX ? i + t : i;
      pv[e] = alongX ? j : j + t;
    }
    return e;
  };
  // One crossed cell (corner (i, j) at grid index k): its one or two segments. Called for the few
  // cells a level crosses, with the values as arguments, so the scan over all cells stays in registers.
  const cell = (code: number, k: number, i: number, j: number, z00: number, z10: number, z01: number, z11: number) => {
    const x0 = xs[i], x1 = xs[i + 1], y0 = ys[j], y1 = ys[j + 1];
    const bottom = 2 * k, top = 2 * (k + nx), left = 2 * k + 1, right = 2 * (k + 1) + 1;
    // Only the edges the level crosses are placed: a corner pair on opposite sides of it.
    if ((code & 1) !== (code & 2) >> 1) point(bottom, x0, y0, z00, x1, y0, z10, i, j, true);
    if ((code & 8) >> 3 !== (code & 4) >> 2) point(top, x0, y1, z01, x1, y1, z11, i, j + 1, true);
    if ((code & 1) !== (code & 8) >> 3) point(left, x0, y0, z00, x0, y1, z01, i, j, false);
    if ((code & 2) >> 1 !== (code & 4) >> 2) point(right, x1, y0, z10, x1, y1, z11, i + 1, j, false);
    switch (code) {
      case 1: case 14: ends.push(left, bottom); break;
      case 2: case 13: ends.push(bottom, right); break;
      case 3: case 12: ends.push(left, right); break;
      case 4: case 11: ends.push(right, top); break;
      case 6: case 9: ends.push(bottom, top); break;
      case 7: case 8: ends.push(left, top); break;
      case 5:
      case 10: {
        // A saddle: the centre decides which corners its lines keep together.
        const centreHigh = (z00 + z10 + z01 + z11) / 4 >= level;
        if ((code === 5) === centreHigh) ends.push(left, top, bottom, right);
        else ends.push(left, bottom, right, top);
        break;
      }
    }
  };
  const line: number[] = []; // the edges of the polyline being walked
  const lineU: number[] = [], lineV: number[] = [];
  let keep = new Uint8Array(0);
  /** Follows segments from edge point `start` of segment `s`, writing the polyline's points. */
  const walk = (used: Uint8Array, s: number, start: number) => {
    line.length = 0;
    line.push(start);
    let at = start;
    while (s >= 0 && !used[s]) {
      used[s] = 1;
      at = ends[2 * s] === at ? ends[2 * s + 1] : ends[2 * s];
      line.push(at);
      s = first[at] === s ? second[at] : first[at];
    }
    const n = line.length;
    if (tolerance > 0) {
      lineU.length = lineV.length = 0;
      for (const e of line) {
        lineU.push(pu[e]);
        lineV.push(pv[e]);
      }
      if (keep.length < n) keep = new Uint8Array(2 * n);
      simplifyLine(lineU, lineV, n, tolerance, keep);
    }
    if (outX.length) {
      outX.push(NaN);
      outY.push(NaN);
    }
    for (let q = 0; q < n; q++) {
      if (tolerance > 0 && !keep[q]) continue;
      outX.push(px[line[q]]);
      outY.push(py[line[q]]);
    }
  };

  const byLevel = cellsByLevel(z, nx, ny, levels);
  levels.forEach((l, q) => {
    level = l;
    stamp = ++lastStamp;
    ends.length = 0;
    const { cells, start } = byLevel;
    for (let t = start[byLevel.rank[q]], end = start[byLevel.rank[q] + 1]; t < end; t++) {
      const k = cells[t], i = k % nx, j = (k - i) / nx;
      const z00 = z[k], z10 = z[k + 1], z01 = z[k + nx], z11 = z[k + nx + 1];
      cell((z00 >= level ? 1 : 0) | (z10 >= level ? 2 : 0) | (z11 >= level ? 4 : 0) | (z01 >= level ? 8 : 0), k, i, j, z00, z10, z01, z11);
    }
    const count = ends.length / 2;
    for (let q = 0; q < ends.length; q++) {
      const e = ends[q], s = q >> 1;
      if (linked[e] !== stamp) {
        linked[e] = stamp;
        first[e] = s;
        second[e] = -1;
      } else second[e] = s;
    }
    const used = new Uint8Array(count);
    // Open lines from their loose ends first, then the closed loops that remain.
    for (let s = 0; s < count; s++) {
      if (used[s]) continue;
      const a = ends[2 * s], b = ends[2 * s + 1];
      if (second[a] < 0) walk(used, s, a);
      else if (second[b] < 0) walk(used, s, b);
    }
    for (let s = 0; s < count; s++) if (!used[s]) walk(used, s, ends[2 * s]);
  });
  return { levels: [...levels], x: Float64Array.from(outX), y: Float64Array.from(outY) };
}
