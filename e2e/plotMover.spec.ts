import { expect, test, type Locator } from '@playwright/test';

// While a slider streams figures, Plot.svelte rewrites the traces' SVG itself (plot/traceMover.ts) and
// hands the figure to plotly only when the hand rests. These tests hold that drawing to plotly's own:
// change a value and change it back within a few frames, so the moved SVG shows the very numbers
// plotly drew before; it must cover the same pixels.

/** Part of a figure that a widget computes apart from its traces and draws a little after them. */
type Later = 'picture' | 'fill' | null;

interface Drawn {
  /** Line paths' text. */
  d: string[];
  /** `fill: 'toself'` areas' path text. */
  fills: string[];
  /** Boxes of the line paths, then of the bars. */
  boxes: number[][];
  /** Marker positions. */
  marks: number[][];
  /** The y values plotly holds (its own state, which the mover leaves alone). */
  plotlyY: string;
  /** Per scatter trace: its line's style (null without a drawn line), its marker count, and the first marker's shape and style. */
  traces: { line: string | null; marks: number; mark: (string | null)[] | null }[];
  /** The heatmaps' images (data URLs) and where they stand (x, y, width, height), and the z values plotly holds. */
  images: string[];
  imageBoxes: number[][];
  /** Whether plotly's image is hidden under the cover a drag paints. */
  imageHidden: boolean[];
  /** The layout images (pictures under the traces): their sources and where they stand. */
  pictures: string[];
  pictureBoxes: number[][];
  plotlyZ: string;
}

/**
 * What the widget's plots show now or (with `values`) after typing each value into a number field in
 * turn, one frame apart, committing it with Enter and waiting for it to be drawn; then also per value.
 */
async function drawn(w: Locator, field = '', values: string[] = [], later: Later = null): Promise<Drawn & { steps: Drawn[] }> {
  return w.evaluate(
    async (root, { field, values, later }) => {
      const look = () => {
        const lines = [...root.querySelectorAll<SVGPathElement>('g.trace.scatter path.js-line')];
        const bars = [...root.querySelectorAll<SVGPathElement>('g.trace.bars g.point > path')];
        const box = (p: SVGPathElement) => {
          const b = p.getBBox();
          return [b.x, b.y, b.width, b.height];
        };
        const place = (i: Element) => ['x', 'y', 'width', 'height'].map((a) => Number(i.getAttribute(a)));
        const plots = [...root.querySelectorAll('.plot-target')] as unknown as { data?: { y?: ArrayLike<number>; z?: unknown }[] }[];
        return {
          d: lines.map((p) => p.getAttribute('d') ?? ''),
          fills: [...root.querySelectorAll('g.trace.scatter path.js-fill')].map((p) => p.getAttribute('d') ?? ''),
          boxes: [...lines, ...bars].map(box),
          marks: [...root.querySelectorAll('g.trace.scatter path.point')].map((m) => {
            const t = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(m.getAttribute('transform') ?? '');
            return t ? [Number(t[1]), Number(t[2])] : [NaN, NaN];
          }),
          plotlyY: JSON.stringify(plots.map((gd) => (gd.data ?? []).map((t) => Array.from(t.y ?? [])))),
          // What shows: the cover a drag paints over plotly's image (plot/heatmapMover.ts), or the image.
          images: [...root.querySelectorAll('.heatmaplayer image')].map((i) => {
            const cover = i.nextElementSibling?.querySelector('canvas');
            return cover ? cover.toDataURL('image/png') : i.getAttribute('href') ?? i.getAttribute('xlink:href') ?? '';
          }),
          imageBoxes: [...root.querySelectorAll('.heatmaplayer image')].map((i) => (i.nextElementSibling?.querySelector('canvas') ? place(i.nextElementSibling) : place(i))),
          imageHidden: [...root.querySelectorAll('.heatmaplayer image')].map((i) => i.getAttribute('visibility') === 'hidden'),
          pictures: [...root.querySelectorAll('.imagelayer image')].map((i) => i.getAttribute('href') ?? i.getAttribute('xlink:href') ?? ''),
          pictureBoxes: [...root.querySelectorAll('.imagelayer image')].map(place),
          plotlyZ: JSON.stringify(plots.map((gd) => (gd.data ?? []).map((t) => t.z ?? null))),
          traces: [...root.querySelectorAll('g.trace.scatter')].map((g) => {
            const line = g.querySelector('path.js-line');
            const marks = g.querySelectorAll('path.point');
            return {
              line: line && line.getAttribute('d') ? line.getAttribute('style') : null,
              marks: marks.length,
              mark: marks.length ? [marks[0].getAttribute('d'), marks[0].getAttribute('style')] : null,
            };
          }),
        };
      };
      const steps = [];
      for (const v of values) {
        await new Promise((r) => requestAnimationFrame(r));
        // The drawing of this value: a plotted event for an input made from now on (not, under load, a
        // late one for the previous value).
        const typedAt = performance.now();
        // What arrives after the traces, computed apart from them: the landscape's contour picture, or
        // rope-decay's band (its exact envelope follows the curves once the controls rest).
        const picture = () =>
          later === 'fill' ? root.querySelector('g.trace.scatter path.js-fill')?.getAttribute('d') : root.querySelector('.imagelayer image')?.getAttribute('href');
        const plotted = new Promise<void>((resolve) => {
          const seen = (e: Event) => {
            if ((e as CustomEvent<{ inputAt: number }>).detail.inputAt < typedAt) return;
            root.removeEventListener('kexue:plotted', seen);
            resolve();
          };
          root.addEventListener('kexue:plotted', seen);
        });
        const input = root.querySelector<HTMLInputElement>(field)!;
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        const was = picture();
        await plotted;
        // That may come a little later: then also wait, frame by frame, for it to change (well within
        // the plot's settle time).
        for (let frame = 0; later && picture() === was && frame < 120; frame++) await new Promise((r) => requestAnimationFrame(r));
        steps.push(look());
      }
      return { ...look(), steps };
    },
    { field, values, later },
  );
}

