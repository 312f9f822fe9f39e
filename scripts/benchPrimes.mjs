/**
 * Sums of primes beside their C anchor (for `npm run bench`; `--only primes`):
 *  1. x = 10^10, 10^11: the fast method's own time in a browser worker (a primes-race lap: a fresh
 *     worker, a warm-up on 10^6, then the timed run) beside Lucy_Hedgehog's plain recursion compiled
 *     from C with gcc -O2 (scripts/lucyAnchor.c, a fresh process per run) — skipped, with a note,
 *     where gcc is missing;
 *  2. x = 10^12 and 10^13 in the primes-questions widget: the time from committing x to the exact sum
 *     on screen (a cancellable job in a worker of its own, progress shown), as a reader waits;
 *  3. in Node, the plain recursion with its large sums as two float64 limbs against BigInt sums.
 * Each side runs a few times, interleaved, and the fastest run counts: on a shared machine the slow
 * runs measure the neighbours.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'vite';

const RUNS = 3;
const ANCHOR_XS = [1e10, 1e11];
const JOB_XS = [1e12, 1e13];
const LIMB_XS = [1e9, 1e10];
const SUMS = { 1e12: '18435588552550705911377', 1e13: '1699246443377779418889494' };

/** Compiles the anchor into .bench/; returns its path, or why it cannot be built here. */
function buildAnchor() {
  mkdirSync('.bench', { recursive: true });
  const out = '.bench/lucyAnchor';
  try {
    execFileSync('gcc', ['-O2', '-o', out, 'scripts/lucyAnchor.c', '-lm'], { stdio: 'pipe' });
  } catch (e) {
    return { missing: e.code === 'ENOENT' ? 'no C compiler (gcc) on this machine' : `the C anchor did not compile (${String(e.stderr || e.message).split('\n')[0]})` };
  }
  return { path: out };
}

/** One run of the anchor in a fresh process: its own milliseconds. */
function anchorRun(path, x) {
  const [, , , ms] = execFileSync(path, [String(x)], { encoding: 'utf8' }).trim().split(/\s+/);
  return Number(ms);
}

/** The fast method's lap time at x in the race widget (a fresh worker; the lap's own clock). */
async function raceLapMs(browser, base, x) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}?embed=primes-race&xMax=${x}&sieve=false&lucy=false&budget=20000`);
  const race = page.locator('[data-widget=primes-race]');
  await race.getByText(/Computed in/).waitFor({ timeout: 300000 });
  await race.getByText('Show the data as a table').click();
  const last = race.getByRole('region', { name: 'Every lap of the race' }).getByRole('row').last();
  const cells = await last.getByRole('cell').allTextContents();
  await page.close();
  return Number(cells[2]);
}

/** Milliseconds from committing x in the questions widget to its exact sum on screen. */
async function questionMs(browser, base, x) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}?embed=primes-questions`);
  const w = page.locator('[data-widget=primes-questions]');
  await w.getByTestId('sum-up-to').getByText('142913828922').waitFor({ timeout: 120000 });
  const field = w.getByRole('textbox', { name: /^Sum of the primes up to x/ });
  await field.fill(String(x));
  const ms = await w.evaluate(
    (root, { want }) =>
      new Promise((resolve) => {
        const input = root.querySelector('input[type=text]');
        const t0 = performance.now();
        const watch = new MutationObserver(() => {
          if (root.querySelector('[data-testid=sum-up-to]')?.textContent === want) {
            watch.disconnect();
            resolve(performance.now() - t0);
          }
        });
        watch.observe(root, { childList: true, subtree: true, characterData: true });
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }),
    { want: SUMS[x] },
  );
  await page.close();
  return ms;
}

/** The plain recursion in Node, limb sums and BigInt sums, fastest of RUNS each. */
async function limbsAgainstBigInt() {
  const vite = await createServer({ configFile: false, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  try {
    const { lucyPrimeSums, lucyPrimeSumsBigInt } = await vite.ssrLoadModule('/src/compute/primes/lucy.ts');
    const rows = [];
    for (const x of LIMB_XS) {
      const limbs = [], big = [];
      for (let r = 0; r < RUNS; r++) {
        let t0 = performance.now();
        lucyPrimeSums(x);
        limbs.push(performance.now() - t0);
        t0 = performance.now();
        lucyPrimeSumsBigInt(x);
        big.push(performance.now() - t0);
      }
      rows.push({ x, limbsMs: Math.min(...limbs), bigintMs: Math.min(...big) });
    }
    return rows;
  } finally {
    await vite.close();
  }
}

export async function primesBeside(browser, base) {
  const anchor = buildAnchor();
  const min = (list) => (list.length ? Math.min(...list) : null);
  const anchorRows = [];
  for (const x of ANCHOR_XS) {
    const browserMs = [], cMs = [];
    for (let r = 0; r < RUNS; r++) {
      browserMs.push(await raceLapMs(browser, base, x));
      if (anchor.path) cMs.push(anchorRun(anchor.path, x));
    }
    anchorRows.push({ x, browserMs: min(browserMs), browserRuns: browserMs, cMs: min(cMs), cRuns: cMs });
  }
  const jobRows = [];
  for (const x of JOB_XS) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await questionMs(browser, base, x));
    jobRows.push({ x, ms: min(runs), runs });
  }
  return { anchor: anchor.missing ?? "Lucy_Hedgehog's recursion in C (scripts/lucyAnchor.c), gcc -O2, compiled here", anchorRows, jobRows, limbs: await limbsAgainstBigInt() };
}

/** The Markdown tables of the prime timings. */
export function primesTable({ anchor, anchorRows, jobRows, limbs }) {
  const f = (v) => (v === null ? '–' : v < 10 ? v.toFixed(2) : v.toFixed(0));
  const pow = (x) => `10^${Math.round(Math.log10(x))}`;
  const lines = [`C anchor: ${anchor}.`, '', '| x | fast method, browser worker (ms, fastest of 3) | plain Lucy in C, -O2 (ms, fastest of 3) | C ÷ browser |', '| --- | --- | --- | --- |'];
  for (const r of anchorRows) {
    const ratio = r.cMs !== null && r.browserMs ? `${(r.cMs / r.browserMs).toFixed(1)}×` : '–';
    lines.push(`| ${pow(r.x)} | ${f(r.browserMs)} (runs: ${r.browserRuns.map(f).join(', ')}) | ${f(r.cMs)}${r.cRuns.length ? ` (runs: ${r.cRuns.map(f).join(', ')})` : ''} | ${ratio} |`);
  }
  lines.push('', '| x | primes-questions: committing x to the exact sum on screen (ms, fastest of 3) |', '| --- | --- |');
  for (const r of jobRows) lines.push(`| ${pow(r.x)} | ${f(r.ms)} (runs: ${r.runs.map(f).join(', ')}) |`);
  lines.push('', '| x | plain Lucy in Node, float64-limb sums (ms) | BigInt sums (ms) | BigInt ÷ limbs |', '| --- | --- | --- | --- |');
  for (const r of limbs) lines.push(`| ${pow(r.x)} | ${f(r.limbsMs)} | ${f(r.bigintMs)} | ${(r.bigintMs / r.limbsMs).toFixed(1)}× |`);
  return lines.join('\n');
}
