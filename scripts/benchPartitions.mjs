/**
 * p(n) beside its C anchor (for `npm run bench`): the partitions-pn widget computes p(10^6), p(10^7)
 * and p(10^8) as jobs, each in a fresh worker, and shows the kernel's own milliseconds; FLINT/Arb's
 * partitions_fmpz_ui (scripts/partitionsAnchor.c) is compiled when gcc and Debian's libflint-arb-dev
 * are present and timed in a fresh process per n (its first call, and warm calls after it). Each
 * side is run a few times, interleaved, and the fastest run counts: on a shared machine the slow
 * runs measure the neighbours.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

export const PARTITION_NS = [1_000_000, 10_000_000, 100_000_000];
const RUNS = 3;

/** Compiles the anchor into .bench/; returns its path, or why it cannot be built here. */
function buildAnchor() {
  if (!existsSync('/usr/include/partitions.h') && !existsSync('/usr/include/arb/partitions.h')) {
    return { missing: "FLINT/Arb's partitions.h not found (Debian: apt-get install libflint-arb-dev)" };
  }
  mkdirSync('.bench', { recursive: true });
  const out = '.bench/partitionsAnchor';
  try {
    execFileSync('gcc', ['-O2', '-o', out, 'scripts/partitionsAnchor.c', '-I/usr/include/flint', '-lflint-arb', '-lflint', '-lgmp', '-lm'], { stdio: 'pipe' });
  } catch (e) {
    return { missing: `the C anchor did not compile (${String(e.stderr || e.message).split('\n')[0]})` };
  }
  return { path: out };
}

/** One run of the anchor in a fresh process: [first call ms, warm ms]. */
function anchorRun(path, n) {
  const [, first, warm] = execFileSync(path, [String(n)], { encoding: 'utf8' }).trim().split(/\s+/).map(Number);
  return [first, warm];
}

/** The kernel milliseconds partitions-pn reports for p(n), computed in a fresh job worker. */
async function widgetRun(browser, base, n) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}?embed=partitions-pn&n=${n}`);
  const readout = page.getByTestId('exact').getByText(new RegExp(`^p\\(${n}\\) has \\d+ digits`));
  await readout.waitFor({ timeout: 60000 });
  const text = await readout.textContent();
  await page.close();
  const ms = /computed in ([\d.,]+) ms/.exec(text ?? '');
  if (!ms) throw new Error(`partitions-pn showed no kernel time for p(${n}): ${text}`);
  return Number(ms[1].replace(/,/g, ''));
}

/** Fastest of RUNS interleaved runs per n, for the browser and for the anchor (if it builds). */
export async function partitionsBeside(browser, base) {
  const anchor = buildAnchor();
  const rows = [];
  for (const n of PARTITION_NS) {
    const browserMs = [];
    const cFirst = [];
    const cWarm = [];
    for (let r = 0; r < RUNS; r++) {
      // A build whose widget stops short of n (before it went to 10^8) has no time for it.
      const ms = await widgetRun(browser, base, n).catch(() => null);
      if (ms !== null) browserMs.push(ms);
      if (anchor.path) {
        const [first, warm] = anchorRun(anchor.path, n);
        cFirst.push(first);
        cWarm.push(warm);
      }
    }
    const min = (list) => (list.length ? Math.min(...list) : null);
    rows.push({ n, browserMs: min(browserMs), browserRuns: browserMs, flintFirstMs: min(cFirst), flintWarmMs: min(cWarm) });
  }
  return { anchor: anchor.missing ?? 'FLINT/Arb partitions_fmpz_ui, compiled here', rows };
}

/** The Markdown table of p(n) times. */
export function partitionsTable({ anchor, rows }) {
  const f = (v) => (v === null ? '–' : v < 10 ? v.toFixed(2) : v.toFixed(1));
  const lines = [
    `C anchor: ${anchor}.`,
    '',
    '| p(n) | browser worker, first call (ms, fastest of 3) | FLINT/Arb first call (ms) | ratio | FLINT/Arb warm (ms) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const ratio = r.flintFirstMs && r.browserMs !== null ? `${(r.browserMs / r.flintFirstMs).toFixed(1)}×` : '–';
    lines.push(`| p(10^${Math.log10(r.n)}) | ${f(r.browserMs)} (runs: ${r.browserRuns.map(f).join(', ')}) | ${f(r.flintFirstMs)} | ${ratio} | ${f(r.flintWarmMs)} |`);
  }
  return lines.join('\n');
}
