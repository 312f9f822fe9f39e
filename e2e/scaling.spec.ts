import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, query, setNumber, waitForPlot, widget } from './helpers';

const NOTEBOOK = './?notebook=scaling-laws';
/** The full-grid fit and the bootstrap run in workers on a shared machine: allow them time. */
const SLOW = { timeout: 60_000 };

/** Scrolls a widget into view (it mounts near the viewport) and waits for its plot. */
async function ready(page: Page, id: string): Promise<Locator> {
  const w = widget(page, id);
  await w.scrollIntoViewIfNeeded();
  await waitForPlot(w);
  return w;
}

/** Waits for the fit widget's job (4 500 starts, a few seconds) to finish and be drawn. */
async function fitted(page: Page): Promise<Locator> {
  const w = widget(page, 'scaling-fit');
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.plot-target .main-svg').first()).toBeVisible(SLOW);
  await expect(w.getByText(/Computed in/)).toBeVisible(SLOW);
  return w;
}

/** Twelve runs of an exact Chinchilla-form law, with a junk row on line 4 and markup on line 9. */
function pastedCsv(): string {
  const rows = ['loss,N,D'];
  for (const n of [1e8, 3e8, 1e9, 3e9]) {
    for (const d of [1e9, 1e10, 1e11]) rows.push(`${(1.8 + 400 / n ** 0.34 + 400 / d ** 0.28).toFixed(5)},${n},${d}`);
  }
  rows.splice(3, 0, 'abc,1e9,2e10');
  rows.splice(8, 0, '<img src=x onerror=alert(1)>,1e9,2e10');
  return rows.join('\n');
}

test('the notebook: original article, numbered equations, citations and the three widgets', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Scaling laws from quanta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scaling laws from quanta' })).toBeVisible();
  await expect(page.getByRole('link', { name: /基于量子化假设推导模型的尺度定律/ }).first()).toHaveAttribute('href', 'https://kexue.fm/archives/9607');
  for (const arxiv of ['2001.08361', '2203.15556', '2303.13506', '2404.10102']) {
    await expect(page.locator(`a[href="https://arxiv.org/abs/${arxiv}"]`).first()).toBeVisible();
  }
  expect(await page.locator('.katex .katex-mathml math').count()).toBeGreaterThan(30);
  for (const id of ['scaling-quanta', 'scaling-fit', 'scaling-optimal']) await expect(widget(page, id)).toHaveCount(1);
});

test('fit: the built-in runs reproduce the replication, the table compares the published fits', async ({ page }) => {
  test.slow(); // full-grid fits in workers on a shared machine
  await page.goto(NOTEBOOK);
  const w = await fitted(page);
  await expect(w.getByTestId('fit-summary')).toContainText('240 runs fitted (5 left out)');
  await expect(w.getByTestId('fit-E')).toHaveText('1.82');
  await expect(w.getByTestId('fit-B')).toHaveText(/^2[01]\d\d$/);
  await expect(w.getByTestId('drop-effect')).toHaveText(/with every run B = 1[1-4]\d{3} and β = 0\.45/);
  const table = w.getByTestId('params');
  await expect(table.getByRole('row', { name: /^B / })).toContainText('410.7');
  await expect(table.getByRole('row', { name: /^B / })).toContainText('2085.43');
  await w.getByLabel('Leave out the 5 highest-loss runs').uncheck();
  await expect.poll(() => query(page).get('scaling-fit.dropHighest')).toBe('false');
  await expect(w.getByTestId('fit-summary')).toContainText('245 runs fitted', SLOW);
  await expect(w.getByTestId('fit-B')).toHaveText(/^1[1-4]\d{3}$/, SLOW);
  await expectAccessible(page);
});

