import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, query, setNumber, widget } from './helpers';

const NOTEBOOK = './?notebook=random-segmentation';
const WIDGETS = ['segment-lattice', 'segment-samplers', 'segment-alpha', 'segment-real'];
/** The real-vocabulary widget first downloads and decodes a shipped model on a shared machine. */
const SLOW = { timeout: 45_000 };

/** Scrolls a widget into view (it mounts near the viewport) and waits for its plot and its numbers. */
async function ready(page: Page, id: string): Promise<Locator> {
  const w = widget(page, id);
  await w.scrollIntoViewIfNeeded();
  await drawn(w);
  return w;
}

/** Waits for a widget's first figure; plotly's first drawing can take a while on a busy shared machine. */
async function drawn(w: Locator): Promise<void> {
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.plot-target .main-svg').first()).toBeVisible(SLOW);
  await expect(w.getByText(/Computed in/)).toBeVisible(SLOW);
}

/** Types into a labelled text field and leaves it, as a reader commits a text. */
async function setText(w: Locator, label: string | RegExp, value: string): Promise<void> {
  const field = w.getByRole('textbox', { name: label, exact: typeof label === 'string' });
  await field.fill(value);
  await field.press('Tab');
}

/** Clicks the plot at data coordinates (x, y) of its first x and y axes. */
async function clickPlot(w: Locator, x: number, y: number): Promise<void> {
  const target = w.locator('.plot-target');
  const point = await target.evaluate((el, [px, py]) => {
    const full = (el as unknown as { _fullLayout: Record<string, { l2p: (v: number) => number; _offset: number }> })._fullLayout;
    return { x: full.xaxis.l2p(px) + full.xaxis._offset, y: full.yaxis.l2p(py) + full.yaxis._offset };
  }, [x, y]);
  await target.click({ position: point });
}

test('the notebook: both articles linked, numbered equations, references, four widgets', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: /Random segmentation/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Random segmentation: from Viterbi Sampling to perfect sampling/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /随机分词再探/ }).first()).toHaveAttribute('href', 'https://kexue.fm/archives/9811');
  await expect(page.getByRole('link', { name: /随机分词浅探/ }).first()).toHaveAttribute('href', 'https://kexue.fm/archives/9768');
  for (const href of ['https://github.com/bojone/bytepiece', 'https://arxiv.org/abs/1804.10959', 'https://github.com/google/sentencepiece']) {
    await expect(page.locator(`a[href="${href}"]`).first()).toBeAttached();
  }
  expect(await page.locator('.katex .katex-mathml math').count()).toBeGreaterThan(30);
  for (const id of WIDGETS) await expect(widget(page, id)).toHaveCount(1);
});

test('shipped vocabularies stay out of the first load, and arrive when the real-vocabulary widget asks', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto(NOTEBOOK);
  await ready(page, 'segment-lattice');
  expect(fetched.filter((u) => /\/(albert|jieba)-[\w-]+\.js$/.test(u))).toEqual([]);
  const w = widget(page, 'segment-real');
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByTestId('real-text')).toHaveText('▁subword▁regularization▁samples▁a▁new▁segmentation▁every▁time.', SLOW);
  expect(fetched.filter((u) => /\/albert-[\w-]+\.js$/.test(u))).toHaveLength(1);
  expect(fetched.filter((u) => /\/jieba-[\w-]+\.js$/.test(u))).toEqual([]);
});

// Known defect, open (2026-12-07): the arc picked from the list right after one picked by a click on
// the plot is sometimes lost (the readout keeps the clicked arc). Passes alone, failed twice in CI runs;
// kept as the reproduction until the cause is found.
test('lattice: twelve segmentations, an arc picked by click and by keyboard, state in the URL', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'segment-lattice');
  await expect(w.getByTestId('lattice-count')).toHaveText('12');
  await expect(w.getByTestId('lattice-viterbi')).toHaveText('今天天气 | 不错');
  // The notebook block picks 今天 (0→2).
  await expect(w.getByTestId('arc-readout')).toContainText('今天 spans characters 1–2');
  // Click the apex of 天气 (2→4): x = 3, height 0.4 + 0.6·2.
  await clickPlot(w, 3, 1.6);
  await expect(w.getByTestId('arc-readout')).toContainText('天气 spans characters 3–4');
  await expect(w.getByTestId('arc-p')).toHaveText('4.42e-5');
  await expect.poll(() => query(page).get('segment-lattice.arc')).toBe('2-4');
  const picker = w.getByLabel('Arc', { exact: true });
  await picker.focus();
  await picker.selectOption({ label: '不错 (4→6)' });
  await expect(w.getByTestId('arc-readout')).toContainText('不错 spans characters 5–6');
  await expect(w.getByTestId('arc-readout')).toContainText('it lies on the Viterbi path');
  await page.reload();
  const again = await ready(page, 'segment-lattice');
  await expect(again.getByTestId('arc-readout')).toContainText('不错 spans characters 5–6');
});

