/**
 * `npm test`: every check in order, stopping at the first failure — type check, lint, unit tests, build,
 * browser tests — then one closing line counting every test: "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { ensureDeps } from './ensureDeps.mjs';

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
  counts.failed += unit.numFailedTests;
  counts.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
if (!unitOk) finish(false);

if (!step('build', 'npx', ['vite', 'build'])) finish(false);

const e2eOk = step('browser tests', 'node', ['scripts/e2e.mjs', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: '.test-results/e2e.json',
});
const e2e = readJson('.test-results/e2e.json');
if (e2e?.stats) {
  counts.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  counts.failed += e2e.stats.unexpected;
  counts.skipped += e2e.stats.skipped;
}
finish(e2eOk);
