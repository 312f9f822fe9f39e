/**
 * What a plot adds around its figure: no plotly toolbar (it offered to upload the chart to plotly's
 * cloud, added seven Tab stops per plot with a focus ring of its own, and covered legends on phones);
 * the widget frame's toolbar saves and shares instead.
 */
import { expect, test } from '@playwright/test';
import { waitForPlot, widget } from './helpers';

test('plots have no toolbar of their own, nothing that leaves the site, and no Tab stops', async ({ page }) => {
  await page.goto('./?embed=rope-digits');
  const w = widget(page, 'rope-digits');
  await waitForPlot(w);
  const plot = w.locator('.plot');
  // Hovering (or tapping, on a phone) is what showed plotly's toolbar.
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(plot.locator('.plot-target .main-svg').first()).toBeVisible();
  await expect(plot.locator('.modebar, .modebar-btn')).toHaveCount(0);
  await expect(page.locator('[data-title*="Share"], [data-title*="cloud" i]')).toHaveCount(0);
  expect(await plot.locator('a[href], button, [tabindex]:not([tabindex="-1"])').count()).toBe(0);
  // Saving and sharing stay on the frame's own toolbar.
  await expect(w.getByRole('toolbar')).toContainText('Save PNG');
});
