/**
 * Build-time pictures of figures (src/core/pictures.ts, scripts/pictures.mjs): the test build pictures
 * rope-digits and the sequence figures (scripts/test.mjs sets KEXUE_PICTURES), so a figure in its
 * starting state shows its picture while plotly loads, and the live plot takes its place.
 * Plotly's chunks are held back here until the test lets them through.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { expectAccessible, setNumber, widget } from './helpers';

/** Holds every plotly chunk request until `release` is called. */
async function holdPlotly(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/plotly-[^/]*\.js$/, (route) => (released ? route.continue() : void held.push(route)));
  return async () => {
    released = true;
    await Promise.all(held.splice(0).map((r) => r.continue()));
  };
}

/** The picture a plot shows, by the theme, language and width it was made for. */
const picture = (page: Page, id: string) => widget(page, id).locator('.plot img.picture');

test('an embed in its defaults shows its picture until the live plot is drawn', async ({ page, isMobile }) => {
  const release = await holdPlotly(page);
  await page.goto('./?embed=rope-digits');
  const img = picture(page, 'rope-digits');
  await expect(img).toBeVisible();
  // The phone project is dark and 360 px wide; the desktop one light and 1280 px.
  await expect(img).toHaveAttribute('src', isMobile ? /pictures\/rope-digits-[0-9a-f]{8}-0-dark-en-narrow\.webp$/ : /pictures\/rope-digits-[0-9a-f]{8}-0-light-en-wide\.webp$/);
  // Visible means laid out in its reserved box; the file itself may still be arriving.
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  await expect(widget(page, 'rope-digits').getByText('Picture of the figure; the live one is loading…')).toBeVisible();
  await expectAccessible(page);
  await release();
  await expect(widget(page, 'rope-digits').locator('.plot-target .main-svg').first()).toBeVisible();
  await expect(img).toHaveCount(0);
});

test('moving a control before plotly arrives takes the picture away', async ({ page }) => {
  const release = await holdPlotly(page);
  await page.goto('./?embed=rope-digits');
  const w = widget(page, 'rope-digits');
  await expect(picture(page, 'rope-digits')).toBeVisible();
  await setNumber(w, /Head dimension d/, '128');
  await expect(picture(page, 'rope-digits')).toHaveCount(0);
  await expect(w.getByText('Loading plot…')).toBeVisible();
  await release();
  await expect(w.locator('.plot-target .main-svg').first()).toBeVisible();
});

test('a state without a picture shows none; a notebook slot and the Chinese edition have their own', async ({ page }) => {
  const release = await holdPlotly(page);
  await page.goto('./?embed=rope-digits&dim=128');
  await expect(widget(page, 'rope-digits').getByText('Loading plot…')).toBeVisible();
  await expect(picture(page, 'rope-digits')).toHaveCount(0);

  // The notebook's first figure (a sequence block) in Chinese, and rope-digits as the notebook sets it.
  await page.goto('./?notebook=rope-beta-base&lang=zh#widget-wavelengths');
  const first = picture(page, 'wavelengths');
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('src', /pictures\/rope-beta-base-wavelengths-[0-9a-f]{8}-0-(light|dark)-zh-(narrow|wide)\.webp$/);
  await widget(page, 'rope-digits').scrollIntoViewIfNeeded();
  await expect(picture(page, 'rope-digits')).toBeVisible();
  await expect.poll(() => picture(page, 'rope-digits').evaluate((i: HTMLImageElement) => i.naturalWidth > 0)).toBe(true);
  await release();
  await expect(first).toHaveCount(0);
});

test('a picture that is missing is left out, not shown broken', async ({ page }) => {
  await page.route(/\/pictures\//, (route) => route.fulfill({ status: 404, body: '' }));
  const release = await holdPlotly(page);
  await page.goto('./?embed=rope-digits');
  const w = widget(page, 'rope-digits');
  await expect(w.getByText('Loading plot…')).toBeVisible();
  await expect(picture(page, 'rope-digits')).toHaveCount(0);
  await release();
  await expect(w.locator('.plot-target .main-svg').first()).toBeVisible();
});
