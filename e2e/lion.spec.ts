import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, query, setNumber, waitForPlot, widget } from './helpers';

const NOTEBOOK = './?notebook=lion-optimizer';
/** Training jobs start a worker of their own: on a busy machine that can take a while. */
const SLOW = { timeout: 30_000 };

/** Opens the widget's folded control groups (folded at first on phones). */
async function unfold(w: Locator): Promise<void> {
  const folded = w.locator('details.fold:not([open]) > summary');
  while ((await folded.count()) > 0) await folded.first().click();
}

/** Loads the notebook with extra query entries and waits for one widget's plot. */
async function open(page: Page, id: string, extra = ''): Promise<Locator> {
  await page.goto(`${NOTEBOOK}${extra}`);
  const w = widget(page, id);
  await waitForPlot(w);
  await unfold(w);
  return w;
}

test.describe('lion-landscape', () => {
  test('renders every optimizer; a control goes to the URL and a reload restores it', async ({ page }) => {
    const w = await open(page, 'lion-landscape');
    await expect(w.getByTestId('series').getByRole('listitem')).toHaveCount(4);
    await expect(w.getByTestId('series')).toContainText('Lion: step 500');
    await setNumber(w, 'Lion learning rate η', '0.02');
    await expect.poll(() => query(page).get('lion-landscape.lionLr')).toBe('0.02');
    await w.getByLabel('Objective', { exact: true }).selectOption('himmelblau');
    await expect.poll(() => query(page).get('lion-landscape.objective')).toBe('himmelblau');
    // A new objective starts from its own suggested point.
    await expect(w.getByRole('textbox', { name: 'Start x₀' })).toHaveValue('0');
    await page.reload();
    const again = widget(page, 'lion-landscape');
    await waitForPlot(again);
    await unfold(again);
    await expect(again.getByRole('textbox', { name: 'Lion learning rate η' })).toHaveValue('0.02');
    await expect(again.getByLabel('Objective', { exact: true })).toHaveValue('himmelblau');
  });

  test('bad values get a note at the control: lr ≤ 0, β = 1, junk, too many steps', async ({ page }) => {
    const w = await open(page, 'lion-landscape', '&lion-landscape.adamBeta1=1&lion-landscape.steps=20000&lion-landscape.seed=abc');
    await expect(w.getByText('Adam β₁: 1 is outside 0…0.9999; using 0.9999')).toBeVisible();
    await expect(w.getByText('Steps: 20000 is outside 1…10000; using 10000')).toBeVisible();
    await expect(w.getByText(/Noise seed: "abc" is not a number; using the default 0/)).toBeVisible();
    await w.getByText('More Lion settings').click();
    await setNumber(w, 'Lion β₁', 'NaN');
    await expect(w.getByText('Lion β₁: "NaN" is not a number; keeping 0.9')).toBeVisible();
    await setNumber(w, 'Lion learning rate η', '-1');
    await expect(w.getByText('Lion learning rate η: -1 is outside 0.000001…10; using 0.000001')).toBeVisible();
    await expect(w.locator('.error')).toHaveCount(0);
  });

  test('a divergent run is reported with its step, and the others still draw', async ({ page }) => {
    const w = await open(page, 'lion-landscape', '&lion-landscape.sgdLr=1');
    await expect(w.getByTestId('series')).toContainText(/SGD: diverged at step \d+/);
    await expect(w.getByTestId('series')).toContainText('Lion: step 500');
  });

  test('the step scrubber and play button show the runs up to a step', async ({ page }) => {
    const w = await open(page, 'lion-landscape');
    await setNumber(w, 'Show up to step', '100');
    await expect.poll(() => query(page).get('lion-landscape.step')).toBe('100');
    await expect(w.getByTestId('series')).toContainText('Lion: step 100');
    await w.getByRole('button', { name: 'Play' }).click();
    await expect(w.getByRole('button', { name: 'Pause' })).toBeVisible();
    // A full sweep takes about four seconds, then the button offers to play again from the start.
    await expect(w.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
    await expect(w.getByTestId('series')).toContainText('Lion: step 500');
    await expect(w.getByRole('textbox', { name: 'Show up to step' })).toHaveValue('500');
  });

  test('clicking the plot moves the start; noise with a seed reproduces from the URL', async ({ page }) => {
    const w = await open(page, 'lion-landscape', '&lion-landscape.noise=1&lion-landscape.seed=7');
    const area = w.locator('.plot-target .nsewdrag').first();
    await area.scrollIntoViewIfNeeded();
    const box = (await area.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.25);
    await expect.poll(() => query(page).get('lion-landscape.x0')).not.toBeNull();
    const x0 = Number(query(page).get('lion-landscape.x0'));
    expect(x0).toBeGreaterThan(0.5);
    expect(x0).toBeLessThan(1.5);
    await expect(w.getByText(/Computed in/)).toBeVisible();
    const first = await w.getByTestId('series').innerText();
    await page.reload();
    const again = widget(page, 'lion-landscape');
    await waitForPlot(again);
    await expect(again.getByTestId('series')).toHaveText(first);
  });

  test('keyboard: a learning-rate slider steps with the arrow keys', async ({ page }) => {
    const w = await open(page, 'lion-landscape');
    await w.getByRole('slider', { name: 'Lion learning rate η' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => query(page).get('lion-landscape.lionLr')).not.toBeNull();
  });

  test('the second block shows Lion held in its box |θᵢ| ≤ 1/λ', async ({ page }) => {
    const w = await open(page, 'box');
    await expect(w.getByTestId('series')).toContainText(/Lion: step 1500: at \(0\.5000, /);
  });
});

test.describe('lion-updates', () => {
  test('renders; a control goes to the URL, a reload restores it, a bad value gets a note', async ({ page }) => {
    const w = await open(page, 'lion-updates');
    await expect(w.getByTestId('series')).toContainText('Lion: last step length 0.0141');
    await setNumber(w, 'Gradient noise σ', '0.5');
    await expect.poll(() => query(page).get('lion-updates.noise')).toBe('0.5');
    await setNumber(w, 'Condition number κ', '100');
    await expect.poll(() => query(page).get('lion-updates.condition')).toBe('100');
    await page.reload();
    const again = widget(page, 'lion-updates');
    await waitForPlot(again);
    await unfold(again);
    await expect(again.getByRole('textbox', { name: 'Gradient noise σ' })).toHaveValue('0.5');
    await setNumber(again, 'Steps', '0');
    await expect(again.getByText('Steps: 0 is outside 1…10000; using 1')).toBeVisible();
    await again.getByRole('checkbox', { name: 'SGD' }).uncheck();
    await expect(again.getByTestId('series').getByRole('listitem')).toHaveCount(3);
  });
});

test.describe('lion-training', () => {
  test('trains every optimizer and shows the final metrics; controls go to the URL', async ({ page }) => {
    test.slow(); // three training runs
    const w = await open(page, 'lion-training', '&lion-training.steps=100');
    await expect(w.getByTestId('final').getByRole('row')).toHaveCount(5);
    await w.getByLabel('Show', { exact: true }).selectOption('boundaries');
    await expect.poll(() => query(page).get('lion-training.view')).toBe('boundaries');
    await setNumber(w, 'AdamW learning rate η', '0.05');
    await w.getByRole('button', { name: /Lion from AdamW/ }).click();
    await expect(w.getByRole('textbox', { name: 'Lion learning rate η' })).toHaveValue('0.005');
    await expect(w.getByRole('textbox', { name: 'Lion weight decay λ' })).toHaveValue('0.5');
    await expect.poll(() => query(page).get('lion-training.lionLr')).toBe('0.005');
    // The rule's run completes normally.
    await expect(w.getByText(/Computed in/)).toBeVisible({ timeout: 30_000 });
    await page.reload();
    const again = widget(page, 'lion-training');
    await waitForPlot(again);
    await unfold(again);
    await expect(again.getByRole('textbox', { name: 'Lion learning rate η' })).toHaveValue('0.005');
    await expect(again.getByLabel('Show', { exact: true })).toHaveValue('boundaries');
  });

  test('a long run shows progress and can be cancelled', async ({ page }) => {
    await page.goto(`${NOTEBOOK}&lion-training.steps=5000&lion-training.hidden=64&lion-training.samples=2000&lion-training.batch=0`);
    const w = widget(page, 'lion-training');
    await w.scrollIntoViewIfNeeded();
    await expect(w.getByRole('progressbar')).toBeVisible();
    await w.getByRole('button', { name: 'Cancel' }).click();
    await expect(w.getByText('Cancelled.')).toBeVisible();
    await expect(w.getByRole('progressbar')).toHaveCount(0);
  });

  test("the reader's own CSV: previewed, trained on after the button, drawn, kept in the link; a file works too", async ({ page }) => {
    test.slow(); // trains twice
    // The built-in moons train first (no points of the reader's yet); the box does not wait for them.
    await page.goto(`${NOTEBOOK}&lion-training.steps=100&lion-training.dataset=csv`);
    const w = widget(page, 'lion-training');
    await w.scrollIntoViewIfNeeded();
    await expect(w.getByTestId('own-fallback')).toHaveText(/No points of your own in use yet: training on the built-in two moons/);
    await unfold(w);
    // 60 points, class 1 where x + y > 0; written as a reader would type them.
    const rows = Array.from({ length: 60 }, (_, k) => {
      const x = ((k * 37) % 101) / 50 - 1, y = ((k * 53) % 97) / 48 - 1;
      return `${x.toFixed(3)},${y.toFixed(3)},${x + y > 0 ? 1 : 0}`;
    });
    const text = ['x,y,label', ...rows].join('\n');
    const ones = rows.filter((r) => r.endsWith(',1')).length;
    await w.getByLabel(/^Your points: CSV/).fill(text);
    await expect(w.getByTestId('own-summary')).toHaveText(new RegExp(`^60 points read \\(columns x, y, label\\): ${60 - ones} of class 0, ${ones} of class 1; x from -1\\.00 to `));
    await expect(w.getByTestId('own-preview').getByRole('row')).toHaveCount(6);
    await expect(w.getByTestId('own-preview').getByRole('row').nth(1)).toHaveText(['2', '-1', '-1', '0'].join(''));
    await w.getByRole('button', { name: 'Train on these 60 points' }).click();
    await expect(w.getByRole('button', { name: 'Training on these points' })).toBeDisabled();
    await expect(w.getByTestId('own-fallback')).toHaveCount(0);
    await expect.poll(() => query(page).get('lion-training.csv')).toBe(text);
    await expect(w.getByText(/Computed in/)).toBeVisible({ timeout: 30_000 });
    await w.getByLabel('Show', { exact: true }).selectOption('boundaries');
    const points = () => w.evaluate((root) => [...root.querySelectorAll('.plot-target')].flatMap((gd) =>
      ((gd as unknown as { data?: { name?: string; x?: ArrayLike<number> }[] }).data ?? [])
        .filter((t) => (t.name ?? '').startsWith('class ')).map((t) => t.x?.length ?? 0)).reduce((a, b) => a + b, 0));
    await expect.poll(points, SLOW).toBe(60);
    // The same points from a file: previewed again; nothing changes until the button.
    await w.locator('input[type=file]').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(['x,y,label', ...rows.slice(0, 40)].join('\n')) });
    await expect(w.getByText('Read mine.csv.')).toBeVisible();
    await expect(w.getByTestId('own-summary')).toHaveText(/^40 points read/);
    await expect(w.getByRole('button', { name: 'Train on these 40 points' })).toBeEnabled();
    await expect.poll(points).toBe(60);
  });

  test('bad CSV rows are listed by line and left out; markup stays text; a long file is kept out of the link', async ({ page }) => {
    const w = await open(page, 'lion-training', '&lion-training.steps=50&lion-training.dataset=csv');
    const box = w.getByLabel(/^Your points: CSV/);
    await box.fill('x,y,label\n0.1,0.2,0\nabc,1,1\n0.3,0.4,2\n<img src=x onerror="document.title=1">,1,0\n0.5\n');
    const errors = w.getByTestId('own-errors').getByRole('listitem');
    await expect(errors).toHaveText([
      'line 3: x is not a number: "abc"',
      'line 4: label must be 0 or 1, got 2',
      'line 5: x is not a number: "<img src=x onerror="document.title=1">"',
      'line 6: missing y (column 2)',
    ]);
    await expect(w.getByTestId('own-problem')).toHaveText('Cannot train on this yet: only 1 usable rows; training needs at least 20.');
    await expect(w.getByRole('button', { name: /^Train on these/ })).toBeDisabled();
    await expect(page.locator('img[src=x]')).toHaveCount(0);
    // Over 2000 characters: the page keeps the data, the link does not.
    const long = ['x,y,label', ...Array.from({ length: 200 }, (_, k) => `${(k / 100 - 1).toFixed(6)},${((k * 7) % 200 / 100 - 1).toFixed(6)},${k % 2}`)].join('\n');
    await box.fill(long);
    await expect(w.getByTestId('own-link-note')).toContainText('too big for a link');
    await w.getByRole('button', { name: 'Train on these 200 points' }).click();
    await expect(w.getByTestId('own-fallback')).toHaveCount(0);
    await expect.poll(() => query(page).get('lion-training.csv')).toBe(null);
  });

  test('bad values get a note at the control', async ({ page }) => {
    const w = await open(page, 'lion-training', '&lion-training.steps=100&lion-training.lionBeta2=1.5&lion-training.hidden=0');
    await expect(w.getByText('Lion β₂: 1.5 is outside 0…0.9999; using 0.9999')).toBeVisible();
    await expect(w.getByText('Hidden units per layer: 0 is outside 2…64; using 2')).toBeVisible();
  });
});

test('the notebook: equations, references, embeds, no sideways overflow, accessible', async ({ page }) => {
  test.slow(); // four widgets, one of them training a network
  await page.goto(NOTEBOOK);
  await expect(page.getByRole('heading', { level: 1, name: 'Lion vs AdamW' })).toBeVisible();
  await expect(page.getByRole('link', { name: /训练狮/ }).first()).toHaveAttribute('href', 'https://kexue.fm/archives/9473');
  expect(await page.locator('.math-display[id^="eq-"]').count()).toBeGreaterThanOrEqual(5);
  for (const id of ['lion-landscape', 'lion-updates', 'box', 'lion-training']) await waitForPlot(widget(page, id));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});

for (const name of ['lion-landscape', 'lion-updates', 'lion-training']) {
  test(`embed: ${name} alone, in its URL state`, async ({ page }) => {
    await page.goto(`./?embed=${name}&steps=${name === 'lion-training' ? 50 : 300}`);
    const w = widget(page, name);
    await waitForPlot(w);
    await unfold(w);
    await expect(w.getByRole('textbox', { name: /^(Training steps|Steps)$/ })).toHaveValue(name === 'lion-training' ? '50' : '300');
    await expectAccessible(page);
  });
}
