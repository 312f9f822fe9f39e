import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, query, setNumber, waitForPlot, widget } from './helpers';

const NOTEBOOK = './?notebook=partitions';
const P1000 = '24061467864032622473692149727991';

/** Types into a labelled text field and commits it as a reader would (leaving the field). */
async function setText(w: Locator, label: string | RegExp, value: string): Promise<void> {
  const field = w.getByRole('textbox', { name: label });
  await field.fill(value);
  await field.press('Tab');
}

/** Scrolls a widget into view (it mounts near the viewport) and waits for its plot. */
async function ready(page: Page, id: string): Promise<Locator> {
  const w = widget(page, id);
  await w.scrollIntoViewIfNeeded();
  await waitForPlot(w);
  return w;
}

test('the notebook: original article, numbered equations, references and every widget', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Generating functions and integer partitions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Generating functions and integer partitions' })).toBeVisible();
  await expect(page.getByRole('link', { name: /生成函数法与整数的分拆/ }).first()).toHaveAttribute('href', 'https://kexue.fm/archives/2942');
  await expect(page.getByRole('link', { name: 'A000041' })).toHaveAttribute('href', 'https://oeis.org/A000041');
  expect(await page.locator('.katex .katex-mathml math').count()).toBeGreaterThan(40);
  for (const id of ['ordered', 'sorted', 'partitions-builder', 'partitions-euler', 'partitions-franklin', 'partitions-pn']) {
    await expect(widget(page, id)).toHaveCount(1);
  }
});

test('builder: both counts of x + y + z = 2014, with the product typeset', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const ordered = await ready(page, 'ordered');
  await expect(ordered.getByTestId('coefficient')).toHaveText('2031120');
  // Typeset as MathML by the browser: 1 over (1 − x) cubed.
  const product = ordered.getByTestId('product').locator('math');
  await expect(product).toHaveCount(1);
  await expect(product.locator('mfrac')).toHaveCount(1);
  await expect(product.locator('mfrac > :nth-child(2)')).toHaveText('(1−x)3');
  // No KaTeX JavaScript reaches the browser on any page: derivations are typeset at build time.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.js')));
  expect(scripts.filter((s) => /katex/i.test(s))).toEqual([]);
  const sorted = await ready(page, 'sorted');
  await expect(sorted.getByTestId('coefficient')).toHaveText('339024');
});

test('builder: lists partitions, picks n from the table by keyboard, and restores its state from the URL', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'partitions-builder');
  await setNumber(w, 'Coefficient of xⁿ at n', '5');
  await expect(w.getByTestId('listing')).toContainText('The 7 ways to make 5');
  await expect(w.getByTestId('listing').getByRole('listitem').filter({ hasText: /^3\+1\+1$/ })).toHaveCount(1);
  await w.getByRole('button', { name: 'Choose n = 6' }).focus();
  await page.keyboard.press('Enter');
  await expect(w.getByTestId('listing')).toContainText('The 11 ways to make 6');
  await w.getByLabel('Allowed parts').selectOption('odd');
  await expect(w.getByTestId('listing')).toContainText('The 4 ways to make 6');
  await expect.poll(() => query(page).get('partitions-builder.parts')).toBe('odd');
  await expect.poll(() => query(page).get('partitions-builder.n')).toBe('6');
  await page.reload();
  const again = await ready(page, 'partitions-builder');
  await expect(again.getByLabel('Allowed parts')).toHaveValue('odd');
  await expect(again.getByRole('textbox', { name: 'Coefficient of xⁿ at n' })).toHaveValue('6');
  await expect(again.getByTestId('coefficient')).toHaveText('4');
});

test('builder: a coin set with junk gets a message at its control, typed or from the URL', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'partitions-builder');
  await w.getByLabel('Allowed parts').selectOption('coins');
  await setText(w, 'Coin values', '1, 5, banana');
  await expect(w.getByText("Coin values: 'banana' is not a positive integer.")).toBeVisible();
  await expect(w.getByText('Not computed: fix the input marked above.')).toBeVisible();
  await setText(w, 'Coin values', '1, 5, 10');
  await setNumber(w, 'Coefficient of xⁿ at n', '10');
  await expect(w.getByTestId('coefficient')).toHaveText('4');
  await page.goto(`${NOTEBOOK}&partitions-builder.parts=coins&partitions-builder.coins=2,-3`);
  const again = widget(page, 'partitions-builder');
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByText("Coin values: '-3' is not a positive integer.")).toBeVisible();
  await expect(again.getByText('Not computed: fix the input marked above.')).toBeVisible();
});

