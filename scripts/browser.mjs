/**
 * Finds a Chromium for the browser tests: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download. Where there is none it installs one (apt-get as root, else Playwright's
 * installer) and says what it did. Returns the executable path.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DEBIAN = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Playwright's own Chromium, if it has been downloaded on this machine. */
function playwrightOwn() {
  try {
    const path = require('playwright-core').chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(cmd, args) {
  console.log(`[browser] running: ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit' });
}

/** The flags our scripts launch Chromium with (no sandbox or GPU here, nothing fetched in the background). */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The Chromium to use if this machine has one ($CHROMIUM_PATH, Debian's, Playwright's own), else null: installs nothing. */
export function chromiumIfPresent() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return DEBIAN.find((p) => existsSync(p)) ?? playwrightOwn();
}

/** Returns the Chromium executable to use, installing one if needed. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = DEBIAN.find((p) => existsSync(p)) ?? playwrightOwn();
  if (found) return found;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("[browser] no Chromium found; installing Debian's chromium package with apt-get");
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
    const installed = DEBIAN.find((p) => existsSync(p));
    if (installed) return installed;
  }
  console.log('[browser] no Chromium found; installing Playwright\'s own with "npx playwright install chromium"');
  run('npx', ['playwright', 'install', 'chromium']);
  const after = playwrightOwn();
  if (!after) throw new Error('could not find or install a Chromium for the browser tests');
  return after;
}
