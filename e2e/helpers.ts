/** Shared steps for the browser tests. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** A widget on the page by its slot id (or name on the embed page). */
export function widget(page: Page, id: string): Locator {
  return page.locator(`#widget-${id}`);
}

/** Waits until a widget has drawn its plot and finished computing. */
export async function waitForPlot(w: Locator): Promise<void> {
  // Widgets compute and draw only near the viewport, as a reader scrolls to them.
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.plot-target .main-svg').first()).toBeVisible();
  await expect(w.getByText(/Computed in/)).toBeVisible();
}

/** Types into a labelled number field and commits it as a reader would (Enter). */
export async function setNumber(w: Locator, label: string | RegExp, value: string): Promise<void> {
  const field = w.getByRole('textbox', { name: label });
  await field.fill(value);
  await field.press('Enter');
}

/** Fails on any serious or critical accessibility violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).exclude('.js-plotly-plot').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
}

/** The query parameters of the page's current address. */
export function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
