/**
 * Readout tables on phones: a table wider than the screen scrolls in its own box, with a shadow on the
 * side where more columns are, and never pushes the page sideways.
 */
import { expect, test } from '@playwright/test';
import { waitForPlot, widget } from './helpers';

test('a phone: tables scroll in their own box with a cue, and the page never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('./?notebook=scaling-laws');
  for (const id of ['scaling-quanta', 'scaling-optimal']) {
    const w = widget(page, id);
    await w.scrollIntoViewIfNeeded();
    await expect(w.locator('table').first()).toBeVisible();
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  // The budget table is wider than a phone: it scrolls, and its box shows a shadow where more columns are.
  const wrap = widget(page, 'scaling-optimal').locator('.table-wrap');
  const style = await wrap.evaluate((el) => ({
    scrolls: el.scrollWidth > el.clientWidth,
    image: getComputedStyle(el).backgroundImage,
    attachment: getComputedStyle(el).backgroundAttachment,
  }));
  expect(style.scrolls).toBe(true);
  expect(style.image).toContain('radial-gradient');
  expect(style.attachment).toContain('local');
});

// Figures that had no table of their own (issue 16, item 12): each tells its data in words and shows it as a table.
for (const name of ['rope-digits', 'rope-cos-map', 'rope-extension', 'lion-landscape', 'lion-updates', 'partitions-pn']) {
  test(`${name}: the figure describes its data in words, and shows it as a table`, async ({ page }, info) => {
    test.skip(info.project.name.startsWith('phone'), 'the same views at both widths');
    await page.goto(`./?embed=${name}`);
    const w = page.locator('[data-widget]');
    await waitForPlot(w);
    const figure = w.locator('[role=figure][aria-describedby]').first();
    const described = await figure.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${described}"]`)).toHaveText(/^Data: .*\d/);
    await w.getByText('Show the numbers as a table').click();
    const table = w.getByRole('region', { name: /the numbers behind the figure/ }).getByRole('table');
    await expect(table).toBeVisible();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
  });
}