test('lattice: empty and unsegmentable texts are refused with a reason, the figure marked stale', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'segment-lattice');
  await setText(w, 'Text', '今天天晴');
  await expect(w.getByText("text '今天天晴' has no segmentation into vocabulary pieces: no piece starts at character 4 ('晴'), the furthest any segmentation reaches")).toBeVisible();
  await expect(w.getByTestId('stale-note')).toBeVisible();
  await setText(w, 'Text', '');
  await expect(w.getByText("text must be a non-empty string, got ''")).toBeVisible();
  await setText(w, 'Text', '不错');
  await expect(w.getByTestId('lattice-count')).toHaveText('2');
  await expect(w.getByTestId('stale-note')).toHaveCount(0);
});

test('samplers: the article’s tie, 1/4, 1/4, 1/2 against 1/3 each, and the TV floor of 1/6', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'segment-samplers');
  await expect(w.getByTestId('samplers-summary')).toContainText("The old method's exact law is 0.1667 from P");
  await w.getByText('The bars as a table').click();
  const table = w.getByTestId('samplers-table');
  await expect(table.getByRole('row', { name: /^watch \| ing / })).toContainText('0.3333');
  await expect(table.getByRole('row', { name: /^watch \| ing / })).toContainText('0.5');
  await expect(table.getByRole('row', { name: /^w \| atching / })).toContainText('0.25');
  await setNumber(w, 'Draws per sampler', '20000');
  await expect(w.getByTestId('samplers-summary')).toContainText('After 20,000 draws each');
  await expect.poll(() => query(page).get('segment-samplers.samples')).toBe('20000');
  await setNumber(w, 'Seed', '7');
  await expect.poll(() => query(page).get('segment-samplers.seed')).toBe('7');
  await page.reload();
  const again = await ready(page, 'segment-samplers');
  await expect(again.getByRole('textbox', { name: 'Draws per sampler' })).toHaveValue('20000');
  await expect(again.getByTestId('samplers-summary')).toContainText('After 20,000 draws each');
});

test('samplers: your own vocabulary, bad lines listed by number, markup shown as text', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'segment-samplers');
  await w.getByLabel('Vocabulary', { exact: true }).selectOption('custom');
  const box = w.getByRole('textbox', { name: /Your vocabulary/ });
  // Full-width digits, as a Chinese keyboard types them, are read as ASCII (0.5), as in every box of the site.
  await box.fill('a 0.5\nb ０.５\n<b>x</b> 0.1\nab zero\na 0.2\nb -1');
  await expect(w.getByTestId('vocab-summary')).toHaveText('3 pieces read; 3 lines not read:');
  await expect(w.getByTestId('vocab-errors')).toContainText("line 4: ab: 'zero' is not a number");
  await expect(w.getByTestId('vocab-errors')).toContainText("line 5: 'a' is listed twice (first on line 1); the first is used");
  await expect(w.getByTestId('vocab-errors')).toContainText('line 6: b: p(w) must be greater than 0, got -1');
  await box.press('Tab');
  await expect(w.getByText("vocabulary line 4: ab: 'zero' is not a number: write p(w) as 0.25, 2.5e-3 or 1/4 (and 2 more bad lines)")).toBeVisible();
  await expect(w.getByTestId('stale-note')).toBeVisible();
  await expect(w.locator('b', { hasText: 'x' })).toHaveCount(0);
  await box.fill('a 0.5\nb 0.25\nab 0.125\nba 1/8');
  await box.press('Tab');
  await setText(w, 'Text', 'abab');
  await expect(w.getByText(/The text has 5 segmentations/)).toBeVisible();
  await expect.poll(() => query(page).get('segment-samplers.vocab')).toBe('custom');
  await expect.poll(() => query(page).get('segment-samplers.pieces')).toBe('a 0.5\nb 0.25\nab 0.125\nba 1/8');
});