/** Waits until every plot of the widget shows plotly's own drawing with nothing more to come (Plot.svelte's `data-resting`). */
async function resting(w: Locator) {
  await expect(w.locator('.plot-target:not([data-resting])')).toHaveCount(0, { timeout: 20_000 });
}

/** The vertices of an SVG path made of M, L and Z commands, one list per subpath. */
function polylines(d: string): number[][][] {
  const out: number[][][] = [];
  for (const [, cmd, x, y] of d.matchAll(/([MLZ])\s*(?:(-?[\d.e+-]+)\s*,\s*(-?[\d.e+-]+))?/gi)) {
    if (cmd.toUpperCase() === 'M') out.push([]);
    if (x !== undefined) out.at(-1)?.push([Number(x), Number(y)]);
  }
  return out;
}

/** The largest distance from a vertex of path `a` to the nearest segment of path `b`, in pixels. */
function farthest(a: string, b: string): number {
  const segments = polylines(b).flatMap((line) => (line.length === 1 ? [[line[0], line[0]]] : line.slice(1).map((q, k) => [line[k], q])));
  let worst = 0;
  for (const [px, py] of polylines(a).flat()) {
    let best = Infinity;
    for (const [[x0, y0], [x1, y1]] of segments) {
      const dx = x1 - x0, dy = y1 - y0;
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy)));
    }
    worst = Math.max(worst, best);
  }
  return worst;
}

/**
 * Plotly's drawing at rest, then the drawing of a step `away` and `back` again within the plot's settle
 * time (300 ms), as in a drag. Under heavy load the two steps can be further apart than that, and the
 * plot rightly settles in between (plotly redraws the step away itself); then plotly's data shows it,
 * and this tries again.
 */
async function awayAndBack(w: Locator, field: string, away: string, back: string, later: Later = null) {
  let before = await drawn(w);
  let moved = before as Awaited<ReturnType<typeof drawn>>;
  for (let attempt = 0; attempt < 3; attempt++) {
    await resting(w);
    before = await drawn(w);
    moved = await drawn(w, field, [away, back], later);
    if (moved.plotlyY === before.plotlyY && moved.plotlyZ === before.plotlyZ) break;
  }
  return { before, moved };
}

