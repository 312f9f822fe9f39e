import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, query, setNumber, waitForPlot, widget } from './helpers';

const NOTEBOOK = './?notebook=attention-length';
/** The sweeps and the training run in workers on a shared machine: allow them time. */
const SLOW = { timeout: 90_000 };
/** Small versions of the heavier widgets, so each test computes in seconds. */
const LIGHT = '&attention-entropy.seeds=2&attention-retrieval.steps=40&attention-retrieval.testSequences=20&attention-retrieval.maxFactor=4';

/** Opens every fold of a widget's controls (they start folded on phones). */
async function unfold(w: Locator): Promise<void> {
  const folded = w.locator('details.fold:not([open]) > summary');
  while ((await folded.count()) > 0) await folded.first().click();
}

/** Scrolls to a widget and waits for its plot and a finished computation. */
async function drawn(w: Locator): Promise<Locator> {
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.plot-target .main-svg').first()).toBeVisible(SLOW);
  await expect(w.getByText(/Computed in/)).toBeVisible(SLOW);
  return w;
}

async function open(page: Page, id: string, extra = ''): Promise<Locator> {
  await page.goto(`${NOTEBOOK}${LIGHT}${extra}`);
  const w = await drawn(widget(page, id));
  await unfold(w);
  return w;
}

