/**
 * Contour lines of a grid by marching squares (Lorensen & Cline's cube table in two dimensions): each
 * cell whose corners straddle a level gets one or two segments, their ends placed by linear
 * interpolation along the cell's edges; an ambiguous saddle cell is split by the mean of its corners.
 * Segments are joined into polylines, which plotly draws as one line trace with gaps between them.
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

/**
 * Contours of z (row j along y, column i along x: z[j·nx + i]) at each level. Cells with a non-finite
 * corner are skipped (the formula's gaps stay gaps).
 */
export function contourLines(xs: ArrayLike<number>, ys: ArrayLike<number>, z: ArrayLike<number>, levels: readonly number[]): ContourLines {
  const nx = xs.length, ny = ys.length;
  const outX: number[] = [], outY: number[] = [];
  for (const level of levels) {
    // Segment ends are keyed by the grid edge they lie on, so neighbouring cells' segments meet exactly.
    const seg: [number, number][] = [];
    const point = new Map<number, [number, number]>();
    const edgePoint = (key: number, ax: number, ay: number, za: number, bx: number, by: number, zb: number) => {
      if (!point.has(key)) {
        const t = (level - za) / (zb - za);
        point.set(key, [ax + t * (bx - ax), ay + t * (by - ay)]);
      }
      return key;
    };
    for (let j = 0; j + 1 < ny; j++) {
      for (let i = 0; i + 1 < nx; i++) {
        const z00 = z[j * nx + i], z10 = z[j * nx + i + 1], z01 = z[(j + 1) * nx + i], z11 = z[(j + 1) * nx + i + 1];
        if (!(Number.isFinite(z00) && Number.isFinite(z10) && Number.isFinite(z01) && Number.isFinite(z11))) continue;
        const code = (z00 >= level ? 1 : 0) | (z10 >= level ? 2 : 0) | (z11 >= level ? 4 : 0) | (z01 >= level ? 8 : 0);
        if (code === 0 || code === 15) continue;
        const x0 = xs[i], x1 = xs[i + 1], y0 = ys[j], y1 = ys[j + 1];
        // Edge keys: horizontal edges (bottom/top) and vertical ones (left/right), unique over the grid.
        const bottom = () => edgePoint(2 * (j * nx + i), x0, y0, z00, x1, y0, z10);
        const top = () => edgePoint(2 * ((j + 1) * nx + i), x0, y1, z01, x1, y1, z11);
        const left = () => edgePoint(2 * (j * nx + i) + 1, x0, y0, z00, x0, y1, z01);
        const right = () => edgePoint(2 * (j * nx + i + 1) + 1, x1, y0, z10, x1, y1, z11);
        const centreHigh = (z00 + z10 + z01 + z11) / 4 >= level;
        switch (code) {
          case 1: case 14: seg.push([left(), bottom()]); break;
          case 2: case 13: seg.push([bottom(), right()]); break;
          case 3: case 12: seg.push([left(), right()]); break;
          case 4: case 11: seg.push([right(), top()]); break;
          case 6: case 9: seg.push([bottom(), top()]); break;
          case 7: case 8: seg.push([left(), top()]); break;
          case 5:
            if (centreHigh) seg.push([left(), top()], [bottom(), right()]);
            else seg.push([left(), bottom()], [right(), top()]);
            break;
          case 10:
            if (centreHigh) seg.push([left(), bottom()], [right(), top()]);
            else seg.push([left(), top()], [bottom(), right()]);
            break;
        }
      }
    }
    for (const line of joinSegments(seg)) {
      if (outX.length) {
        outX.push(NaN);
        outY.push(NaN);
      }
      for (const key of line) {
        const [px, py] = point.get(key)!;
        outX.push(px);
        outY.push(py);
      }
    }
  }
  return { levels: [...levels], x: Float64Array.from(outX), y: Float64Array.from(outY) };
}

/** Chains segments that share ends into polylines (each end key is shared by at most two segments). */
export function joinSegments(segments: readonly [number, number][]): number[][] {
  const byEnd = new Map<number, number[]>();
  segments.forEach(([a, b], s) => {
    for (const key of [a, b]) {
      const list = byEnd.get(key);
      if (list) list.push(s);
      else byEnd.set(key, [s]);
    }
  });
  const used = new Uint8Array(segments.length);
  const lines: number[][] = [];
  const extend = (line: number[]) => {
    for (;;) {
      const end = line[line.length - 1];
      const next = byEnd.get(end)?.find((s) => !used[s]);
      if (next === undefined) return;
      used[next] = 1;
      const [a, b] = segments[next];
      line.push(a === end ? b : a);
    }
  };
  // Open lines first (from an end only one segment touches), then the closed loops that remain.
  const order = [...segments.keys()].sort((s, t) => openness(segments[t], byEnd) - openness(segments[s], byEnd));
  for (const s of order) {
    if (used[s]) continue;
    used[s] = 1;
    const [a, b] = segments[s];
    const start = byEnd.get(b)!.length === 1 ? [b, a] : [a, b];
    const line = start;
    extend(line);
    line.reverse();
    extend(line);
    lines.push(line);
  }
  return lines;
}

function openness([a, b]: [number, number], byEnd: Map<number, number[]>): number {
  return (byEnd.get(a)!.length === 1 ? 1 : 0) + (byEnd.get(b)!.length === 1 ? 1 : 0);
}
