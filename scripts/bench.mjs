/**
 * `npm run bench`: builds the site, serves it, and measures it in Chromium (numbers, not a pass/fail):
 *  1. per route: gzip bytes of the JS and CSS a first load fetches, and whether plotly was fetched
 *     before any widget came near the viewport;
 *  2. per embed page and per notebook opened at its first widget: the first figure on a phone with the
 *     CPU slowed 4× (benchFirstFigure.mjs): JS gzip bytes before it, and the time to it;
 *  3. p(10^6), p(10^7), p(10^8) in the browser beside FLINT/Arb's C code (benchPartitions.mjs; `--only p(n)`),
 *     and Lighthouse's mobile performance score per notebook (benchLighthouse.mjs; `--only lighthouse`);
 *     sums of primes: the fast method in a browser worker beside plain Lucy_Hedgehog in C at 10^10 and
 *     10^11, the 10^12 and 10^13 jobs as a reader waits, limb against BigInt sums (benchPrimes.mjs; `--only primes`);
 *  4. per widget scenario: input-to-plot time (median, p95) over a 200-step slider drag, and the long
 *     tasks (> 50 ms) on the main thread during that drag (until its last input is plotted) and after it;
 *     where a drag misses the frame rate, a third, traced drag says which threads were busy per plot.
 * Writes .bench/latest.json and prints Markdown tables for the README. `--no-build` reuses the build;
 * `--only TEXT` runs just the routes, pages and scenarios whose names contain TEXT (written to
 * partial.json); `--dist DIR` builds into and serves DIR (default dist), `--port N` serves on N
 * (default 4174), so that two benches can run side by side.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from './browser.mjs';
import { ensureDeps } from './ensureDeps.mjs';
import { scenarios, routes } from './benchScenarios.mjs';
import { firstFigure, firstFigurePages, firstFigureTable, notebookSlugs } from './benchFirstFigure.mjs';
import { partitionsBeside, partitionsTable } from './benchPartitions.mjs';
import { lighthouseScores, lighthouseTable } from './benchLighthouse.mjs';
import { primesBeside, primesTable } from './benchPrimes.mjs';

const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const dist = option('--dist', 'dist');
const port = Number(option('--port', '4174'));
ensureDeps();
if (!process.argv.includes('--no-build')) execSync(`node scripts/build.mjs --outDir ${JSON.stringify(dist)} --emptyOutDir`, { stdio: 'inherit' });

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true'; // as scripts/vite.mjs: no config-loader warnings
const server = await preview({ build: { outDir: dist }, preview: { port, host: '127.0.0.1', strictPort: true } });
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_FLAGS,
});

/** Loads a route fresh and sums gzip sizes of the scripts and styles it fetched in the first 2 s. */
async function firstLoad(path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const bodies = [];
  page.on('response', async (res) => {
    const type = res.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    try {
      bodies.push({ url: res.url(), type, gz: gzipSync(await res.body()).length });
    } catch {
      // A response without a body (redirect, aborted) has nothing to count.
    }
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  // plotly's own code is in the chunks named plotly-… (vite.config.ts); ours may say plotly in its name.
  const plotlyEarly = bodies.some((b) => /\/plotly-/.test(b.url));
  const nearestWidget = await page.evaluate(() => {
    const tops = [...document.querySelectorAll('.slot')].map((el) => el.getBoundingClientRect().top - innerHeight);
    return tops.length ? Math.round(Math.min(...tops)) : null;
  });
  const cls = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );
  await page.close();
  const sum = (t) => bodies.filter((b) => b.type === t && !/\/plotly-/.test(b.url)).reduce((s, b) => s + b.gz, 0);
  return { path, jsGzip: sum('script'), cssGzip: sum('stylesheet'), plotlyEarly, nearestWidgetPx: nearestWidget, cls: Number(cls.toFixed(4)) };
}

/**
 * Waits until the widget has computed and drawn its first result: its figure not busy, and still not
 * busy 800 ms later (a job widget starts computing a moment after it mounts, and draws its first real
 * figure, a long task of its own, a second or more later: that is not part of a drag).
 */
async function atRest(widget) {
  const idle = widget.locator('.figure-wrap[aria-busy="false"]').first();
  for (let tries = 0; tries < 60; tries++) {
    await idle.waitFor({ timeout: 30000 });
    await widget.page().waitForTimeout(800);
    if (await idle.count()) return;
  }
  throw new Error('the widget never came to rest');
}

/** Whether a drag met the frame-rate goal: median ≤ 16.7 ms, p95 ≤ 33 ms, no long task. */
const atFrameRate = (w) => w.medianMs <= 16.7 && w.p95Ms <= 33 && w.longTasks === 0;

/**
 * CPU milliseconds per thread kind in a Chromium trace: the union of each thread's traced intervals
 * (tasks nest, and a worker's script runs outside the scheduler's task events), summed over the page's
 * main thread, its workers (the kernels' and any job's), and the compositor and GPU-process threads
 * that put frames on screen (with the browser process's main thread, which relays input and frames).
 */
function busyByThread(events) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const kind = (name = '') =>
    name === 'CrRendererMain' ? 'main' : name.startsWith('DedicatedWorker') ? 'worker' : /Compositor|Viz|CrBrowserMain|CrGpuMain/.test(name) ? 'frames' : null;
  const spans = new Map();
  for (const e of events) {
    // Thread time (tts, tdur: the CPU the thread got), not wall time: on two cores a thread waiting for
    // a core would otherwise count as busy.
    if (e.ph !== 'X' || e.tts === undefined || !e.tdur) continue;
    const thread = `${e.pid}:${e.tid}`;
    if (!spans.has(thread)) spans.set(thread, []);
    spans.get(thread).push([e.tts, e.tts + e.tdur]);
  }
  const busy = { main: 0, worker: 0, frames: 0 };
  for (const [thread, list] of spans) {
    const k = kind(names.get(thread));
    if (!k) continue;
    list.sort((a, b) => a[0] - b[0]);
    let [from, to] = list[0];
    for (const [a, b] of list) {
      if (a > to) {
        busy[k] += (to - from) / 1000;
        from = a;
      }
      to = Math.max(to, b);
    }
    busy[k] += (to - from) / 1000;
  }
  return busy;
}