test('the notebook: both articles, numbered equations, references, four widgets, no sideways overflow, accessible', async ({ page }) => {
  test.slow(); // four widgets, one of them training six models
  await page.goto(`${NOTEBOOK}${LIGHT}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Attention, softmax and length' })).toBeVisible();
  await expect(page.getByRole('link', { name: /听说Attention与Softmax更配哦/ }).first()).toHaveAttribute('href', 'https://kexue.fm/archives/9019');
  await expect(page.getByRole('link', { name: /从熵不变性看Attention的Scale操作/ }).first()).toHaveAttribute('href', 'https://kexue.fm/archives/8823');
  for (const arxiv of ['2202.10447', '2202.12172', '2501.19399', '2309.00071', '2309.16609']) {
    await expect(page.locator(`a[href="https://arxiv.org/abs/${arxiv}"]`).first()).toBeAttached();
  }
  expect(await page.locator('.math-display[id^="eq-"]').count()).toBeGreaterThanOrEqual(10);
  for (const id of ['attention-weights', 'attention-entropy', 'attention-retrieval', 'attention-practice']) await drawn(widget(page, id));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});

test.describe('attention-entropy', () => {
  test('URL state in, the log n curve flat in words, changes out to the URL, a table view', async ({ page }) => {
    test.slow();
    const w = await open(page, 'attention-entropy', '&attention-entropy.trainLength=256&attention-entropy.relu2Sum=true');
    await expect(w.getByRole('textbox', { name: 'Training length L' })).toHaveValue('256');
    await expect(w.getByTestId('summary')).toContainText('from n = L = 256 to n = 65536');
    await expect(w.getByTestId('summary')).toContainText('relu²/Σrelu² goes from');
    await w.getByText(/Show the numbers as a table/).click();
    await expect(w.getByTestId('table').locator('tbody tr')).toHaveCount(25);
    await setNumber(w, 'Sharpness κ', '1.28');
    await expect.poll(() => query(page).get('attention-entropy.kappa')).toBe('1.28');
    await expect(w.getByTestId('rho')).toHaveText('0.887', SLOW); // 1.28·ln 256/√64
    await w.getByLabel('Show').selectOption('total');
    await expect.poll(() => query(page).get('attention-entropy.metric')).toBe('total');
  });

  test('bad values get a note at the control; no variant, a message instead of a stale figure', async ({ page }) => {
    test.slow();
    const w = await open(page, 'attention-entropy', '&attention-entropy.d=9999&attention-entropy.trainLength=%EF%BC%95%EF%BC%91%EF%BC%92&attention-entropy.metric=%3Cb%3Ex%3C%2Fb%3E');
    await expect(w.getByText('Head dimension d: 9999 is outside 4…256; using 256')).toBeVisible();
    await expect(w.getByRole('textbox', { name: 'Training length L' })).toHaveValue('512'); // full-width digits are read
    await expect(w.getByText(/Show: "<b>x<\/b>" is not one of entropy, relevant, total/)).toBeVisible();
    await expect(w.locator('b')).toHaveCount(0);
    for (const label of ['softmax, fixed scale', 'softmax, log_L n scale', 'relu²/n (GAU)']) await w.getByLabel(label, { exact: true }).uncheck();
    await expect(w.getByText('Switch on at least one variant to draw.')).toBeVisible();
  });
});

test.describe('attention-weights', () => {
  test('dilution by k under relu²/n, in the URL and the table', async ({ page }) => {
    test.slow();
    const w = await open(page, 'attention-weights', '&attention-weights.factor=4&attention-weights.trainLength=256');
    await expect(w.getByTestId('summary')).toContainText('from n = 256 to n = 1024');
    await expect(w.getByTestId('summary')).toContainText('relu²/n (GAU) 0.25×');
    await expect(w.getByTestId('summary')).toContainText('relu²/L (n frozen) 1×');
    await setNumber(w, 'Longer context k', '8');
    await expect.poll(() => query(page).get('attention-weights.factor')).toBe('8');
    await expect(w.getByTestId('summary')).toContainText('relu²/n (GAU) 0.125×', SLOW);
    await w.getByText(/Show the numbers as a table/).click();
    await expect(w.getByTestId('table').locator('tbody tr')).toHaveCount(4);
  });

  test('a context past the limit is refused with a message by the figure, and the next good input is drawn', async ({ page }) => {
    test.slow();
    const w = await open(page, 'attention-weights', '&attention-weights.trainLength=32768&attention-weights.factor=1');
    await setNumber(w, 'Longer context k', '64');
    await expect(w.getByText(/factor × trainLength must be at most 1048576, got 64 × 32768/)).toBeVisible(SLOW);
    await setNumber(w, 'Longer context k', '2');
    await expect(w.getByTestId('summary')).toContainText('from n = 32768 to n = 65536', SLOW);
    await expect(w.getByText(/must be at most/)).toHaveCount(0);
  });
});

test.describe('attention-retrieval', () => {
  test('trains with progress, shows the errors per length, switches views by URL', async ({ page }) => {
    test.slow();
    const w = await open(page, 'attention-retrieval', '&attention-retrieval.trainLength=16');
    await expect(w.getByTestId('summary')).toContainText('at n = 2, at the training length 16 and at n = 64');
    await expect(w.getByTestId('table').locator('tbody tr')).toHaveCount(5);
    await w.getByLabel('Show').selectOption('accuracy');
    await expect.poll(() => query(page).get('attention-retrieval.view')).toBe('accuracy');
    await expect(w.locator('.plot-target .ytick').first()).toBeAttached();
  });

  test('a long run can be cancelled; a test past the limit is refused', async ({ page }) => {
    test.slow();
    const w = await open(page, 'attention-retrieval');
    await setNumber(w, 'Training steps', '5000');
    await expect(w.locator('progress')).toBeVisible(SLOW);
    await w.getByRole('button', { name: 'Cancel' }).click();
    await expect(w.getByText('Cancelled.')).toBeVisible();
    await setNumber(w, 'Training length L', '512');
    await setNumber(w, 'Longest test: L ×', '64');
    await expect(w.getByText(/trainLength × maxFactor must be at most 8192, got 512 × 64/)).toBeVisible(SLOW);
  });
});

test.describe('attention-practice', () => {
  test('factors at the target length, and links that open the RoPE widgets in the same state', async ({ page }) => {
    test.slow();
    const w = await open(page, 'attention-practice', '&attention-practice.targetLength=65536&attention-practice.factor=16');
    await expect(w.getByTestId('summary')).toContainText('at the target length T = 65536 (training length L = 4096)');
    await expect(w.getByTestId('summary')).toContainText('Qwen logn attention × 1.33');
    await expect(w.getByTestId('summary')).toContainText(`YaRN temperature × ${((0.1 * Math.log(16) + 1) ** 2).toPrecision(3)}`);
    const link = w.getByTestId('rope-extension-link');
    await expect(link).toHaveAttribute('href', /rope-extension\.method=yarn&rope-extension\.trainLength=4096&rope-extension\.targetLength=65536&rope-extension\.factor=16/);
    await link.click();
    await expect(page).toHaveURL(/notebook=rope-beta-base/);
    const ext = widget(page, 'rope-extension');
    await waitForPlot(ext);
    await unfold(ext);
    await expect(ext.getByRole('textbox', { name: 'Target length' })).toHaveValue('65536');
    await expect(ext.getByRole('textbox', { name: 'Factor' })).toHaveValue('16');
    await expect(ext.getByLabel('Method')).toHaveValue('yarn');
  });
});

for (const [name, extra, label, value] of [
  ['attention-entropy', '&seeds=2&trainLength=128', 'Training length L', '128'],
  ['attention-weights', '&factor=2', 'Longer context k', '2'],
  ['attention-retrieval', '&steps=30&testSequences=20&maxFactor=2', 'Training steps', '30'],
  ['attention-practice', '&factor=4', 'YaRN factor k', '4'],
] as const) {
  test(`embed: ${name} alone, in its URL state`, async ({ page }) => {
    test.slow();
    await page.goto(`./?embed=${name}${extra}`);
    const w = await drawn(widget(page, name));
    await unfold(w);
    await expect(w.getByRole('textbox', { name: label })).toHaveValue(value);
    await expect(page.getByRole('link', { name: 'Attention, softmax and length' })).toHaveAttribute('href', /\?notebook=attention-length/);
    await expectAccessible(page);
  });
}