// Each case steps a value that moves the data smoothly: were the step away to grow an axis, the plot
// would rightly keep the grown range for the step back.
for (const { name, query, field, a, b, what, later } of [
  { name: 'scaling-quanta', query: '', field: '#embed-alpha', a: '0.5', b: '0.51', what: 'markers and lines on log axes, two panels' },
  { name: 'rope-digits', query: '', field: '#embed-position', a: '2023', b: '2024', what: 'bars coloured per bar' },
  { name: 'rope-digits', query: '', field: '#embed-dim', a: '64', b: '62', what: 'bars whose count changes' },
  { name: 'lion-updates', query: '&objective=quadratic', field: '#embed-lionLr', a: '0.01', b: '0.0102', what: 'lines on log axes, two panels' },
  { name: 'rope-decay', query: '&spacing=linear&linear=false&ntk=false&yarn=false', field: '#embed-base', a: '10000', b: '10100', what: 'a line and its band filled to itself', later: 'fill' as const },
]) {
  test(`${name} (${what}): traces moved during a drag cover the pixels plotly draws for the same numbers`, async ({ page }, info) => {
    await page.goto(`./?embed=${name}${query}&${field.slice(7)}=${a}`);
    const w = page.locator(`[data-widget=${name}]`).first();
    await expect(w.locator('.plot-target .main-svg').first()).toBeVisible();
    await expect(w.getByText(/Computed in/)).toBeVisible();
    const { before, moved } = await awayAndBack(w, field, b, a, later ?? null);
    expect(before.boxes.length).toBeGreaterThan(1);
    const [away] = moved.steps;
    // The step away moved something while plotly's own data stayed as it was: the mover drew it.
    expect(away.boxes).not.toEqual(before.boxes);
    expect(away.plotlyY).toBe(before.plotlyY);
    expect(moved.plotlyY, 'plotly kept its data through both steps').toBe(before.plotlyY);
    // The step back covers the pixels of plotly's drawing of these numbers, within a pixel (plotly
    // rounds to 0.01 px where the mover rounds lines to 0.1). Markers and bars match so everywhere,
    // lines on a wide plot; on a phone several steps share a pixel and plotly's line simplification
    // drops spikes the mover keeps, so there the moved line's box must hold plotly's.
    const near = (got: number[][], want: number[][], label: string) => {
      expect(got.length, label).toBe(want.length);
      for (const [k, row] of got.entries()) for (const [j, v] of row.entries()) expect(Math.abs(v - want[k][j]), `${label} ${k}, [${j}]`).toBeLessThan(1);
    };
    near(moved.marks, before.marks, 'marker');
    const lines = before.d.length;
    near(moved.boxes.slice(lines), before.boxes.slice(lines), 'bar');
    if (!/phone/.test(info.project.name)) near(moved.boxes.slice(0, lines), before.boxes.slice(0, lines), 'line box');
    for (const [k, [x, y, width, height]] of moved.boxes.slice(0, lines).entries()) {
      const [px, py, pw, ph] = before.boxes[k];
      expect(x, `line box ${k}`).toBeLessThan(px + 1);
      expect(y, `line box ${k}`).toBeLessThan(py + 1);
      expect(x + width, `line box ${k}`).toBeGreaterThan(px + pw - 1);
      expect(y + height, `line box ${k}`).toBeGreaterThan(py + ph - 1);
    }
    // The paths themselves, not only their boxes: every vertex of plotly's line (and fill) lies within a
    // pixel of the moved one, and on a wide plot also the other way round (plotly simplifies lines, so
    // its vertices are a subset; on a phone it also drops spikes the mover keeps).
    expect(moved.d.length).toBe(before.d.length);
    expect(moved.fills.length).toBe(before.fills.length);
    for (const [k, d] of before.d.entries()) {
      expect(farthest(d, moved.d[k]), `line ${k}: plotly's vertices off the moved line (px)`).toBeLessThan(1);
      if (!/phone/.test(info.project.name)) expect(farthest(moved.d[k], d), `line ${k}: moved vertices off plotly's line (px)`).toBeLessThan(1);
    }
    for (const [k, d] of before.fills.entries()) {
      expect(farthest(d, moved.fills[k]), `fill ${k} (px)`).toBeLessThan(1);
      if (!/phone/.test(info.project.name)) expect(farthest(moved.fills[k], d), `fill ${k}, the other way (px)`).toBeLessThan(1);
    }

    // At rest plotly takes the figure back: its own drawing (and data) again.
    await expect.poll(async () => (await drawn(w)).d).toEqual(before.d);
    expect((await drawn(w)).plotlyY).toBe(before.plotlyY);
  });
}