test('fit: a pasted CSV lists its junk rows by line, never runs markup, and goes into the link', async ({ page }) => {
  test.slow(); // full-grid fits in workers on a shared machine
  await page.goto(NOTEBOOK);
  const w = await fitted(page);
  await w.getByLabel('Data', { exact: true }).selectOption('csv');
  const box = w.getByLabel(/CSV text/);
  await box.fill(pastedCsv());
  await box.blur();
  await expect(w.getByTestId('csv-summary')).toContainText('12 rows read (columns: loss, N, D); 2 left out');
  const errors = w.getByTestId('csv-errors');
  await expect(errors).toContainText('line 4: loss is not a number: "abc"');
  await expect(errors).toContainText('line 9: loss is not a number: "<img src=x onerror=alert(1)>"');
  await expect(w.locator('img')).toHaveCount(0);
  await w.getByLabel('Leave out the 5 highest-loss runs').uncheck();
  await expect(w.getByTestId('fit-summary')).toContainText('12 runs fitted', SLOW);
  await expect(w.getByTestId('fit-E')).toHaveText(/^1\.(8|79\d|80\d)$/);
  await expect.poll(() => query(page).get('scaling-fit.data')).toBe('csv');
  await expect.poll(() => query(page).get('scaling-fit.csv')).toContain('abc,1e9,2e10');

  // The bootstrap is a job: it reports progress and fills the interval column.
  await w.getByRole('button', { name: 'Bootstrap the intervals' }).click();
  await expect(w.getByTestId('boot-done')).toContainText('200 resamples', SLOW);
  await expect(w.getByTestId('params').getByRole('row', { name: /^α / })).toContainText('–');

  // A link cannot carry a big file: the data stays on the page and the reader is told.
  const big = 'N,D,loss\n' + Array.from({ length: 300 }, (_, i) => `${1e8 * (1 + i)},${2e9 * (1 + (i % 7))},${(2 + 1 / (1 + i)).toFixed(6)}`).join('\n');
  await w.getByLabel('Open a CSV file').setInputFiles({ name: 'runs.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
  await expect(w.getByTestId('csv-summary')).toContainText('300 rows read');
  await expect(w.getByTestId('link-note')).toContainText('too big for a link');
  await expect.poll(() => query(page).get('scaling-fit.csv')).toBeNull();
  await expect(w.getByTestId('fit-summary')).toContainText('300 runs fitted', SLOW);
});

test('fit: ten ordinary pasted runs fit; a figure for other data is marked and its sentence matches it', async ({ page }) => {
  test.slow(); // full-grid fits in workers on a shared machine
  await page.goto(NOTEBOOK);
  const w = await fitted(page);
  const fitB = await w.getByTestId('fit-B').textContent();
  await w.getByLabel('Data', { exact: true }).selectOption('csv');
  // No rows yet: the built-in figure stays, marked as such, and its sentence still describes that fit,
  // whatever the check box says now.
  await expect(w.getByTestId('stale-note')).toContainText('still show the built-in Chinchilla data');
  await w.getByLabel('Leave out the 5 highest-loss runs').uncheck();
  await expect(w.getByTestId('stale-note')).toContainText('without the 5 highest-loss runs');
  await expect(w.getByTestId('drop-effect')).toContainText(`Without the 5 highest-loss runs B = ${fitB} and`);
  await w.getByLabel('Leave out the 5 highest-loss runs').check();
  // The ten runs: one of their minima has E = 0, which once failed the second fit.
  const box = w.getByLabel(/CSV text/);
  await box.fill(['N,D,loss', '1e8,2e9,3.35', '4e8,8e9,2.91', '1e9,2e10,2.6', '2e9,4e10,2.45', '4e9,8e10,2.35',
    '1e8,8e9,3.1', '4e8,2e9,3.0', '2e9,1e10,2.7', '1e10,2e11,2.2', '5e8,5e10,2.55'].join('\n'));
  await box.blur();
  await expect(w.getByTestId('fit-summary')).toContainText('5 runs fitted (5 left out)', SLOW);
  await expect(w.getByTestId('stale-note')).toHaveCount(0);
  await expect(w.getByText(/Computed in/)).toBeVisible();
  await expect(w.getByTestId('drop-effect')).toContainText(`Without the 5 highest-loss runs B = ${await w.getByTestId('fit-B').textContent()} and`);
});

test('fit: the bootstrap of the built-in data can be cancelled', async ({ page }) => {
  test.slow(); // full-grid fits in workers on a shared machine
  await page.goto(NOTEBOOK);
  const w = await fitted(page);
  await w.getByRole('button', { name: 'Bootstrap the intervals' }).click();
  await expect(w.getByLabel('Bootstrap progress')).toBeVisible();
  await w.getByRole('button', { name: 'Cancel bootstrap' }).click();
  await expect(w.getByText('Bootstrap: Cancelled.')).toBeVisible();
  await expect(w.getByRole('button', { name: 'Bootstrap the intervals' })).toBeEnabled();
});

test('optimal: tokens per parameter for both published laws, and your own constants', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'scaling-optimal');
  await expect(w.getByTestId('ratio-epoch')).toHaveText('18.4');
  await expect(w.getByTestId('ratio-hoffmann')).toHaveText('92.6');
  await w.getByLabel('Loss law').selectOption('custom');
  await setNumber(w, 'β (data)', '0.3478');
  await expect(w.getByTestId('row-custom')).toContainText('× 1.000');
  await expect.poll(() => query(page).get('scaling-optimal.law')).toBe('custom');
  await expect.poll(() => query(page).get('scaling-optimal.beta')).toBe('0.3478');
});

test('quanta: fitted slopes near α and α/(α+1), and α goes into the link', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'scaling-quanta');
  const slopes = w.getByTestId('slopes');
  await expect(slopes.getByRole('row', { name: /L against n/ })).toContainText(/0\.49\d/);
  await setNumber(w, 'Zipf exponent α', '1');
  await expect(slopes.getByRole('row', { name: /L against n/ })).toContainText('α = 1.000');
  await expect(slopes.getByRole('row', { name: /L against D \(sampled\)/ })).toContainText('α/(α+1) = 0.500');
  await expect.poll(() => query(page).get('scaling-quanta.alpha')).toBe('1');
});

