/**
 * Lighthouse's mobile performance score per notebook (for `npm run bench`; `--only lighthouse`):
 * Lighthouse 12.2.3 with its default mobile settings (a phone-sized screen, simulated slow 4G and a
 * CPU 4× slower), run against the served build in the same Chromium as the rest of the bench. The
 * score and the metrics it is made of are reported per notebook.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './browser.mjs';

const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/** Lighthouse's mobile performance audit of each `?notebook=<slug>` page. */
export async function lighthouseScores(chromePath, base, slugs) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
  const rows = [];
  try {
    for (const slug of slugs) {
      const result = await lighthouse(`${base}?notebook=${slug}`, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
      const { categories, audits } = result.lhr;
      const ms = (id) => Math.round(audits[id].numericValue);
      rows.push({
        slug,
        score: Math.round(categories.performance.score * 100),
        fcpMs: ms('first-contentful-paint'),
        lcpMs: ms('largest-contentful-paint'),
        tbtMs: ms('total-blocking-time'),
        cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
        speedIndexMs: ms('speed-index'),
      });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

/** The Markdown table of Lighthouse results. */
export function lighthouseTable(rows) {
  const lines = [
    '| notebook (Lighthouse 12.2.3, mobile) | performance | FCP (ms) | LCP (ms) | TBT (ms) | CLS | Speed Index (ms) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) lines.push(`| \`?notebook=${r.slug}\` | ${r.score} | ${r.fcpMs} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${r.speedIndexMs} |`);
  return lines.join('\n');
}