// A trace plotly drew empty has no SVG to move: the mover copies plotly's drawing of the trace's style
// (plot/traceTemplates.ts). Partitions-euler draws the distinct-part counts as dots up to N = 400 and as a
// dotted line past it, each trace empty in the other case: crossing 400 creates one from nothing.
test('partitions-euler: dots and lines the mover creates from nothing look as plotly draws them', async ({ page }) => {
  await page.goto('./?embed=partitions-euler&N=300');
  const w = page.locator('[data-widget=partitions-euler]').first();
  await expect(w.locator('.plot-target .main-svg').first()).toBeVisible();
  /** The figure now, or (with `values`) as soon as each value typed into N in turn is drawn. */
  const look = async (values: string[] = []) => {
    const seen = await drawn(w, '#embed-N', values);
    return values.length ? seen.steps : [seen];
  };
  /** The figure plotly draws at rest once the dots number `marks` (past settle and idle: templates drawn). */
  const atRest = async (marks: number) => {
    await expect.poll(async () => (await look())[0].traces[1].marks, { timeout: 10000 }).toBe(marks);
    await resting(w);
    await expect(w.locator('.plot-target[data-templates=pending]')).toHaveCount(0, { timeout: 20_000 });
    return (await look())[0];
  };

  // From plotly's drawing at N = 300 (dots drawn, dotted line empty) to 500 and back. Under heavy load
  // the two steps can be further apart than the settle time, and the plot rightly settles in between:
  // then plotly's data shows it, and we try again.
  let dots = await atRest(301);
  let [movedLine, movedDots] = await look(['500', '300']);
  for (let attempt = 0; attempt < 2 && movedDots.plotlyY !== dots.plotlyY; attempt++) {
    dots = await atRest(301);
    [movedLine, movedDots] = await look(['500', '300']);
  }
  // The mover drew both steps: plotly's data stayed at N = 300 throughout.
  expect(movedLine.plotlyY).toBe(dots.plotlyY);
  expect(movedDots.plotlyY).toBe(dots.plotlyY);
  // Step to 500: the dots went, and the dotted line, empty until then, came.
  expect(movedLine.traces[1].marks).toBe(0);
  expect(movedLine.traces[2].line).not.toBeNull();
  // Step back to 300: 301 dots again, copied from the template (none were left to copy), and no line.
  expect(movedDots.traces[1].marks).toBe(301);
  expect(movedDots.traces[1].mark).toEqual(dots.traces[1].mark);
  expect(movedDots.traces[2].line).toBeNull();

  // Plotly's own dotted line (at rest at 500) is styled as the one the mover made.
  await look(['500']);
  const line = await atRest(0);
  expect(line.traces[2].line).toBe(movedLine.traces[2].line);
  // And from here (plotly drew the dots empty) down to 300 again: the dots, as plotly draws them.
  const [templated] = await look(['300']);
  expect(templated.plotlyY).toBe(line.plotlyY);
  expect(templated.traces[1].marks).toBe(301);
  expect(templated.traces[1].mark).toEqual(dots.traces[1].mark);
});

