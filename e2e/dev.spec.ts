/**
 * The authoring loop: with the dev server running, editing a notebook reloads the page, and a
 * mistake shows in the overlay as `file:line: message`. Uses a temporary notebook it removes again.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type ViteDevServer } from 'vite';

const file = 'notebooks/zz-dev-check.md';
const added = 'notebooks/zz-dev-added.md';
const port = Number(process.env.E2E_PORT || 4173) + 100;
const frontMatter = readFileSync('notebooks/rope-beta-base.md', 'utf8').split('---')[1].replace(/order: \d+/, 'order: 999');
const write = (body: string) => writeFileSync(file, `---${frontMatter}---\n${body}\n`);

let server: ViteDevServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browserName: _ }, info) => {
  test.skip(info.project.name !== 'desktop-light', 'one project is enough for the dev loop');
  write('First version of the text.');
  server = await createServer({ logLevel: 'silent', server: { port, host: '127.0.0.1', strictPort: true } });
  await server.listen();
});
test.afterAll(async () => {
  // Only the project that started the server cleans up: the other one skips, in a worker that may run
  // at the same time, and removing the files under the running server would reload its pages.
  if (!server) return;
  rmSync(file, { force: true });
  rmSync(added, { force: true });
  await server.close();
});

test('editing a notebook hot-reloads it; a mistake shows file:line in the overlay', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`http://127.0.0.1:${port}/?notebook=zz-dev-check`);
  await expect(page.getByText('First version of the text.')).toBeVisible({ timeout: 60_000 });
  write('Second version of the text.');
  await expect(page.getByText('Second version of the text.')).toBeVisible({ timeout: 30_000 });
  write('A bad block:\n\n```widget no-such-widget\n```');
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toContainText('notebooks/zz-dev-check.md:12: unknown widget "no-such-widget"', { timeout: 30_000 });
});

test('a notebook without a ## heading keeps the whole column of a wide screen', async ({ page }) => {
  test.setTimeout(120_000);
  write('Only a paragraph: no heading, so no contents.');
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(`http://127.0.0.1:${port}/?notebook=zz-dev-check`);
  const text = page.getByText('Only a paragraph: no heading, so no contents.');
  await expect(text).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0);
  expect((await text.boundingBox())!.width).toBeGreaterThan(600);
});

test('a notebook file added while the server runs appears on the index, and goes when removed', async ({ page }) => {
  test.setTimeout(120_000);
  write('A good version again.');
  await page.goto(`http://127.0.0.1:${port}/`);
  const link = page.getByRole('link', { name: 'Added while the server runs' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 });
  await expect(link).toHaveCount(0);
  writeFileSync(added, `---${frontMatter.replace(/^title: .*$/m, 'title: Added while the server runs')}---\nA notebook that did not exist.\n`);
  await expect(link).toBeVisible({ timeout: 30_000 });
  rmSync(added);
  await expect(link).toHaveCount(0, { timeout: 30_000 });
});
