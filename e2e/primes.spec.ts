import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, query, setNumber, waitForPlot, widget } from './helpers';

const NOTEBOOK = './?notebook=primes';
const WIDGETS = ['primes-sieve', 'primes-questions', 'primes-lucy', 'primes-race'];

/** A widget on the notebook page once it has drawn (waitForPlot scrolls to it: widgets mount near the viewport). */
async function ready(page: Page, id: string): Promise<Locator> {
  await waitForPlot(widget(page, id));
  return widget(page, id);
}

test('the notebook: original article, numbered equations, references and every widget', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Sums of primes, exactly' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sums of primes, exactly' })).toBeVisible();
  await expect(page.getByRole('link', { name: /两百万前素数之和与前两百万素数之和/ }).first()).toHaveAttribute('href', 'https://kexue.fm/archives/2612');
  await expect(page.getByRole('link', { name: 'A046731' })).toHaveAttribute('href', 'https://oeis.org/A046731');
  await expect(page.getByRole('link', { name: /Algorithm \+ Fenwick Trees/ })).toHaveAttribute('href', /gbroxey\.github\.io/);
  expect(await page.locator('.katex .katex-mathml math').count()).toBeGreaterThan(40);
  for (const id of WIDGETS) await expect(widget(page, id)).toHaveCount(1);
});

test('sieve: stepping prime by prime, the work counted, state kept in the URL', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'primes-sieve');
  await expect(w.getByTestId('sieve-step')).toContainText('Step 2: the multiples of 3 from 3² = 9 on');
  await expect(w.getByTestId('sieve-work')).toHaveText('97');
  // Keyboard: the step slider moves with the arrow keys.
  await w.getByRole('slider', { name: 'Primes used so far' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(w.getByTestId('sieve-step')).toContainText('done — the 30 numbers left are the primes ≤ 120');
  await setNumber(w, /^Numbers up to N/, '1000');
  await expect(w.getByTestId('sieve-step')).toContainText('Step 4: the multiples of 7');
  await w.getByLabel('Columns').selectOption('30');
  await expect.poll(() => query(page).get('primes-sieve.N')).toBe('1000');
  await expect.poll(() => query(page).get('primes-sieve.columns')).toBe('30');
  await page.reload();
  const again = await ready(page, 'primes-sieve');
  await expect(again.getByRole('textbox', { name: /^Numbers up to N/ })).toHaveValue('1000');
  await expect(again.getByLabel('Columns')).toHaveValue('30');
  await expect(again.getByTestId('sieve-step')).toContainText('Step 4: the multiples of 7');
  // The data as a table.
  await again.getByText('Show the data as a table').click();
  await expect(again.getByRole('region', { name: /Work per step of the sieve of 1…1000/ }).getByRole('row')).toHaveCount(12);
});

test('sieve: bad input gets a note at its control and the board stays', async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'primes-sieve');
  await setNumber(w, /^Numbers up to N/, '-5');
  await expect(w.getByText('Numbers up to N: -5 is outside 10…1200; using 10')).toBeVisible();
  await expect(w.getByTestId('sieve-step')).toContainText('done — the 4 numbers left are the primes ≤ 10');
  await setNumber(w, /^Numbers up to N/, 'many');
  await expect(w.getByText(/Numbers up to N: .*many.* is not a number; keeping 10/)).toBeVisible();
  await setNumber(w, /^Numbers up to N/, '１２０'); // full-width digits, as a Chinese keyboard types them
  await expect(w.getByTestId('sieve-step')).toContainText('Step 2: the multiples of 3');
  await setNumber(w, /^Primes used so far/, '9');
  await expect(w.getByText(/N = 120 needs only 4 steps/)).toBeVisible();
  await expect(w.getByTestId('sieve-primes')).toHaveText('30');
});

// Known defect, open (session of 2026-12-07): a second number typed into a primes widget's box soon
// after a first one (here 'Primes removed so far' before a reload; below 'Sum of the first N primes'
// after a clamped 1e12) is sometimes not the value the widget ends with. Both tests pass alone and
// failed in CI and in serial runs; they stay as the reproduction until the cause is found.
test("Lucy's table: the recursion for a picked row, counts and sums, URL state", async ({ page }) => {
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'primes-lucy');
  const recursion = w.getByTestId('lucy-recursion');
  await expect(recursion).toContainText('Removing 3, for v = 100');
  await expect(recursion.locator('math')).toContainText('1637');
  await w.getByRole('button', { name: 'Show the recursion for v = 33' }).click();
  await expect(recursion).toContainText('for v = 33');
  await expect.poll(() => query(page).get('primes-lucy.v')).toBe('33');
  await w.getByLabel('Table of').selectOption('count');
  await setNumber(w, /^Primes removed so far/, '4');
  // After the last prime the first row is π(100) = 25.
  await expect(w.getByTestId('lucy-table').getByRole('row').nth(1)).toContainText('25');
  await page.reload();
  const again = await ready(page, 'primes-lucy');
  await expect(again.getByLabel('Table of')).toHaveValue('count');
  await expect(again.getByTestId('lucy-recursion')).toContainText('Removing 7, for v = 33');
  await setNumber(again, /^Recursion shown for v/, '40');
  await expect(again.getByText(/40 is not one of the values ⌊x\/k⌋; showing 33/)).toBeVisible();
  await setNumber(again, /^x$/, '2.5');
  await expect(again.getByText('x: 2.5 is not a whole number; using 3')).toBeVisible();
});