// A heatmap's cells are repainted into plotly's image (plot/heatmapMover.ts): the same canvas, one pixel
// per cell, coloured by the trace's scale, stretched over the cells. Away and back as above: the
// repainted image of the step back must hold, pixel for pixel, the colours plotly painted for those
// numbers, where plotly placed them; also when the step away changed the grid (fewer rows).
for (const { field, away, back, what, fewerRows } of [
  { field: '#embed-base', away: '10300', back: '10000', what: 'new cells', fewerRows: false },
  { field: '#embed-positions', away: '500', back: '512', what: 'a new grid', fewerRows: true },
]) {
  test(`rope-cos-map (a heatmap, ${what}): cells repainted during a drag are the pixels plotly paints for the same numbers`, async ({ page }) => {
    await page.goto('./?embed=rope-cos-map&base=10000&positions=512');
    const w = page.locator('[data-widget=rope-cos-map]').first();
    await expect(w.locator('.plot-target .heatmaplayer image').first()).toBeVisible();
    await expect(w.getByText(/Computed in/)).toBeVisible();
    const { before, moved } = await awayAndBack(w, field, away, back);
    const [stepAway] = moved.steps;
    // The step away repainted the cells while plotly's own z stayed: the mover drew it.
    expect(before.images).toHaveLength(1);
    expect(stepAway.images[0]).not.toBe(before.images[0]);
    expect(stepAway.plotlyZ).toBe(before.plotlyZ);
    expect(moved.plotlyZ, 'plotly kept its data through both steps').toBe(before.plotlyZ);
    // Fewer rows on the axis kept steady: a shorter image (500 of 512 rows' height).
    const height = ([box]: number[][]) => box[3];
    if (fewerRows) expect(Math.abs(height(stepAway.imageBoxes) / height(before.imageBoxes) - 500 / 512)).toBeLessThan(0.005);
    else expect(stepAway.imageBoxes).toEqual(before.imageBoxes);
    // The step back's image stands where plotly's stood, and decoded, it is plotly's image of the same cells.
    for (const [k, v] of moved.imageBoxes[0].entries()) expect(Math.abs(v - before.imageBoxes[0][k]), `image box [${k}]`).toBeLessThan(1);
    const [mine, plotlys] = await page.evaluate(async (urls) => {
      const decode = async (url: string) => {
        const img = new Image();
        img.src = url;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0);
        return { width: canvas.width, height: canvas.height, data: Array.from(context.getImageData(0, 0, canvas.width, canvas.height).data) };
      };
      return Promise.all(urls.map(decode));
    }, [moved.images[0], before.images[0]]);
    expect([mine.width, mine.height]).toEqual([plotlys.width, plotlys.height]);
    let worst = 0;
    for (let k = 0; k < mine.data.length; k++) worst = Math.max(worst, Math.abs(mine.data[k] - plotlys.data[k]));
    expect(worst, 'largest difference in any colour channel of any cell').toBeLessThanOrEqual(1);
    expect(stepAway.imageHidden).toEqual([true]);
    // At rest plotly draws the figure again itself, its own image uncovered.
    await expect.poll(async () => (await drawn(w)).plotlyZ, { timeout: 10000 }).toBe(before.plotlyZ);
    await expect(w.locator('.plot-target[data-resting]')).toHaveCount(1, { timeout: 10000 });
    const rested = await drawn(w);
    expect(rested.imageHidden).toEqual([false]);
    expect(await w.locator('foreignObject.kexue-cells').count()).toBe(0);
  });
}

// A layout image (the landscape's contour picture) is swapped and placed by plot/imageMover.ts while the
// hand moves. From a start that widens the view, a step inward narrows the picture's region inside the
// axes kept steady; the step back must show plotly's picture, where plotly placed it.
test('lion-landscape (a layout image): a picture swapped in during a drag stands where plotly places it', async ({ page }) => {
  await page.goto('./?embed=lion-landscape&x0=4');
  const w = page.locator('[data-widget=lion-landscape]').first();
  await expect(w.locator('.plot-target .imagelayer image').first()).toBeVisible();
  await expect(w.getByText(/Computed in/)).toBeVisible();
  const { before, moved } = await awayAndBack(w, '#embed-x0', '3.5', '4', 'picture');
  const [away] = moved.steps;
  expect(before.pictures).toHaveLength(1);
  expect(away.plotlyY).toBe(before.plotlyY);
  expect(moved.plotlyY, 'plotly kept its data through both steps').toBe(before.plotlyY);
  // The view box ran from x = −2 to 4.2; the step away's runs to 3.7: a new picture, narrower by that much.
  expect(away.pictures[0]).not.toBe(before.pictures[0]);
  const width = ([box]: number[][]) => box[2];
  expect(Math.abs(width(away.pictureBoxes) / width(before.pictureBoxes) - 5.7 / 6.2)).toBeLessThan(0.005);
  expect(away.pictureBoxes[0][0]).toBeCloseTo(before.pictureBoxes[0][0], 0);
  // Back: plotly's own picture, in plotly's place.
  expect(moved.pictures).toEqual(before.pictures);
  for (const [k, v] of moved.pictureBoxes[0].entries()) expect(Math.abs(v - before.pictureBoxes[0][k]), `picture box [${k}]`).toBeLessThan(1);
});


