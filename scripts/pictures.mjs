/**
 * Pictures of figures, made after Vite has built the site (src/core/pictures.ts says what they are for):
 * serves the build in DIR (default dist), opens every state the build listed in DIR/pictures.json as
 * its embed page, in each language, theme and width, waits until every plot is plotly's own drawing at
 * rest, and saves each plot as DIR/pictures/<stem>-<plot>-<theme>-<lang>-<width>.webp. A state that does
 * not come to rest fails the run, naming it. Usage: node scripts/pictures.mjs [DIR] [--port N].
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from './browser.mjs';

// The file names follow src/core/pictures.ts (pictureFile); the widths come with the build's list.
const LANGS = ['en', 'zh'];
const THEMES = ['light', 'dark'];
const READY_MS = 45_000;
/** Pixels per CSS px kept: a phone's screen is dense; on a desk the picture is soon replaced anyway. */
const SCALES = { narrow: 2, wide: 1 };
/** WebP quality: lines and text stay clean, and a heatmap is a tenth of its PNG. */
const QUALITY = 0.9;

/** Makes the pictures of the build in `dir` with the Chromium at `executablePath`, serving on `port`; returns how many. */
export async function makePictures(dir, executablePath, port = 4178) {
  const listPath = join(dir, 'pictures.json');
  if (!existsSync(listPath)) return 0;
  const { viewports, states } = JSON.parse(readFileSync(listPath, 'utf8'));
  mkdirSync(join(dir, 'pictures'), { recursive: true });
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const server = await preview({ build: { outDir: dir }, preview: { port, host: '127.0.0.1', strictPort: true }, logLevel: 'warn' });
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_FLAGS,
  });
  const base = `http://127.0.0.1:${port}/`;
  const jobs = states.flatMap((state) => LANGS.map((lang) => ({ state, lang })));
  let made = 0;
  let bytes = 0;
  try {
    // Two pages at a time: one per core of a small machine.
    const worker = async () => {
      const context = await browser.newContext({ viewport: { width: viewports.narrow, height: 900 }, deviceScaleFactor: 2, colorScheme: 'light' });
      const page = await context.newPage();
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const files = await photograph(page, base, job.state, job.lang, dir, viewports);
        made += files.length;
        for (const f of files) bytes += statSync(f).size;
      }
      await context.close();
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await browser.close();
    await new Promise((r) => server.httpServer.close(r));
  }
  console.log(`[pictures] ${made} pictures of ${states.length} states, ${(bytes / 1024 / 1024).toFixed(1)} MB, in ${join(dir, 'pictures')}`);
  return made;
}

/** Every plot of one state in one language, in both themes and at each width of `viewports`. */
async function photograph(page, base, state, lang, dir, viewports) {
  const files = [];
  await page.setViewportSize({ width: viewports.narrow, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${base}?${state.query}&lang=${lang}`);
  for (const [width, px] of Object.entries(viewports)) {
    await page.setViewportSize({ width: px, height: 900 });
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      await atRest(page, state.query, theme);
      // A plot still empty may wait for a second computation: give it a moment before leaving it out.
      if (await page.locator('.plot[data-picture] .plot-target.empty').count()) {
        await page.waitForTimeout(1500);
        await atRest(page, state.query, theme);
      }
      for (const plot of await page.locator('.plot[data-picture]').all()) {
        if (await plot.locator('.plot-target.empty').count()) continue;
        const index = await plot.getAttribute('data-picture');
        const file = join(dir, 'pictures', `${state.stem}-${index}-${theme}-${lang}-${width}.webp`);
        const png = await plot.screenshot({ animations: 'disabled' });
        writeFileSync(file, await asWebp(page, png, SCALES[width]));
        files.push(file);
      }
    }
  }
  return files;
}

/** A screenshot (PNG, at the page's 2 px per CSS px) as WebP at `scale` px per CSS px, by the page's own encoder. */
async function asWebp(page, png, scale) {
  const base64 = await page.evaluate(
    async ({ data, scale, quality }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(Math.round((image.width * scale) / 2), Math.round((image.height * scale) / 2));
      const ctx = canvas.getContext('2d');
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
      const blob = await canvas.convertToBlob({ type: 'image/webp', quality });
      const out = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (let i = 0; i < out.length; i += 0x8000) text += String.fromCharCode(...out.subarray(i, i + 0x8000));
      return btoa(text);
    },
    { data: png.toString('base64'), scale, quality: QUALITY },
  );
  return Buffer.from(base64, 'base64');
}

/** Waits until the page shows `theme` and every plot is plotly's drawing at rest, fitted to its box. */
async function atRest(page, query, theme) {
  try {
    await page.waitForFunction(
      (wanted) => {
        if (document.documentElement.dataset.theme !== wanted) return false;
        const plots = [...document.querySelectorAll('.plot[data-picture]')];
        if (plots.length === 0 || document.querySelector('.picture, [aria-busy="true"]')) return false;
        let drawn = 0;
        const settled = plots.every((plot) => {
          const target = plot.querySelector('.plot-target');
          if (!target) return false;
          if (target.classList.contains('empty')) return true;
          const svg = target.querySelector('svg.main-svg');
          drawn += 1;
          return target.hasAttribute('data-resting') && svg !== null && Math.abs(Number(svg.getAttribute('width')) - target.clientWidth) <= 1;
        });
        // A widget's figures start empty until its first result: at least one must be drawn.
        return settled && drawn > 0;
      },
      theme,
      { timeout: READY_MS, polling: 100 },
    );
    // A theme or width change redraws in the next frames: wait for them, then for rest again.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForFunction(() => [...document.querySelectorAll('.plot-target')].every((t) => t.classList.contains('empty') || t.hasAttribute('data-resting')), null, {
      timeout: READY_MS,
      polling: 100,
    });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  } catch (err) {
    throw new Error(`[pictures] ?${query} (${theme}) did not come to rest: ${err.message}`, { cause: err });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const port = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : undefined;
  const dist = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? 'dist';
  await makePictures(dist, findChromium(), port);
}
