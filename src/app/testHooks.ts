/**
 * What the e2e suite may reach in a test build (`vite build --mode e2e`), never in the site readers
 * download: main.ts imports this module only when the build's mode is 'e2e'.
 */
import { crashWorkerForTest } from '../worker/client';
import { loadPlotly } from '../plot/plotly';

/** The hooks, as `window.__kexue`. */
export interface TestHooks {
  /** Crashes the shared worker; resolves once the page has noticed. */
  crashWorker(): Promise<void>;
  /** Plotly and the plot engine's helpers (the movers), for tests that hold the movers to plotly's drawing. */
  plotting: typeof loadPlotly;
}

export function installTestHooks(): void {
  const hooks: TestHooks = { crashWorker: crashWorkerForTest, plotting: loadPlotly };
  (window as unknown as { __kexue: TestHooks }).__kexue = hooks;
  document.documentElement.dataset.testHooks = '';
}
