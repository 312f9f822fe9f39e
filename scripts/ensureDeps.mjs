/** Installs the npm dependencies when any listed in package.json is missing (no other network). */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export function ensureDeps() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  const missing = names.filter((n) => !existsSync(`node_modules/${n}/package.json`));
  if (!missing.length) return;
  console.log(`[setup] installing npm dependencies (missing: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})`);
  execSync(existsSync('package-lock.json') ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund', {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
}