/** Plotly's own traces on a widget's plot: name, y values and fill. */
function traces(w: Locator): Promise<{ name: string; y: number[]; fill: string | null }[]> {
  return w.evaluate((root) => [...root.querySelectorAll('.plot-target')].flatMap((gd) =>
    ((gd as unknown as { data?: { name?: string; y?: ArrayLike<number>; fill?: string }[] }).data ?? [])
      .map((t) => ({ name: t.name ?? '', y: Array.from(t.y ?? [], Number), fill: t.fill ?? null }))));
}

test('optimal: N*(C), D*(C) and D/N drawn with filled 95% bootstrap bands; turned off, they go', async ({ page }) => {
  test.slow(); // the full-grid fit and 100 refits in a worker on a shared machine
  await page.goto('./?embed=scaling-optimal&resamples=100');
  const w = await ready(page, 'scaling-optimal');
  await expect(w.getByTestId('band-summary')).toHaveText(/^At C = 5\.76×10²³ FLOPs, 2\.5th–97\.5th percentile over 100 refits: N_opt .+ to .+, D_opt .+ to .+, D\/N .+ to .+\.$/, SLOW);
  await expect(w.getByTestId('band-status')).toContainText('Shaded: the middle 95% of 100 refits of the Chinchilla runs');
  const all = await traces(w);
  const filled = all.filter((t) => t.fill === 'tonexty');
  expect(filled.map((t) => t.name)).toEqual([
    'N<sub>opt</sub> 95% bootstrap band (100 refits)', 'D<sub>opt</sub> 95% bootstrap band (100 refits)', 'D/N 95% bootstrap band (100 refits)',
  ]);
  // Each band's upper edge follows its lower edge in the data (plotly fills down to the trace before it),
  // and the refit of the same runs (Besiroglu et al.'s line) runs inside it mid-range.
  for (const band of filled) {
    const lower = all[all.indexOf(band) - 1];
    expect(lower.y).toHaveLength(91);
    expect(band.y.every((hi, i) => hi > lower.y[i])).toBe(true);
  }
  const mid = 45;
  for (const [bandName, lineName] of [['N<sub>opt</sub> 95% bootstrap band (100 refits)', 'N<sub>opt</sub> · Besiroglu'], ['D<sub>opt</sub> 95% bootstrap band (100 refits)', 'D<sub>opt</sub> · Besiroglu']]) {
    const hi = all.find((t) => t.name === bandName)!;
    const lo = all[all.indexOf(hi) - 1];
    const line = all.find((t) => t.name === lineName)!;
    expect(lo.y[mid]).toBeLessThan(line.y[mid]);
    expect(hi.y[mid]).toBeGreaterThan(line.y[mid]);
  }
  await w.getByLabel('Bootstrap bands (95%)').uncheck();
  await expect.poll(async () => (await traces(w)).filter((t) => t.fill === 'tonexty').length).toBe(0);
  await expect(w.getByTestId('band-summary')).toHaveCount(0);
});

test('optimal: the bootstrap shows its progress, can be cancelled and run again', async ({ page }) => {
  await page.goto('./?embed=scaling-optimal&resamples=2000');
  const w = await ready(page, 'scaling-optimal');
  await expect(w.getByLabel('Bootstrap progress')).toBeVisible(SLOW);
  await w.getByRole('button', { name: 'Cancel' }).click();
  await expect(w.getByTestId('band-status')).toContainText('Bands: Cancelled.');
  await expect(w.getByLabel('Bootstrap progress')).toHaveCount(0);
  await w.getByRole('button', { name: 'Bootstrap again' }).click();
  await expect(w.getByLabel('Bootstrap progress')).toBeVisible(SLOW);
});

test('in Chinese: the quanta and compute-optimal widgets read their words from the catalogues', async ({ page }) => {
  await page.goto('./?embed=scaling-quanta&alpha=1&lang=zh');
  // `ready` waits for the English status line: here the plot and the table are waited for instead.
  const q = widget(page, 'scaling-quanta');
  await expect(q.locator('.plot-target .main-svg').first()).toBeVisible(SLOW);
  await expect(q.getByRole('textbox', { name: 'Zipf 指数 α' })).toHaveValue('1');
  await expect(q.getByTestId('slopes').getByRole('row', { name: /L 随 D（抽样）/ })).toContainText('α/(α+1) = 0.500');
  await expect(q.getByText(/Exponents|against|fitted/)).toHaveCount(0);

  await page.goto('./?embed=scaling-optimal&bands=false&lang=zh');
  const o = widget(page, 'scaling-optimal');
  await expect(o.locator('.plot-target .main-svg').first()).toBeVisible(SLOW);
  await expect(o.getByLabel('损失定律')).toBeVisible();
  await expect(o.getByTestId('budget').locator('caption')).toHaveText('Chinchilla 的预算 C = 5.76×10²³ FLOPs 下');
  await expect(o.getByTestId('row-epoch')).toContainText('Besiroglu 等人');
  await expect(o.getByTestId('ratio-epoch')).toHaveText('18.4');
  await expect(o.getByText(/budget|yours|only when/)).toHaveCount(0);
});
