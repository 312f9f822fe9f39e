/**
 * The first figure as a reader on a phone meets it (for `npm run bench`): every embed page, and every
 * notebook opened at its first widget (the address a copied widget link gives), in a 412 × 823
 * viewport with the page's CPU slowed 4× (CDP Emulation.setCPUThrottlingRate, as Lighthouse's mobile
 * profile assumes). Measured: the time from navigation to the first figure on screen (the first live
 * plot, and the first picture of one where the page shows a picture before the plot), and the gzip
 * bytes of JavaScript fetched before it (the worker's scripts and plotly's chunk included).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Every widget in src/widgets/specs.ts, by the `name` its spec file declares. */
export function widgetNames() {
  const list = readFileSync('src/widgets/specs.ts', 'utf8');
  return [...list.matchAll(/from '\.\/([\w-]+)\/spec'/g)].map(([, folder]) => {
    const spec = readFileSync(`src/widgets/${folder}/spec.ts`, 'utf8');
    const name = /\bname: '([\w-]+)'/.exec(spec);
    if (!name) throw new Error(`src/widgets/${folder}/spec.ts declares no name the bench can read`);
    return name[1];
  });
}

/** Every notebook's slug (notebooks/<slug>.md; a translation, <slug>.zh.md, is the same notebook). */
export function notebookSlugs() {
  return readdirSync('notebooks')
    .filter((f) => /^[^.]+\.md$/.test(f))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** The pages measured: one per embed, one per notebook. */
export function firstFigurePages() {
  return [...widgetNames().map((w) => `?embed=${w}`), ...notebookSlugs().map((s) => `?notebook=${s}`)];
}

/** The address of a notebook's first widget (its slot's id as the hash), found on an unthrottled load. */
async function firstWidgetAddress(browser, base, path) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  await page.goto(base + path);
  const slot = page.locator('.slot').first();
  await slot.waitFor({ state: 'attached', timeout: 30000 });
  const id = await slot.getAttribute('id');
  await page.close();
  return id ? `${path}#${id}` : path;
}

/**
 * Loads `path` fresh at 412 × 823 with the CPU slowed 4× and waits for its first figure. Returns the
 * milliseconds from navigation to the first plotted figure (and to the first picture of one, if any),
 * and the gzip KB of scripts whose download finished before the first figure was on screen.
 */
export async function firstFigure(browser, base, path) {
  const address = path.startsWith('?notebook=') ? await firstWidgetAddress(browser, base, path) : path;
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const marks = { plot: null, picture: null };
    window.__firstFigure = marks;
    // Epoch times, to compare with when each script finished downloading.
    document.addEventListener('kexue:plotted', () => (marks.plot ??= performance.timeOrigin + performance.now()), true);
    document.addEventListener('kexue:picture', () => (marks.picture ??= performance.timeOrigin + performance.now()), true);
  });
  const scripts = [];
  /** The gzip size of a finished script, or 0 once the page is gone (a script that finished too late). */
  const gzipped = async (req) => {
    try {
      const res = await req.response();
      return res ? gzipSync(await res.body()).length : 0;
    } catch {
      return 0;
    }
  };
  page.on('requestfinished', (req) => {
    if (req.resourceType() !== 'script') return;
    const at = Date.now();
    scripts.push(gzipped(req).then((gz) => ({ url: req.url(), at, gz })));
  });
  const navigatedAt = Date.now();
  await page.goto(base + address, { waitUntil: 'commit' });
  const start = await page.evaluate(() => performance.timeOrigin);
  await page.waitForFunction(() => window.__firstFigure.plot !== null, null, { timeout: 90000, polling: 100 });
  const marks = await page.evaluate(() => window.__firstFigure);
  const fetched = await Promise.all(scripts);
  await context.close();
  const first = Math.min(marks.plot, marks.picture ?? Infinity);
  const before = fetched.filter((s) => s.at <= marks.plot);
  const kb = (list) => Number((list.reduce((sum, s) => sum + s.gz, 0) / 1024).toFixed(1));
  const beforePicture = marks.picture === null ? null : kb(fetched.filter((s) => s.at <= marks.picture));
  return {
    path: address,
    // performance.timeOrigin is the navigation's start; Date.now() before goto is the fallback.
    firstPlotMs: Math.round(marks.plot - (start || navigatedAt)),
    firstFigureMs: Math.round(first - (start || navigatedAt)),
    jsGzipBeforePlotKB: kb(before),
    jsGzipBeforePictureKB: beforePicture,
    plotlyGzipKB: kb(before.filter((s) => /\/plotly-/.test(s.url))),
    scripts: before.length,
  };
}

/** The Markdown table of first-figure measurements. */
export function firstFigureTable(rows) {
  const lines = [
    '| page (412 × 823, CPU 4× slower) | first picture (ms) | JS gzip KB before it | first live plot (ms) | JS gzip KB before it (plotly) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const shown = r.firstFigureMs < r.firstPlotMs;
    lines.push(`| \`${r.path}\` | ${shown ? r.firstFigureMs : '–'} | ${shown ? r.jsGzipBeforePictureKB : '–'} | ${r.firstPlotMs} | ${r.jsGzipBeforePlotKB} (${r.plotlyGzipKB}) |`);
  }
  return lines.join('\n');
}