/**
 * Drags a widget's slider through `steps` values, one per frame; times each input to its next plot.
 * With `trace`, the drag runs under a Chromium trace and reports which threads were busy, per plot:
 * the numbers behind a scenario that misses the frame-rate goal (tracing slows the page a little, so
 * these drags are not the timed ones).
 */
async function drag(s, { plain = false, trace = false } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // `plot=plain`: every figure drawn by plotly's documented API alone, the movers off (plotlyInternals.ts).
  await page.goto(base + s.url + (plain ? `${s.url.includes('?') ? '&' : '?'}plot=plain` : ''));
  const w = page.locator(s.widgetSelector).first();
  await w.scrollIntoViewIfNeeded();
  await w.locator('.plot-target .main-svg').first().waitFor({ timeout: 30000 });
  await atRest(w);
  const cdp = trace ? await page.context().newCDPSession(page) : null;
  const traced = [];
  if (cdp) {
    cdp.on('Tracing.dataCollected', (e) => traced.push(...e.value));
    await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8.execute,__metadata', transferMode: 'ReportEvents' });
  }
  const result = await w.evaluate(
    async (root, { slider, steps, waitMs }) => {
      const input = root.querySelector(slider);
      if (!input) throw new Error(`no slider ${slider}`);
      const min = Number(input.min), max = Number(input.max);
      const longTasks = [];
      const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push({ at: e.startTime, ms: e.duration })));
      obs.observe({ type: 'longtask' });
      const latencies = [];
      // Each plotted event names the input time behind the figure it drew (Plot.svelte); an input
      // superseded by a newer one before being drawn is not counted (stale requests are dropped).
      const start = performance.now();
      let lastCounted = start;
      let lastPlotAt = start;
      root.addEventListener('kexue:plotted', (e) => {
        const inputAt = e.detail?.inputAt ?? 0;
        if (inputAt <= lastCounted) return;
        lastCounted = inputAt;
        lastPlotAt = performance.now();
        latencies.push(lastPlotAt - inputAt);
      });
      for (let i = 0; i < steps; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        // Sweep back and forth across the slider's middle half, as a hand would.
        const f = 0.25 + 0.5 * Math.abs(((i / 50) % 2) - 1);
        input.value = String(min + f * (max - min));
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await new Promise((r) => setTimeout(r, waitMs));
      obs.disconnect();
      // The drag lasts until the last input is on screen; later tasks belong to the figure at rest
      // (plotly catching up with a redraw the hand no longer waits for).
      const during = longTasks.filter((t) => t.at < lastPlotAt);
      return { latencies, longTasks: during.map((t) => t.ms), settleTasks: longTasks.length - during.length };
    },
    // waitMs: how long to wait for the last plot after the drag (a long job restarted per input needs more).
    { slider: s.slider ?? 'input[type=range]', steps: 200, waitMs: s.waitMs ?? 1500 },
  );
  let busyPerPlot = null;
  if (cdp) {
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await complete;
    const busy = busyByThread(traced);
    const per = (ms) => Number((ms / Math.max(1, result.latencies.length)).toFixed(1));
    busyPerPlot = { main: per(busy.main), worker: per(busy.worker), frames: per(busy.frames) };
  }
  await page.close();
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const q = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN);
  return {
    name: s.name,
    plots: sorted.length,
    medianMs: Number(q(0.5).toFixed(1)),
    p95Ms: Number(q(0.95).toFixed(1)),
    longTasks: result.longTasks.length,
    longestTaskMs: result.longTasks.length ? Math.round(Math.max(...result.longTasks)) : 0,
    longTasksAtRest: result.settleTasks,
    ...(busyPerPlot ? { busyPerPlot } : {}),
  };
}

