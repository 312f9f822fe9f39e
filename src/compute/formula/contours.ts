/**
 * Contour lines of a grid by marching squares (Lorensen & Cline's cube table in two dimensions): each
 * cell whose corners straddle a level gets one or two segments, their ends placed by linear
 * interpolation along the cell's edges; an ambiguous saddle cell is split by the mean of its corners.
 * Segments meeting at an edge are joined into polylines, which plotly draws as one line trace with
 * gaps between them. Points and links live in typed arrays indexed by grid edge, so a 200 × 200 grid
 * with a dozen levels takes a few milliseconds (a map redraws its contours on every input).
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
 * Contours of z (row j along y, column i along x: z[j·nx + i]) at each level. Cells with a non-finite
 * corner are skipped (the formula's gaps stay gaps).
 */
export function contourLines(xs: ArrayLike<number>, ys: ArrayLike<number>, z: ArrayLike<number>, levels: readonly number[]): ContourLines {
  const nx = xs.length, ny = ys.length;
  // Grid edges: 2·(j·nx + i) is the horizontal edge from (i, j) to (i + 1, j), + 1 the vertical one to (i, j + 1).
  const { px, py, placed, linked, first, second } = scratchFor(2 * nx * ny);
  const outX: number[] = [], outY: number[] = [];
  let level = 0, stamp = 0;
  const ends: number[] = []; // segment s runs from ends[2s] to ends[2s + 1]

  /** Edge e's crossing point (between corners a and b), placed once per level. */
  const point = (e: number, ax: number, ay: number, za: number, bx: number, by: number, zb: number) => {
    if (placed[e] !== stamp) {
      placed[e] = stamp;
      const t = (level - za) / (zb - za);
      px[e] = ax + t * (bx - ax);
      py[e] = ay + t * (by - ay);
    }
    return e;
  };
  // One crossed cell (corner (i, j) at grid index k): its one or two segments. Called for the few
  // cells a level crosses, with the values as arguments, so the scan over all cells stays in registers.
  const cell = (code: number, k: number, i: number, j: number, z00: number, z10: number, z01: number, z11: number) => {
    const x0 = xs[i], x1 = xs[i + 1], y0 = ys[j], y1 = ys[j + 1];
    const bottom = 2 * k, top = 2 * (k + nx), left = 2 * k + 1, right = 2 * (k + 1) + 1;
    // Only the edges the level crosses are placed: a corner pair on opposite sides of it.
    if ((code & 1) !== (code & 2) >> 1) point(bottom, x0, y0, z00, x1, y0, z10);
    if ((code & 8) >> 3 !== (code & 4) >> 2) point(top, x0, y1, z01, x1, y1, z11);
    if ((code & 1) !== (code & 8) >> 3) point(left, x0, y0, z00, x0, y1, z01);
    if ((code & 2) >> 1 !== (code & 4) >> 2) point(right, x1, y0, z10, x1, y1, z11);
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
  /** Follows segments from edge point `start` of segment `s`, writing the polyline's points. */
  const walk = (used: Uint8Array, s: number, start: number) => {
    if (outX.length) {
      outX.push(NaN);
      outY.push(NaN);
    }
    outX.push(px[start]);
    outY.push(py[start]);
    let at = start;
    while (s >= 0 && !used[s]) {
      used[s] = 1;
      at = ends[2 * s] === at ? ends[2 * s + 1] : ends[2 * s];
      outX.push(px[at]);
      outY.push(py[at]);
      s = first[at] === s ? second[at] : first[at];
    }
  };

  for (const l of levels) {
    level = l;
    stamp = ++lastStamp;
    ends.length = 0;
    for (let j = 0; j + 1 < ny; j++) {
      for (let i = 0, k = j * nx; i + 1 < nx; i++, k++) {
        const z00 = z[k], z10 = z[k + 1], z01 = z[k + nx], z11 = z[k + nx + 1];
        const code = (z00 >= level ? 1 : 0) | (z10 >= level ? 2 : 0) | (z11 >= level ? 4 : 0) | (z01 >= level ? 8 : 0);
        if (code === 0 || code === 15) continue;
        if (Number.isFinite(z00) && Number.isFinite(z10) && Number.isFinite(z01) && Number.isFinite(z11)) cell(code, k, i, j, z00, z10, z01, z11);
      }
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
  }
  return { levels: [...levels], x: Float64Array.from(outX), y: Float64Array.from(outY) };
}