test('α: uniform at 0, nearly Viterbi alone at 10, out-of-range and full-width input noted', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'segment-alpha');
  await setNumber(w, 'α', '0');
  await expect(w.getByTestId('alpha-entropy')).toHaveText('2.485'); // log 12
  await expect(w.getByTestId('alpha-pviterbi')).toHaveText('0.08333');
  await setNumber(w, 'α', '10');
  await expect(w.getByTestId('alpha-pviterbi')).toHaveText(/^1 − \d\.\de-\d+$/);
  await setNumber(w, 'α', '-1');
  await expect(w.getByText('α: -1 is outside 0…10; using 0')).toBeVisible();
  await setNumber(w, 'α', '１');
  await expect(w.getByRole('textbox', { name: 'α' })).toHaveValue('1'); // full-width digits are read
  await expect.poll(() => query(page).get('segment-alpha.alpha')).toBe(null);
});

test('real vocabulary: ALBERT as SentencePiece cuts it, then jieba on Chinese, unknown characters named', async ({ page }) => {
  test.slow();
  await page.goto(`${NOTEBOOK}&segment-real.text=Hello%20World%20你&segment-real.alpha=1`);
  const w = widget(page, 'segment-real');
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByTestId('real-text')).toHaveText('▁hello▁world▁你', SLOW);
  await expect(w.getByTestId('real-model')).toContainText('Characters the model lacks, given one-character pieces at its unknown-character probability: 你');
  // The sample lists are folded on phones: count them whether shown or not.
  await expect(w.getByTestId('real-perfect').locator('li')).toHaveCount(6);
  await setText(w, 'Text', '   ');
  await expect(w.getByText('text must be a non-empty string, got only spaces')).toBeVisible();
  await w.getByLabel('Vocabulary', { exact: true }).selectOption('jieba');
  await setText(w, 'Text', '随机分词再探');
  await expect(w.getByTestId('real-text')).toHaveText('随机分词再探', SLOW);
  await expect(w.getByTestId('real-model')).toContainText('jieba’s dictionary, 83,664 pieces');
  await expect.poll(() => query(page).get('segment-real.vocab')).toBe('jieba');
  await setText(w, 'Text', '');
  await expect(w.getByText("text must be a non-empty string, got ''")).toBeVisible();
});

test('embed: each widget alone in its URL state', async ({ page }) => {
  await page.goto('./?embed=segment-samplers&text=abab&vocab=custom&pieces=a%200.5%0Ab%200.25%0Aab%200.125%0Aba%200.125&samples=1000');
  const s = widget(page, 'segment-samplers');
  await drawn(s);
  await expect(s.getByText(/The text has 5 segmentations/)).toBeVisible();
  await page.goto('./?embed=segment-lattice&text=watching&vocab=watching&arc=5-8');
  const l = widget(page, 'segment-lattice');
  await drawn(l);
  await expect(l.getByTestId('arc-readout')).toContainText('ing spans characters 6–8');
  await page.goto('./?embed=segment-alpha&alpha=0');
  const a = widget(page, 'segment-alpha');
  await drawn(a);
  await expect(a.getByTestId('alpha-pviterbi')).toHaveText('0.08333');
  await page.goto('./?embed=segment-real&vocab=watching&text=watching&show=3');
  const r = widget(page, 'segment-real');
  await drawn(r);
  await expect(r.getByTestId('real-perfect').locator('li')).toHaveCount(3);
});

test('every widget loaded: nothing overflows sideways (phones), and the page passes an accessibility scan', async ({ page }) => {
  // Four widgets, plotly, and axe over a page of some forty formulas: minutes on a busy shared machine.
  test.setTimeout(360_000);
  await page.goto(NOTEBOOK);
  for (const id of WIDGETS) await ready(page, id);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).include('[data-widget]').exclude('.js-plotly-plot').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
  await expectAccessible(page);
});
