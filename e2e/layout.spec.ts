/**
 * A notebook page on phones and wide screens: the title before the contents on a phone, the contents
 * in a column of their own beside the text on a wide screen.
 */
import { expect, test } from '@playwright/test';

test('a phone shows the notebook title before its contents', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('./?notebook=lion-optimizer');
  const title = page.getByRole('heading', { level: 1 });
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(title).toBeVisible();
  expect((await title.boundingBox())!.y).toBeLessThan((await contents.boundingBox())!.y);
});

test('a wide screen keeps the contents in a column of their own beside the text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto('./?notebook=lion-optimizer');
  const contents = (await page.getByRole('navigation', { name: 'Contents' }).boundingBox())!;
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(contents.x + contents.width).toBeLessThanOrEqual(title.x);
  expect(title.width).toBeGreaterThan(600);
});

test("a notebook's later prose comes in its own chunk once the first figure is drawn", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  // Whether the page's closing section was there when the first figure was drawn.
  await page.addInitScript(() => {
    const w = window as unknown as { referencesAtFirstFigure?: boolean };
    document.addEventListener('kexue:plotted', () => (w.referencesAtFirstFigure ??= !!document.getElementById('references')), true);
  });
  await page.goto('./?notebook=primes');
  await expect(page.getByRole('heading', { name: 'References' })).toBeAttached({ timeout: 20_000 });
  expect(await page.evaluate(() => (window as unknown as { referencesAtFirstFigure?: boolean }).referencesAtFirstFigure)).toBe(false);
});

test('a contents link into the tail goes there before the first figure is drawn', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto('./?notebook=primes');
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'References' }).click();
  await expect(page).toHaveURL(/#references$/);
  await expect(page.getByRole('heading', { name: 'References' })).toBeInViewport();
});

test("an address naming a widget in a notebook's tail opens there", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto('./?notebook=primes#widget-primes-race');
  await expect(page.locator('#widget-primes-race')).toBeInViewport({ timeout: 10_000 });
  await expect(page.locator('article')).toHaveAttribute('data-complete', 'true');
  await expect(page.locator('#widget-primes-race')).toBeInViewport();
});