// Markers coloured point by point, whose count changes: the landscape marks where each run is with a
// dot, or a cross once it diverged, as two traces with a gap where the other shows the run. A learning
// rate that makes SGD diverge moves its mark from one trace to the other; the mover copies a marker and
// fills it with the run's colour. Back again, the marks are plotly's own, styles included.
test('lion-landscape (markers coloured point by point): marks that move between traces look as plotly draws them', async ({ page }) => {
  await page.goto('./?embed=lion-landscape&sgdLr=0.001');
  const w = page.locator('[data-widget=lion-landscape]').first();
  await expect(w.locator('.plot-target .main-svg').first()).toBeVisible();
  await expect(w.getByText(/Computed in/)).toBeVisible();
  const { before, moved } = await awayAndBack(w, '#embed-sgdLr', '0.05', '0.001');
  const [away] = moved.steps;
  expect(away.plotlyY).toBe(before.plotlyY);
  expect(moved.plotlyY, 'plotly kept its data through both steps').toBe(before.plotlyY);
  // Dots, then crosses, are the last two scatter traces but the landmarks': SGD's mark changed trace.
  const marks = (d: Drawn) => d.traces.slice(-3, -1).map((t) => t.marks);
  expect(marks(before)).toEqual([4, 0]);
  expect(marks(away)).toEqual([3, 1]);
  // The cross the mover made is filled with SGD's colour (run 0), as plotly filled SGD's dot before.
  const fill = (style: string | null | undefined) => /fill: ([^;]+)/.exec(style ?? '')?.[1];
  const [dots, crosses] = [before.traces.at(-3), away.traces.at(-2)];
  expect(fill(crosses?.mark?.[1])).toBeTruthy();
  expect(fill(crosses?.mark?.[1])).toBe(fill(dots?.mark?.[1]));
  // Back: plotly's marks, in plotly's places and styles.
  expect(moved.traces).toEqual(before.traces);
  expect(moved.marks.length).toBe(before.marks.length);
  for (const [k, [x, y]] of moved.marks.entries()) expect(Math.hypot(x - before.marks[k][0], y - before.marks[k][1]), `marker ${k}`).toBeLessThan(1);
});

