import { describe, expect, test } from 'vitest';
import type { ObjectiveSurface, OptimizerRun } from '../../compute/optimizers/widgets';
import { MAX_POINTS } from '../lion-shared/series';
import { contourImage, contourLayoutImage, landmarkTrace, landscapeCsv, lastFinite, lionBoxTrace, pathTraces, runItems, viewBox } from './plots';

/** A straight run from (0, 0) moving +0.1 in x per step, diverging at `divergedAt` when given. */
function run(name: OptimizerRun['name'], steps: number, divergedAt: number | null = null): OptimizerRun {
  const path = new Float64Array(2 * (steps + 1)).fill(NaN);
  const loss = new Float64Array(steps + 1).fill(NaN);
  const updateNorm = new Float64Array(steps).fill(NaN);
  const last = divergedAt === null ? steps : divergedAt - 1;
  for (let t = 0; t <= last; t++) {
    path[2 * t] = 0.1 * t;
    path[2 * t + 1] = 0;
    loss[t] = 1 / (t + 1);
    if (t > 0) updateNorm[t - 1] = 0.1;
  }
  return { name, path, loss, updateNorm, divergedAt };
}
type Scatter = { x: number[]; y: number[]; customdata?: number[]; marker?: { symbol?: string } };

describe('viewBox', () => {
  test('is the objective’s own view, widened only to show a start outside it', () => {
    expect(viewBox('rosenbrock', [-1, 1.5])).toEqual({ x: [-2, 2], y: [-1, 3] });
    const b = viewBox('rosenbrock', [4, 1]);
    expect(b.x[1]).toBeGreaterThan(4);
    expect(b.y).toEqual([-1, 3]);
  });
});

describe('pathTraces', () => {
  type Markers = Scatter & { marker: { symbol: string }; hovertext: string[] };

  test('a 10 000-step path is drawn from at most ~MAX_POINTS points, first and current kept', () => {
    const [line, markers] = pathTraces([run('lion', 10_000)], 10_000) as unknown as [Scatter, Markers];
    expect(line.x.length).toBeLessThanOrEqual(MAX_POINTS + 2);
    expect(line.customdata?.[0]).toBe(0);
    expect(line.customdata?.at(-1)).toBe(10_000);
    expect(markers.x[0]).toBeCloseTo(1000, 9);
  });

  test('the scrubber cuts each path at the step, with one marker per run there', () => {
    const traces = pathTraces([run('adam', 100), run('lion', 100)], 40) as unknown as [Scatter, Scatter, Markers, Markers];
    expect(traces.length).toBe(4);
    expect(traces[0].customdata?.at(-1)).toBe(40);
    expect(traces[2].x).toEqual([expect.closeTo(4, 12), expect.closeTo(4, 12)]);
    expect(traces[2].hovertext).toEqual(['Adam at step 40', 'Lion at step 40']);
    // No run has diverged: the crosses' trace holds only gaps.
    expect(traces[3].x.every(Number.isNaN)).toBe(true);
  });

  test('a diverged run stops at its last finite point, marked with a cross (not a dot) once the scrubber passes it', () => {
    const r = run('sgd', 100, 30);
    expect(lastFinite(r, 100)).toBe(29);
    expect(lastFinite(r, 10)).toBe(10);
    const [line, dots, crosses] = pathTraces([r], 100) as unknown as [Scatter, Markers, Markers];
    expect(line.x.every(Number.isFinite)).toBe(true);
    expect([dots.marker.symbol, crosses.marker.symbol]).toEqual(['circle', 'x']);
    expect(dots.x).toEqual([NaN]);
    expect(crosses.x).toEqual([expect.closeTo(2.9, 12)]);
    expect(crosses.hovertext).toEqual(['SGD diverged at step 30']);
    const [, before, none] = pathTraces([r], 10) as unknown as [Scatter, Markers, Markers];
    expect(before.x).toEqual([expect.closeTo(1, 12)]);
    expect(none.x).toEqual([NaN]);
    expect(pathTraces([], 10)).toEqual([]);
  });
});