test('two questions: the article’s answers, a big x as a cancellable job, bad input', async ({ page }) => {
  test.slow(); // exact sums up to 10^10 on a shared machine
  await page.goto(NOTEBOOK);
  const w = await ready(page, 'primes-questions');
  await expect(w.getByTestId('sum-up-to')).toHaveText('142913828922');
  await expect(w.getByTestId('sum-of-first')).toHaveText('31381137530481');
  await expect(w.getByTestId('nth-prime')).toHaveText('32\u2009452\u2009843');
  // 10^13 runs for seconds in a worker of its own, with progress and a Cancel button.
  await setNumber(w, /^Sum of the primes up to x/, '10000000000000');
  await expect(w.locator('progress')).toBeVisible();
  await w.getByRole('button', { name: 'Cancel' }).click();
  await expect(w.getByText('Cancelled.').first()).toBeVisible();
  await setNumber(w, /^Sum of the primes up to x/, '10000000000');
  await expect(w.getByTestId('sum-up-to')).toHaveText('2220822432581729238');
  await expect.poll(() => query(page).get('primes-questions.x')).toBe('10000000000');
  await setNumber(w, /^Sum of the first N primes/, '1e12');
  await expect(w.getByText('Sum of the first N primes, N: 1000000000000 is outside 2…1000000000; using 1000000000')).toBeVisible();
  await setNumber(w, /^Sum of the first N primes/, '100');
  await expect(w.getByTestId('sum-of-first')).toHaveText('24133');
  await page.reload();
  const again = await ready(page, 'primes-questions');
  await expect(again.getByTestId('sum-up-to')).toHaveText('2220822432581729238');
  await expect(again.getByTestId('sum-of-first')).toHaveText('24133');
});

test('the race: laps run live, agree, and stop on request', async ({ page }) => {
  test.slow();
  await page.goto(`${NOTEBOOK}&primes-race.xMax=100000`);
  const w = await ready(page, 'primes-race');
  await w.getByText('Show the data as a table').click();
  // x = 10^3 … 10^5 for three methods: 15 laps, each in a worker of its own.
  await expect(w.getByRole('region', { name: 'Every lap of the race' }).getByRole('row')).toHaveCount(16);
  await expect(w.getByTestId('data-summary')).toContainText('all methods agree on π(x) and the sum');
  await expect(w.getByTestId('race-disagree')).toHaveCount(0);
  await w.getByRole('checkbox', { name: 'Sieve of Eratosthenes' }).uncheck();
  await setNumber(w, /^Race up to x/, '10000000000000');
  await w.getByRole('button', { name: 'Cancel' }).click();
  await expect(w.getByText('Stopped: the figure shows the laps that finished.')).toBeVisible();
  await expect.poll(() => query(page).get('primes-race.sieve')).toBe('false');
  await expect.poll(() => query(page).get('primes-race.xMax')).toBe('10000000000000');
});

test('embeds: each widget alone, in its URL state', async ({ page }) => {
  test.slow();
  await page.goto('./?embed=primes-sieve&N=30&step=3');
  await waitForPlot(page.locator('[data-widget=primes-sieve]'));
  await expect(page.getByTestId('sieve-primes')).toHaveText('10');
  await page.goto('./?embed=primes-lucy&x=1000&mode=count&step=11&v=1000');
  await waitForPlot(page.locator('[data-widget=primes-lucy]'));
  await expect(page.getByTestId('lucy-recursion').locator('math')).toContainText('168');
  await page.goto('./?embed=primes-questions&x=100&N=10');
  await waitForPlot(page.locator('[data-widget=primes-questions]'));
  await expect(page.getByTestId('sum-up-to')).toHaveText('1060');
  await expect(page.getByTestId('sum-of-first')).toHaveText('129');
  await page.goto('./?embed=primes-race&xMax=3000&lucy=false&fast=false');
  const race = page.locator('[data-widget=primes-race]');
  await waitForPlot(race);
  await expect(race.getByTestId('data-summary')).toContainText('the sieve reached x = 3\u2009000');
});

test('every widget loaded: nothing overflows sideways (phones), and the page passes an accessibility scan', async ({ page }) => {
  test.slow(); // axe over a page of typeset formulas and four widgets
  await page.goto(`${NOTEBOOK}&primes-race.xMax=10000`);
  await expect(page.locator('.slot')).toHaveCount(4);
  for (const id of WIDGETS) await ready(page, id);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
