/**
 * `npm test`: every check in order, stopping at the first failure — type check, lint, unit tests, build,
 * browser tests — then one closing line counting every test: "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDeps } from './ensureDeps.mjs';
import { findChromium } from './browser.mjs';

/** The widgets the test build makes pictures of (e2e/pictures.spec.ts reads them). */
const E2E_PICTURES = 'rope-digits,sequence';

ensureDeps();
mkdirSync('.test-results', { recursive: true });
const counts = { passed: 0, failed: 0, skipped: 0 };

function step(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** Files of a build that mention the e2e hooks. */
function findTestHooks(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => /\.(js|html)$/.test(f))
    .filter((f) => /__kexue|installTestHooks|worker crash requested/.test(readFileSync(join(dir, f), 'utf8')));
}

function finish(ok) {
  console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  process.exit(ok ? 0 : 1);
}

if (!step('type check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'])) finish(false);
// Lint holds the architecture's import boundaries too (eslint.config.js); any warning fails.
if (!step('lint', 'npx', ['eslint', '.', '--max-warnings', '0'])) finish(false);

const unitOk = step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.test-results/unit.json']);
const unit = readJson('.test-results/unit.json');
if (unit) {
  counts.passed += unit.numPassedTests;
  // A test file that fails to load (a missing file, a syntax error) has no failed test of its own: count it.
  const brokenFiles = unit.testResults.filter((r) => r.status === 'failed' && !r.assertionResults.some((a) => a.status === 'failed')).length;
  counts.failed += unit.numFailedTests + brokenFiles;
  counts.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
if (!unitOk) finish(false);

// The site as readers get it, which must hold no test hook; then the same site with the e2e suite's
// hooks (`--mode e2e`, app/testHooks.ts) for the browser tests.
if (!step('build', 'node', ['scripts/vite.mjs', 'build'])) finish(false);
const hooked = findTestHooks('dist');
counts[hooked.length ? 'failed' : 'passed'] += 1;
if (hooked.length) {
  console.error(`The production build holds test hooks (__kexue / testHooks) in: ${hooked.join(', ')}`);
  finish(false);
}
// The test build pictures a few figures (e2e/pictures.spec.ts), not all: all of them take minutes.
const chromium = findChromium();
if (!step('test build', 'node', ['scripts/build.mjs', '--mode', 'e2e', '--outDir', '.e2e-dist', '--logLevel', 'warn'], { KEXUE_PICTURES: E2E_PICTURES, CHROMIUM_PATH: chromium })) finish(false);

const e2eOk = step('browser tests', 'node', ['scripts/e2e.mjs', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: '.test-results/e2e.json',
  E2E_DIST: '.e2e-dist',
});
const e2e = readJson('.test-results/e2e.json');
if (e2e?.stats) {
  // A test that passed only on a retry is a failing test (playwright.config.ts retries none anyway).
  counts.passed += e2e.stats.expected;
  counts.failed += e2e.stats.unexpected + (e2e.stats.flaky ?? 0);
  counts.skipped += e2e.stats.skipped;
}
finish(e2eOk && !(e2e?.stats?.flaky > 0));
