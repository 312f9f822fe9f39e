/**
 * Numbered display equations on phones: the number sits beside its formula, never over it, and a
 * formula wider than the screen scrolls with its number at the end.
 */
import { expect, test, type Page } from '@playwright/test';

/** Equations whose number overlaps any part of the formula, as laid out now (by id or index). */
function numbersOverFormulas(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return [...document.querySelectorAll('.math-display')].flatMap((eq, i) => {
      const tag = eq.querySelector('.katex-tag');
      if (!tag) return [];
      const t = tag.getBoundingClientRect();
      const bases = [...eq.querySelectorAll('.katex-html > .katex-base')].map((b) => b.getBoundingClientRect());
      return bases.some((b) => overlap(t, b)) ? [eq.id || `#${i}`] : [];
    });
  });
}

for (const slug of ['lion-optimizer', 'scaling-laws', 'partitions']) {
  test(`${slug}: no equation number is drawn over its formula, at 360 px and 390 px`, async ({ page }) => {
    for (const width of [360, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./?notebook=${slug}`);
      await expect(page.locator('.math-display .katex-tag').first()).toBeAttached();
      expect(await numbersOverFormulas(page)).toEqual([]);
    }
  });
}
