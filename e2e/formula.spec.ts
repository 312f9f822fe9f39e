/**
 * Authors' own figures (issue 18): plot, map and sequence blocks from the author guide, their controls,
 * URL state and embed page; equations and prose bound to the controls; mistakes in the dev overlay.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type ViteDevServer } from 'vite';
import AxeBuilder from '@axe-core/playwright';
import { FOOTPRINT_WIDTHS } from '../src/core/params';
import { figureFootprint } from '../src/notebook/formulaFootprint';
import { query, setNumber, waitForPlot, widget } from './helpers';

/** Scrolls to a widget of the guide and waits for its figure. */
async function ready(page: Page, id: string): Promise<Locator> {
  const w = widget(page, id);
  await w.scrollIntoViewIfNeeded();
  await waitForPlot(w);
  return w;
}

/** plotly's data of the widget's figure: x and y of each trace. */
function traces(w: Locator): Promise<{ x: number[]; y: number[]; z?: number[][] }[]> {
  return w.locator('.js-plotly-plot').first().evaluate((gd) =>
    ((gd as unknown as { data: { x: ArrayLike<number>; y: ArrayLike<number>; z?: number[][] }[] }).data ?? []).map((t) => ({
      x: Array.from(t.x ?? []), y: Array.from(t.y ?? []), z: t.z,
    })),
  );
}

