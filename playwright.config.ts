import { defineConfig, devices } from '@playwright/test';

// The executable comes from scripts/browser.mjs (Debian's Chromium here, Playwright's own elsewhere).
const executablePath = process.env.KEXUE_CHROMIUM || undefined;
// Several checkouts or sessions can test side by side with their own build folder and port.
const port = Number(process.env.E2E_PORT || 4173);
const dist = process.env.E2E_DIST || 'dist';
const launchOptions = {
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

const desktop = { ...devices['Desktop Chrome'], colorScheme: 'light' as const, viewport: { width: 1280, height: 860 }, launchOptions };
const phone = { colorScheme: 'dark' as const, viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, launchOptions };
const HEAVY = /primes\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  // No retries: a test that passes only on a second try is a failing test.
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions,
    trace: 'off',
  },
  projects: [
    { name: 'desktop-light', testIgnore: HEAVY, use: desktop },
    { name: 'phone-dark', testIgnore: HEAVY, use: phone },
    // Specs whose jobs keep a core busy for seconds (sums of primes up to 10^13) run alone, after the
    // rest and one at a time: beside other tests they starved them of the CPU the tests wait on.
    { name: 'desktop-light-heavy', testMatch: HEAVY, use: desktop, fullyParallel: false, dependencies: ['desktop-light', 'phone-dark'] },
    { name: 'phone-dark-heavy', testMatch: HEAVY, use: phone, fullyParallel: false, dependencies: ['desktop-light-heavy'] },
  ],
  webServer: {
    command: `node scripts/vite.mjs preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
