/**
 * What readers type into number boxes and lists: numbers too large for float64 clamp like any other
 * out-of-range value, hexadecimal is refused, full-width digits and Chinese commas are read, the box
 * always shows the value in use, and a refusal keeps the last good figure, marked.
 */
import { expect, test, type Locator } from '@playwright/test';
import { query, setNumber, waitForPlot, widget } from './helpers';

/** Types into a labelled text field and commits it as a reader would (leaving the field). */
async function setText(w: Locator, label: string | RegExp, value: string): Promise<void> {
  const field = w.getByRole('textbox', { name: label });
  await field.fill(value);
  await field.press('Tab');
}

test('number box: 1e400 clamps like 99999999, the box shows the value in use, 0x10 is refused, ２０２３ is read', async ({ page }) => {
  await page.goto('./?embed=rope-digits');
  const w = widget(page, 'rope-digits');
  await waitForPlot(w);
  const box = w.getByRole('textbox', { name: 'Position n' });
  const note = w.locator('#embed-position-note');

  await setNumber(w, 'Position n', '99999999');
  await expect(note).toHaveText('Position n: 99999999 is outside 0…1000000; using 1000000');
  await expect(box).toHaveValue('1000000');
  // Typed again into the focused box: the value in use does not change, and the box shows it.
  await setNumber(w, 'Position n', '1e400');
  await expect(note).toHaveText('Position n: 1e400 is outside 0…1000000; using 1000000');
  await expect(box).toHaveValue('1000000');

  await setNumber(w, 'Position n', '0x10');
  await expect(note).toHaveText('Position n: "0x10" is not a decimal number; keeping 1000000');
  await expect(box).toHaveValue('1000000');
  await expect.poll(() => query(page).get('position')).toBe('1000000');

  await setNumber(w, 'Position n', '２０２３');
  await expect(box).toHaveValue('2023');
  await expect(note).toHaveText('');
  await expect(w.getByText(/n = 2023 written in base β/)).toBeVisible();
});

test('coin list: full-width digits and Chinese commas are read; a refusal keeps the last figure, marked', async ({ page }) => {
  await page.goto('./?embed=partitions-builder&parts=coins');
  const w = widget(page, 'partitions-builder');
  await waitForPlot(w);
  await setText(w, 'Coin values', '１，２，５');
  await expect(w.getByRole('textbox', { name: 'Coin values' })).toHaveValue('1,2,5');
  await setNumber(w, 'Coefficient of xⁿ at n', '10');
  await expect(w.getByTestId('coefficient')).toHaveText('10'); // ways to pay 10 with 1, 2 and 5
  await setText(w, 'Coin values', '1、2、10');
  await expect(w.getByRole('textbox', { name: 'Coin values' })).toHaveValue('1,2,10');
  await expect(w.getByTestId('coefficient')).toHaveText('7'); // and with 1, 2 and 10

  await setText(w, 'Coin values', '1, two');
  await expect(w.getByText("Coin values: 'two' is not a positive integer.")).toBeVisible();
  await expect(w.getByTestId('stale-note')).toContainText('still show the previous product');
  await expect(w.locator('.plot-target .main-svg').first()).toBeVisible();
});

test('a refusal with no figure before it shows a line of text, not empty axes', async ({ page }) => {
  await page.goto('./?embed=partitions-builder&parts=coins&coins=two');
  const w = widget(page, 'partitions-builder');
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByText("Coin values: 'two' is not a positive integer.")).toBeVisible();
  await expect(w.getByText('No figure yet.')).toBeVisible();
  await expect(w.locator('.plot-target .main-svg')).toHaveCount(0);
});