describe('landmarkTrace', () => {
  test('the start first, then every minimum', () => {
    const t = landmarkTrace([-1, 1.5], Float64Array.of(1, 1, -2, 3)) as unknown as Scatter & { hovertext: string[] };
    expect(t.x).toEqual([-1, 1, -2]);
    expect(t.y).toEqual([1.5, 1, 3]);
    expect(t.hovertext).toEqual(['start', 'minimum', 'minimum']);
    expect((landmarkTrace([0, 0], null) as unknown as Scatter).x).toEqual([0]);
  });
});

describe('lionBoxTrace', () => {
  const box = { x: [-2, 2] as [number, number], y: [-1, 3] as [number, number] };
  test('draws |θᵢ| ≤ 1/λ when it meets the view, nothing (an empty trace) without decay', () => {
    const t = lionBoxTrace(2, box) as unknown as Scatter;
    expect(Math.max(...t.x)).toBe(0.5);
    expect(Math.min(...t.y)).toBe(-0.5);
    expect((lionBoxTrace(0, box) as unknown as Scatter).x).toEqual([]);
    expect((lionBoxTrace(0.01, box) as unknown as Scatter).y).toEqual([]); // the box is far outside
  });
});

describe('contourImage', () => {
  const s: ObjectiveSurface = {
    x: Float64Array.of(0, 1, 2),
    y: Float64Array.of(10, 11),
    logGap: Float64Array.of(0, 1, 2, 0, 1, 2),
    minima: Float64Array.of(0, 10),
    minValue: 0,
  };

  test('one RGBA pixel per grid point, the top row holding the largest y', () => {
    const img = contourImage({ ...s, logGap: Float64Array.of(0, 0, 0, 2, 2, 2) }, false);
    expect([img.width, img.height, img.rgba.length]).toEqual([3, 2, 24]);
    // Row 0 (top) is y = 11, whose values are high: a darker blue-grey than the low bottom row.
    expect(img.rgba[0]).toBeLessThan(img.rgba[12]);
    expect(Array.from(img.rgba.filter((_, k) => k % 4 === 3))).toEqual([255, 255, 255, 255, 255, 255]);
  });

  test('pixels on a contour level are tinted as lines, those between levels are not; a flat grid has none', () => {
    const flat = contourImage({ ...s, logGap: new Float64Array(6).fill(1) }, false);
    expect(new Set(flat.rgba).size).toBeLessThanOrEqual(4);
    // A ramp 0 … 48 over 49 columns: 24 levels put a level on every even column, none on the odd ones.
    const n = 49;
    const ramp = contourImage(
      { ...s, x: Float64Array.from({ length: n }, (_, i) => i), logGap: Float64Array.from({ length: 2 * n }, (_, k) => k % n) },
      false,
    );
    const red = (i: number) => ramp.rgba[4 * i];
    for (let i = 2; i < n - 2; i += 2) {
      expect(red(i)).toBeLessThan((red(i - 1) + red(i + 1)) / 2 - 20); // a line: darker than its neighbours
      expect(Math.abs(red(i + 1) - (red(i) + red(i + 2)) / 2)).toBeGreaterThan(20);
    }
  });

  test('is placed over the grid’s extent in data coordinates', () => {
    expect(contourLayoutImage(s, 'data:')).toMatchObject({ x: 0, y: 11, sizex: 2, sizey: 1, xref: 'x', yref: 'y', layer: 'below' });
  });
});

describe('readout and CSV', () => {
  test('divergence is reported, not hidden', () => {
    const items = runItems([run('sgd', 100, 30), run('lion', 100)], 50, 0);
    expect(items[0]).toMatchObject({ label: 'SGD', text: 'diverged at step 30', bad: true });
    expect(items[1].text).toMatch(/^step 50: at \(5\.000, 0\.000\), f − f\* = 0\.0196$/);
  });

  test('the CSV keeps every step of every run, the update beside the iterate it produced', () => {
    const csv = landscapeCsv([run('adam', 10_000), run('lion', 10_000)]).trim().split('\n');
    expect(csv.length).toBe(10_002);
    expect(csv[0]).toBe('step,adam_x,adam_y,adam_f,adam_update_norm,lion_x,lion_y,lion_f,lion_update_norm');
    expect(csv[1]).toBe('0,0,0,1,,0,0,1,');
    expect(csv[2].split(',')[4]).toBe('0.1');
  });
});
