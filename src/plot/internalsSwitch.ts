/**
 * Whether the movers may read plotly's internals (plotlyInternals.ts). Apart from that door because it
 * reads plotly's own version module: only the movers, which load in plotly's chunk, import this, so a
 * view that reads a drawn axis fetches no plotly code before the widget is near.
 */
import { version as bundledVersion } from 'plotly.js/src/version';

/** The plotly.js version the internals were read from and tested against. */
export const TESTED_PLOTLY = '4.1.1';

/** Whether the address asks for plotly's documented API only (`?plot=plain`), e.g. to compare the two paths. */
export function plainRequested(): boolean {
  return typeof location !== 'undefined' && new URLSearchParams(location.search).get('plot') === 'plain';
}

/** Whether the movers may read plotly's internals: the tested version is loaded, and plain drawing was not asked for. */
export function internalsUsable(version: string = bundledVersion): boolean {
  return version === TESTED_PLOTLY && !plainRequested();
}
