/** Runs the Playwright suite against the built site with a Chromium found (or installed) by browser.mjs. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

const dist = process.env.E2E_DIST || 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`[e2e] ${dist}/ is missing: run "npm run build" first (npm test does).`);
  process.exit(1);
}
const chromium = findChromium();
console.log(`[e2e] using Chromium at ${chromium}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, KEXUE_CHROMIUM: chromium },
});
process.exit(result.status ?? 1);