// `npm run bench -- --only rope` measures just the scenarios (and routes) whose name contains "rope".
const only = option('--only', null);
const pick = (name) => only === null || name.includes(only);
const out = { date: new Date().toISOString(), routes: [], firstFigures: [], partitions: null, primes: null, lighthouse: [], widgets: [] };
try {
  for (const r of routes.filter(pick)) out.routes.push(await firstLoad(r));
  for (const p of firstFigurePages().filter(pick)) out.firstFigures.push(await firstFigure(browser, base, p));
  if (pick('p(n)')) out.partitions = await partitionsBeside(browser, base);
  if (pick('primes')) out.primes = await primesBeside(browser, base);
  if (pick('lighthouse')) out.lighthouse = await lighthouseScores(findChromium(), base, notebookSlugs());
  // Each drag twice: with the movers, and with plotly's documented API alone (what the movers buy).
  // A drag that misses the frame rate is run a third time under a trace, to say where its time goes.
  for (const s of scenarios.filter((s) => pick(s.name))) {
    const moved = await drag(s);
    const plain = await drag(s, { plain: true });
    const traced = atFrameRate(moved) ? null : await drag(s, { trace: true });
    out.widgets.push({ ...moved, plain, ...(traced ? { traced } : {}) });
  }
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
}

mkdirSync('.bench', { recursive: true });
writeFileSync(only === null ? '.bench/latest.json' : '.bench/partial.json', JSON.stringify(out, null, 2));
const kb = (b) => (b / 1024).toFixed(1);
console.log('\n| route | first-load JS (gzip KB) | CSS (gzip KB) | plotly before a widget is near | CLS |');
console.log('| --- | --- | --- | --- | --- |');
const early = (r) =>
  !r.plotlyEarly ? 'no' : r.nearestWidgetPx !== null && r.nearestWidgetPx <= 800 ? `no (a widget is within the 800 px margin: ${r.nearestWidgetPx} px)` : 'YES: too early';
for (const r of out.routes) console.log(`| \`${r.path || './'}\` | ${kb(r.jsGzip)} | ${kb(r.cssGzip)} | ${early(r)} | ${r.cls} |`);
if (out.firstFigures.length) console.log(`\n${firstFigureTable(out.firstFigures)}`);
if (out.partitions) console.log(`\n${partitionsTable(out.partitions)}`);
if (out.primes) console.log(`\n${primesTable(out.primes)}`);
if (out.lighthouse.length) console.log(`\n${lighthouseTable(out.lighthouse)}`);
console.log('\n| widget scenario | plots | input→plot median (ms) | p95 (ms) | long tasks during 200-step drag | after it, at rest | movers off (`plot=plain`): plots, median, p95 (ms), long tasks |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
const tasks = (w) => `${w.longTasks}${w.longTasks ? ` (longest ${w.longestTaskMs} ms)` : ''}`;
for (const w of out.widgets) {
  const off = w.plain;
  console.log(`| ${w.name} | ${w.plots} | ${w.medianMs} | ${w.p95Ms} | ${tasks(w)} | ${w.longTasksAtRest} | ${off.plots}, ${off.medianMs}, ${off.p95Ms}, ${tasks(off)} |`);
}
const slow = out.widgets.filter((w) => w.traced);
if (slow.length) {
  console.log('\nWhere the time goes in the drags that miss the frame rate (a third drag, traced): CPU ms per plotted input, by thread.');
  console.log('\n| widget scenario | plots (traced) | median, p95 (ms, traced) | page main thread | workers | compositor and GPU |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const { name, traced: t } of slow) console.log(`| ${name} | ${t.plots} | ${t.medianMs}, ${t.p95Ms} | ${t.busyPerPlot.main} | ${t.busyPerPlot.worker} | ${t.busyPerPlot.frames} |`);
}
process.exit(0);
