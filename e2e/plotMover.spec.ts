import { expect, test, type Locator } from '@playwright/test';

// While a slider streams figures, Plot.svelte rewrites the traces' SVG itself (ui/traceMover.ts) and
// hands the figure to plotly only when the hand rests. These tests hold that drawing to plotly's own:
// change a value and change it back within a few frames, so the moved SVG shows the very numbers
// plotly drew before; it must cover the same pixels (plotly's path text differs: it simplifies, rounds).

interface Drawn {
  d: string[];
  boxes: number[][];
  marks: number[][];
}

/**
 * The line paths, their boxes and the marker positions of every scatter trace in the widget's plots:
 * now, or (with `values`) after typing each value into a number field in turn, one frame apart,
 * committing it with Enter and waiting for it to be drawn; then also the paths drawn for each value.
 */
async function drawn(w: Locator, field = '', values: string[] = []): Promise<Drawn & { steps: string[][] }> {
  return w.evaluate(
    async (root, { field, values }) => {
      const paths = () => [...root.querySelectorAll<SVGPathElement>('g.trace.scatter path.js-line')];
      const steps: string[][] = [];
      for (const v of values) {
        await new Promise((r) => requestAnimationFrame(r));
        const plotted = new Promise((r) => root.addEventListener('kexue:plotted', r, { once: true }));
        const input = root.querySelector<HTMLInputElement>(field)!;
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await plotted;
        steps.push(paths().map((p) => p.getAttribute('d') ?? ''));
      }
      return {
        steps,
        d: paths().map((p) => p.getAttribute('d') ?? ''),
        boxes: paths().map((p) => {
          const b = p.getBBox();
          return [b.x, b.y, b.width, b.height];
        }),
        marks: [...root.querySelectorAll('g.trace.scatter path.point')].map((m) => {
          const t = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(m.getAttribute('transform') ?? '');
          return t ? [Number(t[1]), Number(t[2])] : [NaN, NaN];
        }),
      };
    },
    { field, values },
  );
}

for (const { name, field, a, b, markers } of [
  { name: 'lion-updates', field: '#embed-lionLr', a: '0.01', b: '0.0102', markers: false },
  { name: 'scaling-quanta', field: '#embed-alpha', a: '0.5', b: '0.51', markers: true },
]) {
  test(`${name}: traces moved during a drag cover the pixels plotly draws for the same numbers`, async ({ page }, info) => {
    await page.goto(`./?embed=${name}&${field.slice(7)}=${a}`);
    const w = page.locator(`[data-widget=${name}]`).first();
    await expect(w.locator('.plot-target .main-svg').first()).toBeVisible();
    await expect(w.getByText(/Computed in/)).toBeVisible();
    await page.waitForTimeout(600); // past the plot's settle time: plotly's own drawing
    const before = await drawn(w);
    expect(before.d.length).toBeGreaterThan(1);
    if (markers) expect(before.marks.length).toBeGreaterThan(0);

    // Away and back within the plot's settle time, as in a drag: both drawn by the mover.
    const moved = await drawn(w, field, [b, a]);
    const short = (d: string[]) => d.map((x) => x.slice(0, 40));
    // The step away drew something else, and the step back was drawn by the mover, not by plotly ...
    expect(short(moved.steps[0])).not.toEqual(short(before.d));
    expect(short(moved.d)).not.toEqual(short(before.d));
    // ... over the same pixels as plotly's drawing of these numbers, within a pixel (plotly rounds to
    // 0.01 px where the mover rounds to 0.1). Markers match exactly so; lines match on a wide plot. On a
    // phone several steps share a pixel and plotly's line simplification drops spikes the mover keeps:
    // there its box must hold plotly's.
    const near = (a: number[][], b: number[][], what: string) => {
      expect(a.length, what).toBe(b.length);
      for (const [k, row] of a.entries()) for (const [j, v] of row.entries()) expect(Math.abs(v - b[k][j]), `${what} ${k}, [${j}]`).toBeLessThan(1);
    };
    near(moved.marks, before.marks, 'marker');
    if (!/phone/.test(info.project.name)) near(moved.boxes, before.boxes, 'line box');
    for (const [k, [x, y, width, height]] of moved.boxes.entries()) {
      const [px, py, pw, ph] = before.boxes[k];
      expect(x, `line box ${k}`).toBeLessThan(px + 1);
      expect(y, `line box ${k}`).toBeLessThan(py + 1);
      expect(x + width, `line box ${k}`).toBeGreaterThan(px + pw - 1);
      expect(y + height, `line box ${k}`).toBeGreaterThan(py + ph - 1);
    }

    // At rest plotly takes the figure back: its own drawing again.
    await expect.poll(async () => short((await drawn(w)).d)).toEqual(short(before.d));
  });
}
