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