/** Moves a slider to `value` as a hand would (input events). */
async function slide(w: Locator, id: string, value: number): Promise<void> {
  await w.locator(`#${id}-range`).evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

test.describe('a plot block', () => {
  test('the minimal block draws a · sin t + t²/10 in float64 at its points, and follows the slider', async ({ page }) => {
    await page.goto('./?page=guide');
    const w = await ready(page, 'f');
    await expect(w.getByRole('heading', { name: 'Plot of wave' })).toBeVisible();
    await expect(w.getByLabel('amplitude', { exact: true }).first()).toBeVisible();
    // Compared in the page, by the engine that computed the curve.
    const check = async (a: number) => {
      await expect.poll(() => w.locator('.js-plotly-plot').first().evaluate((gd, amplitude) => {
        const [curve] = (gd as unknown as { data: { x: ArrayLike<number>; y: ArrayLike<number> }[] }).data ?? [];
        if (!curve || curve.x.length !== 400) return 'not drawn';
        for (let k = 0; k < 400; k++) {
          const t = curve.x[k];
          if (curve.y[k] !== amplitude * Math.sin(t) + t ** 2 / 10) return `differs at t = ${t}`;
        }
        return 'exact';
      }, a), { timeout: 30_000 }).toBe('exact');
    };
    await check(2);
    await slide(w, 'f-a', 3.5);
    await check(3.5);
    await expect.poll(() => query(page).get('f.a')).toBe('3.5');
  });

  test('the address reopens a state; out-of-range input is clamped with a note', async ({ page }) => {
    await page.goto('./?page=guide&f.a=3');
    const w = await ready(page, 'f');
    await expect(w.getByRole('textbox', { name: 'amplitude' })).toHaveValue('3');
    await setNumber(w, 'amplitude', '9');
    await expect(w.getByText(/amplitude: 9 is outside 0.5…4/)).toBeVisible();
    await expect(w.getByRole('textbox', { name: 'amplitude' })).toHaveValue('4');
  });

  test('gaps where a formula has no value, with notes; the data as a table', async ({ page }) => {
    await page.goto('./?page=guide');
    const w = await ready(page, 'gaps');
    await expect(w.getByText('root: undefined for t < 0 (left as gaps)')).toBeVisible();
    await expect(w.getByText('inverse: infinite at t = 0 (left as gaps)')).toBeVisible();
    // The table is made only once a reader opens it (it would otherwise follow every input of a drag).
    await expect(w.locator('table.numbers caption')).toHaveCount(0);
    await w.getByText('The numbers as a table').click();
    await expect(w.locator('table.numbers caption')).toHaveText('41 of 401 points');
  });

  test('three curves of 2 000 points share the parameters; the readout follows them', async ({ page }) => {
    await page.goto('./?page=guide&three.k=0.5');
    const w = await ready(page, 'three');
    const data = await traces(w);
    expect(data.map((t) => t.y.length)).toEqual([2000, 2000, 2000]);
    await expect(w.getByTestId('readout-0')).toHaveText(String(Number(Math.log(2) / 0.5).toPrecision(6)).replace(/0+$/, ''));
  });
});

test.describe('equations and prose that answer the controls', () => {
  test('hovering a bound symbol lights its control; moving the control lights the symbol and updates values', async ({ page }) => {
    await page.goto('./?page=guide');
    const w = await ready(page, 'f');
    const symbol = page.locator('.prose [data-param="f.a"]').first();
    await symbol.scrollIntoViewIfNeeded();
    await symbol.hover();
    await expect(w.locator('.control.param-active')).toHaveCount(1);
    await expect(symbol).toHaveClass(/param-active/);
    await slide(w, 'f-a', 1.5);
    await expect(page.locator('.prose [data-param="f.a"].param-active').first()).toBeVisible();
    // \paramvalue{f.a}, in the visual HTML and in the MathML a screen reader reads.
    await expect(page.locator('.prose .katex-html [data-paramvalue="f.a"]').first()).toHaveText('1.5');
    await expect(page.locator('.prose mn[data-paramvalue="f.a"]').first()).toHaveText('1.5');
    // {=f: 2*a} in prose.
    await expect(page.locator('.prose .live-value[data-live="0"]')).toHaveText('3');
  });

  test('a bound symbol is a named button: Tab reaches it, Enter goes to its control', async ({ page }) => {
    await page.goto('./?page=guide');
    await ready(page, 'f');
    const symbol = page.locator('.prose [data-param="f.a"]').first();
    await expect(symbol).toHaveAttribute('role', 'button');
    await expect(symbol).toHaveAccessibleName(/amplitude \(Plot of wave\)/);
    await symbol.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#f-a-range')).toBeFocused();
  });

  test('live values start from a shared link', async ({ page }) => {
    await page.goto('./?page=guide&f.a=4&three.k=0.25');
    await ready(page, 'f');
    await expect(page.locator('.prose .live-value[data-live="0"]')).toHaveText('8');
    await expect(page.locator('.prose .live-value[data-live="1"]')).toHaveText('2.77');
  });
});

test.describe('embedding, map and sequence', () => {
  test('a notebook figure embeds by address, in its state; the embed code names that address', async ({ page, context }, info) => {
    test.skip(info.project.name.startsWith('phone'), 'clipboard permissions are a desktop check');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?embed=guide/f&a=1.5');
    const w = page.locator('[data-widget=plot]');
    await waitForPlot(w);
    await expect(w.getByRole('textbox', { name: 'amplitude' })).toHaveValue('1.5');
    await expect(page.getByRole('link', { name: 'guide' })).toBeVisible();
    await w.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(w.getByText('Embed code copied.')).toBeVisible();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toMatch(/<iframe src="[^"]*\?embed=guide(%2F|\/)f&amp;a=1\.5/);
  });

  test('?embed=map shows the guide’s map: a 200 × 200 heatmap with contour lines', async ({ page }) => {
    await page.goto('./?embed=map');
    const w = page.locator('[data-widget=map]');
    await waitForPlot(w);
    const [heat, contours] = await traces(w);
    expect(heat.z!.length).toBe(200);
    expect(heat.z![0].length).toBe(200);
    expect(contours.x.length).toBeGreaterThan(100);
  });

  test('an exact sequence keeps every digit', async ({ page }) => {
    await page.goto('./?embed=sequence&N=300');
    const w = page.locator('[data-widget=sequence]');
    await waitForPlot(w);
    await w.getByText('The numbers as a table').click();
    // F(300), OEIS A000045.
    await expect(w.locator('table.terms tbody tr').last()).toContainText('222232244629420445529739893461909967206666939096499764990979600');
  });

  test('the gallery lists the kinds and, further down, the notebooks’ own figures', async ({ page }) => {
    await page.goto('./?page=gallery');
    await expect(page.locator('#gallery-plot').getByRole('link', { name: 'Open the example alone' })).toHaveAttribute('href', '?embed=plot');
    await page.locator('#gallery-figures').scrollIntoViewIfNeeded();
    await expect(page.locator('#gallery-figures h3').first()).toBeVisible();
  });

  test('no serious accessibility problem in the figures, bound equations and embed', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./?page=guide');
    await ready(page, 'f');
    await ready(page, 'fibonacci');
    const results = await new AxeBuilder({ page }).include('#widget-f').include('#widget-fibonacci').include('.math-display').exclude('.js-plotly-plot').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
  });

  test('phones: the guide’s figures fit the width', async ({ page }) => {
    await page.goto('./?page=guide');
    await ready(page, 'valley');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('lion-landscape: the reader’s own objective', () => {
  test('a typed formula runs with its symbolic gradient, is kept in the address, and a bad one keeps the last figure', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`./?embed=lion-landscape&objective=custom&formula=${encodeURIComponent('x^2 + 10 y^2')}&x0=1.5&y0=1`);
    const w = page.locator('[data-widget=lion-landscape]');
    await waitForPlot(w);
    await expect(w.getByTestId('gradient')).toContainText('∂f/∂x = 2 * x');
    await expect(w.getByTestId('gradient')).toContainText('∂f/∂y = 20 * y');
    const before = await traces(w);
    expect(before.some((t) => t.x.length > 10)).toBe(true);
    const box = w.getByRole('textbox', { name: /objective f\(x, y\)/ });
    await box.fill('x^2 + z');
    await box.press('Tab');
    await expect(w.getByText(/unknown symbol "z"/).first()).toBeVisible();
    // The figure on screen is still the last good one.
    expect(await traces(w)).toEqual(before);
    await box.fill('(x - 1)^2 + 3 (y + 0.5)^2');
    await box.press('Tab');
    await expect(w.getByTestId('gradient')).toContainText('∂f/∂y = 6 * (y + 1 / 2)');
    await expect.poll(() => query(page).get('formula')).toBe('(x - 1)^2 + 3 (y + 0.5)^2');
  });
});

test.describe('the slot reserves about the figure’s height', () => {
  test('the footprint estimate is within 15 % of the guide’s figures as drawn', async ({ page }, info) => {
    test.skip(info.project.name.startsWith('phone'), 'measures both widths itself, once');
    test.setTimeout(120_000);
    const off: string[] = [];
    for (const key of ['wide', 'narrow'] as const) {
      await page.setViewportSize({ width: FOOTPRINT_WIDTHS[key], height: 900 });
      for (const address of ['guide/f', 'guide/three', 'guide/gaps', 'guide/valley', 'guide/fibonacci']) {
        await page.goto(`./?embed=${address}`);
        const w = page.locator('[data-widget]');
        await waitForPlot(w);
        const shape = await w.evaluate((el) => ({
          height: el.getBoundingClientRect().height,
          params: el.querySelectorAll('.control').length,
          formulas: el.querySelectorAll('.formulas li').length,
          readout: el.querySelectorAll('.readout > .table-wrap tbody tr').length,
          plot: parseFloat((el.querySelector('.plot') as HTMLElement).style.height),
        }));
        const reserved = figureFootprint({ ...shape, height: shape.plot })[key];
        if (Math.abs(shape.height - reserved) > 0.15 * shape.height) off.push(`${address} ${key}: footprint ${reserved}, measured ${Math.round(shape.height)}`);
      }
    }
    expect(off).toEqual([]);
  });
});

test.describe('mistakes in the dev server', () => {
  const file = 'notebooks/zz-formula-check.md';
  const port = Number(process.env.E2E_PORT || 4173) + 101;
  let server: ViteDevServer;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browserName: _ }, info) => {
    test.skip(info.project.name !== 'desktop-light', 'one project is enough for the dev loop');
    test.setTimeout(120_000);
    const frontMatter = readFileSync('notebooks/rope-beta-base.md', 'utf8').split('---')[1].replace(/order: \d+/, 'order: 999');
    writeFileSync(file, `---${frontMatter}---\nA hostile formula:\n\n\`\`\`widget plot #bad\nx: {from: 0, to: 1}\ncurves:\n  - y: "x.constructor"\n\`\`\`\n`);
    server = await createServer({ logLevel: 'silent', server: { port, host: '127.0.0.1', strictPort: true } });
    await server.listen();
  });
  test.afterAll(async () => {
    rmSync(file, { force: true });
    await server?.close();
  });

  test('a hostile formula shows file:line in the overlay', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`http://127.0.0.1:${port}/?notebook=zz-formula-check`);
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('x.constructor')) + 1;
    await expect(page.locator('vite-error-overlay')).toContainText(`notebooks/zz-formula-check.md:${line}: curves.0.y: property access`, { timeout: 60_000 });
  });
});