test('builder: n runs over 0 … N; a long series says up front how long, and the page stays usable', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'partitions-builder');
  const notice = w.getByTestId('long-job');
  const nBox = w.getByRole('textbox', { name: 'Coefficient of xⁿ at n' });
  await expect(notice).toHaveText('');
  // At N = 30 the n slider ends at x^30 (it ran to 200 000), and its arrows move n by one.
  await w.getByRole('slider', { name: 'Coefficient of xⁿ at n' }).focus();
  await page.keyboard.press('End');
  await expect(nBox).toHaveValue('30');
  await page.keyboard.press('ArrowLeft');
  await expect(nBox).toHaveValue('29');
  await expect(w.getByTestId('coefficient')).toHaveText('4565');
  // The largest N: the estimate shows as the job starts, before any result.
  await setNumber(w, 'Expand up to power N', '200000');
  await expect(notice).toHaveText(/^Expanding up to x\^200000 is a long job: about \d+ (s|min) on a laptop, longer on a phone\./);
  await expect(w.locator('progress')).toBeVisible();
  // While it runs, the page answers: a typed n reaches the address, and the job goes on.
  await setNumber(w, 'Coefficient of xⁿ at n', '12');
  await expect.poll(() => query(page).get('partitions-builder.n')).toBe('12');
  await expect(w.locator('progress')).toBeVisible();
  await expect(notice).not.toHaveText('');
  await w.getByRole('button', { name: 'Cancel' }).click();
  await expect(w.getByText('Cancelled.').first()).toBeVisible();
  await setNumber(w, 'Expand up to power N', '30');
  await expect(w.getByTestId('coefficient')).toHaveText('77');
  await expect(notice).toHaveText('');
});

test('builder: a big expansion runs as a job with progress and can be cancelled', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'partitions-builder');
  await setNumber(w, 'Expand up to power N', '100000');
  await expect(w.getByText(/Parts stop at 5000/)).toBeVisible();
  await expect(w.locator('progress')).toBeVisible();
  await w.getByRole('button', { name: 'Cancel' }).click();
  await expect(w.getByText('Cancelled.').first()).toBeVisible();
  await expect(w.getByRole('button', { name: 'Compute again' })).toBeVisible();
  await setNumber(w, 'Expand up to power N', '40');
  await expect(w.getByText(/Computed in/)).toBeVisible();
  await expect(w.getByTestId('coefficient')).toHaveText('42');
});

test('Euler: equal counts, Glaisher merges drawn as Young diagrams, bad partitions explained, URL state', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'partitions-euler');
  await expect(w.getByTestId('agreement')).toContainText('✓ For every n from 0 to 60 the two counts are equal');
  await expect(w.getByTestId('glaisher').locator('output')).toHaveText('6+5+2+1');
  await expect(w.getByRole('img', { name: /^Young diagram of / })).toHaveCount(3);
  await setText(w, /A partition into odd/, '5+4+4');
  await expect(w.getByText('Partition: 4 is even and repeated: use only odd parts (repeats allowed) or only distinct parts.')).toBeVisible();
  await setText(w, /A partition into odd/, '3+3+3');
  await expect(w.getByTestId('glaisher').locator('output')).toHaveText('6+3');
  await expect.poll(() => query(page).get('partitions-euler.partition')).toBe('3+3+3');
  await page.reload();
  const again = await ready(page, 'partitions-euler');
  await expect(again.getByRole('textbox', { name: /A partition into odd/ })).toHaveValue('3+3+3');
});

test('Franklin: counts agree with Euler, the move drawn and described, stepped, applied and undone', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'partitions-franklin');
  await expect(w.getByTestId('franklin-agreement')).toContainText("✓ For every n from 0 to 60, counting gives q_even(n) − q_odd(n) = Euler's coefficient");
  await expect(w.getByRole('img', { name: /^Diagram of 7\+6\+5\+2 before the move/ })).toHaveCount(1);
  await expect(w.getByRole('img', { name: /^Diagram of 8\+7\+5 after the move/ })).toHaveCount(1);
  await expect(w.getByTestId('franklin-description')).toContainText('7+6+5+2: smallest part s = 2, slope σ = 3 (7, 6, 5). Since s ≤ σ');
  await expect(w.getByTestId('franklin-position')).toHaveText(/^\d+ of 64 partitions of 20 into distinct parts$/);
  await expect(w.getByTestId('franklin-count')).toContainText('Franklin’s map pairs them all off');
  // Applying the map twice returns: it is an involution.
  await w.getByRole('button', { name: 'Apply the map to 8+7+5' }).click();
  await expect(w.getByRole('textbox', { name: /A partition into distinct parts/ })).toHaveValue('8+7+5');
  await expect(w.getByTestId('franklin-description')).toContainText('Since s > σ');
  await w.getByRole('button', { name: 'Apply the map to 7+6+5+2' }).click();
  await expect(w.getByRole('textbox', { name: /A partition into distinct parts/ })).toHaveValue('7+6+5+2');
  // Stepping through the partitions of 20 by keyboard.
  const before = await w.getByTestId('franklin-position').textContent();
  await w.getByRole('button', { name: 'Next partition of 20 into distinct parts' }).focus();
  await page.keyboard.press('Enter');
  await expect(w.getByTestId('franklin-position')).not.toHaveText(before!);
  await expect.poll(() => query(page).get('partitions-franklin.partition')).not.toBe('7+6+5+2');
});