// Bars are written as plotly writes them ("M x0,base V top H x1 V base Z", plotlyInternals.ts). A corner
// radius makes plotly draw arcs instead: then the mover must decline and leave the figure to plotly.
// Drawn here straight through the test build's hooks (app/testHooks.ts): two figures each, one moved
// from other numbers and one drawn by plotly from the same numbers.
test('bars: the mover writes the very paths plotly draws, and leaves rounded corners to plotly', async ({ page }) => {
  await page.goto('./?embed=rope-digits');
  await expect(page.locator('html[data-test-hooks]')).toHaveCount(1);
  const result = await page.evaluate(async () => {
    type Plotting = { Plotly: { newPlot: (...a: unknown[]) => Promise<unknown> }; moveTraces: (gd: HTMLElement, data: unknown[]) => boolean; tracesReady?: (data: unknown[]) => Promise<unknown> | null };
    const p = await (window as unknown as { __kexue: { plotting: () => Promise<Plotting> } }).__kexue.plotting();
    const from = [{ type: 'bar', x: [0, 1, 2, 3, 4], y: [1, 2, 3, 4, 5], marker: { color: '#3366cc' } }];
    const to = [{ type: 'bar', x: [0, 1, 2, 3, 4], y: [5, 4, 2.5, 2, 1], marker: { color: '#3366cc' } }];
    await p.tracesReady?.(from);
    const figure = () => {
      const div = document.createElement('div');
      div.style.cssText = 'width:400px;height:300px';
      document.body.append(div);
      return div;
    };
    const paths = (gd: HTMLElement) => [...gd.querySelectorAll('g.trace.bars g.point > path')].map((b) => b.getAttribute('d'));
    const out: Record<string, { moved: boolean; got: (string | null)[]; want: (string | null)[] }> = {};
    for (const [name, radius] of [['square', 0], ['trace radius', -1], ['layout radius', 6]] as const) {
      const layout = { width: 400, height: 300, xaxis: { range: [-1, 5] }, yaxis: { range: [0, 6] }, barcornerradius: radius > 0 ? radius : undefined };
      const rounded = (data: typeof from) => (radius < 0 ? data.map((t) => ({ ...t, marker: { ...t.marker, cornerradius: 6 } })) : data);
      const moved = figure(), plotted = figure();
      await p.Plotly.newPlot(moved, rounded(from), layout);
      await p.Plotly.newPlot(plotted, rounded(to), layout);
      out[name] = { moved: p.moveTraces(moved, rounded(to)), got: paths(moved), want: paths(plotted) };
    }
    return out;
  });
  expect(result.square.moved).toBe(true);
  expect(result.square.got).toEqual(result.square.want);
  for (const name of ['trace radius', 'layout radius']) {
    // Plotly rounds these corners with arcs, which a square path would miss; the mover leaves them alone.
    expect(result[name].want.join(''), name).toMatch(/A/);
    expect(result[name].moved, name).toBe(false);
    expect(result[name].got, name).not.toEqual(result[name].want);
  }
});

// A figure that moves one marker over a long fixed curve hands the plot the same curve object each
// time (partitions-builder's chosen n over its series): the mover leaves that line as it wrote it,
// and writes it again only once something else (plotly at rest, new axes) has drawn over it.
test('partitions-builder: dragging n moves the chosen-n line and leaves the long curve alone', async ({ page }) => {
  await page.goto('./?embed=partitions-builder&parts=coins&upTo=3000&n=1500');
  const w = page.locator('[data-widget=partitions-builder]').first();
  await expect(w.locator('.plot-target .main-svg').first()).toBeVisible();
  await expect(w.getByText(/Computed in/)).toBeVisible();
  await resting(w);
  const steps = ['1510', '1520', '1530', '1540', '1550', '1560'];
  // Counts the writes to the curve's path (the first line) while the steps are typed and drawn.
  type Watched = { curveWatch: { curve: Element; writes: number } };
  await w.evaluate((root) => {
    const watch = { curve: root.querySelector('g.trace.scatter path.js-line')!, writes: 0 };
    new MutationObserver((records) => (watch.writes += records.length)).observe(watch.curve, { attributes: true, attributeFilter: ['d'] });
    Object.assign(root, { curveWatch: watch });
  });
  const moved = await drawn(w, '#embed-n', steps);
  const seen = await w.evaluate((root) => {
    const { curve, writes } = (root as unknown as Watched).curveWatch;
    return { curveWrites: writes, curveStill: curve.isConnected };
  });
  // The chosen-n line (the last line) moved at every step.
  const chosenD = moved.steps.map((step) => step.d[step.d.length - 1]);
  expect(new Set(chosenD).size).toBe(steps.length);
  // The curve was written at most at the first step after plotly's drawing (and once more were the
  // plot to settle in between under load), not at each of the six.
  expect(seen.curveStill).toBe(true);
  expect(seen.curveWrites).toBeLessThanOrEqual(2);
  // At rest plotly draws the figure again: the chosen n is the last one typed.
  await resting(w);
  await expect(w.locator('#embed-n')).toHaveValue('1560');
});