test('Franklin: a pentagonal staircase is left alone, bad partitions explained, URL state and N', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'partitions-franklin');
  await setText(w, /A partition into distinct parts/, '5+4+3');
  await expect(w.getByTestId('franklin-description')).toContainText('No move is possible');
  await expect(w.getByTestId('franklin-description')).toContainText('12 = j(3j − 1)/2 with j = 3, and its sign (−1)^3 = −1');
  await expect(w.getByTestId('franklin-count')).toContainText('pairs off all but 5+4+3');
  await expect(w.getByRole('button', { name: /^Apply the map/ })).toBeDisabled();
  await expect.poll(() => query(page).get('partitions-franklin.partition')).toBe('5+4+3');
  await setText(w, /A partition into distinct parts/, '5+5+1');
  await expect(w.getByText('Partition: 5 appears more than once: the parts must be distinct.')).toBeVisible();
  await setText(w, /A partition into distinct parts/, '50+20');
  await expect(w.getByText('Partition: the parts add up to 70; keep the total at most 60.')).toBeVisible();
  await setNumber(w, 'Count up to n =', '1000');
  await expect(w.getByText('Count up to n: 1000 is outside 1…500; using 500')).toBeVisible();
  await expect(w.getByTestId('franklin-agreement')).toContainText('For every n from 0 to 500');
  await page.goto(`${NOTEBOOK}&partitions-franklin.partition=4%2B3`);
  const again = await ready(page, 'partitions-franklin');
  await expect(again.getByRole('textbox', { name: /A partition into distinct parts/ })).toHaveValue('4+3');
  await expect(again.getByTestId('franklin-description')).toContainText('with j = −2, and its sign (−1)^2 = +1');
});

test('p(n): p(1000) exactly, congruence checks, and notes for bad n', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'partitions-pn');
  await expect(w.getByTestId('pn-value')).toHaveText(P1000);
  await expect(w.getByText('p(1000) has 32 digits')).toBeVisible();
  await setNumber(w, /^n$/, '99');
  await expect(w.getByTestId('pn-value')).toHaveText('169229875');
  await expect(w.getByText('✓ n = 99 = 5·19 + 4, and p(n) mod 5 = 0: p(5k+4) ≡ 0 (mod 5)')).toBeVisible();
  await setNumber(w, /^n$/, '-5');
  await expect(w.getByText('n: -5 is outside 1…100000000; using 1')).toBeVisible();
  await setNumber(w, /^n$/, '2.5');
  await expect(w.getByText('n: 2.5 is not a whole number; using 3')).toBeVisible();
  await expect(w.getByTestId('pn-value')).toHaveText('3');
  await setNumber(w, /^n$/, '1e9');
  await expect(w.getByText(/n: 1000000000 is outside 1…100000000; using 100000000/)).toBeVisible();
});

test('p(n): cancelling p(10^7) right after it starts, then computing it', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'partitions-pn');
  await expect(w.getByTestId('pn-value')).toHaveText(P1000);
  // p(10^7) takes about half a second, less than a scripted click needs to land, so the page itself
  // presses Cancel as soon as it appears (one task later, once the job is under way), long before the
  // job's worker has even loaded.
  await w.evaluate((el) => {
    const watch = new MutationObserver(() => {
      const cancel = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Cancel');
      if (cancel) {
        watch.disconnect();
        setTimeout(() => cancel.click());
      }
    });
    watch.observe(el, { childList: true, subtree: true });
  });
  await setNumber(w, /^n$/, '10000000');
  await expect(w.getByText('Cancelled.').first()).toBeVisible();
  await expect(w.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  await expect(w.getByTestId('pn-value')).toHaveCount(0);
  await w.getByRole('button', { name: 'Compute again' }).click();
  await expect(w.getByText(/^p\(10000000\) has 3515 digits/)).toBeVisible();
  await expect(w.getByTestId('pn-value')).toHaveText(/^920271755026/);
});

test('embed: the p(n) widget alone, in its URL state', async ({ page }) => {
  await page.goto('./?embed=partitions-pn&n=5');
  const w = widget(page, 'partitions-pn');
  await waitForPlot(w);
  await expect(w.getByTestId('pn-value')).toHaveText('7');
});

test('embed: the Franklin widget alone, in its URL state', async ({ page }) => {
  await page.goto('./?embed=partitions-franklin&partition=8%2B7%2B5&N=30');
  const w = widget(page, 'partitions-franklin');
  await waitForPlot(w);
  await expect(w.getByTestId('franklin-description')).toContainText('giving 7+6+5+2');
  await expect(w.getByTestId('franklin-agreement')).toContainText('from 0 to 30');
  await expectAccessible(page);
});

test('accessibility scan of the whole page', async ({ page }) => {
  test.slow(); // axe over a page with about 150 typeset formulas takes a while
  await page.goto(NOTEBOOK);
  await expect(page.locator('.slot')).toHaveCount(7);
  await waitForPlot(page.locator('.slot').first());
  await expectAccessible(page);
});

test('every widget loaded: nothing overflows sideways (phones), and the widgets pass an accessibility scan', async ({ page }) => {
  test.slow();
  await page.goto(NOTEBOOK);
  for (const id of ['ordered', 'sorted', 'partitions-builder', 'partitions-euler', 'partitions-franklin', 'partitions-pn']) await ready(page, id);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).include('[data-widget]').exclude('.js-plotly-plot').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
});
