/**
 * Our own partial plotly.js bundle: plotly's core (what `plotly.js/lib/core` registers) less the
 * components no figure of ours uses, with scatter as its one trace type; bar, heatmap and contour
 * arrive in chunks of their own when a figure first has one (`tracesReady`). plotly.js is pinned to
 * one exact version in package.json, because this file names modules inside it. Which trace types
 * and layout parts the widgets may use is checked by plotlyParts.test.ts.
 */
import type * as PlotlyTypes from 'plotly.js';
import 'plotly.js/build/plotcss';
import Registry from 'plotly.js/src/registry';
import plotApi from 'plotly.js/src/plot_api';
import scatter from 'plotly.js/src/traces/scatter';
import annotations from 'plotly.js/src/components/annotations';
import selections from 'plotly.js/src/components/selections';
import shapes from 'plotly.js/src/components/shapes';
import images from 'plotly.js/src/components/images';
import grid from 'plotly.js/src/components/grid';
import colorscale from 'plotly.js/src/components/colorscale';
import colorbar from 'plotly.js/src/components/colorbar';
import legend from 'plotly.js/src/components/legend';
import fx from 'plotly.js/src/components/fx';
import modebar from 'plotly.js/src/components/modebar';
import localeEn from 'plotly.js/src/locale-en';
import localeEnUs from 'plotly.js/src/locale-en-us';
import { LAZY_TRACE_TYPES, type LazyTraceType } from './plotlyParts';

type Api = Record<string, unknown>;
const api = plotApi as Api;
const Plotly: Api = { register: Registry.register };
// As plotly's core does: the public methods, each also registered for plotly's internal calls.
for (const name of Object.keys(api)) {
  if (!name.startsWith('_')) Plotly[name] = api[name];
  Registry.register({ moduleType: 'apiMethod', name, fn: api[name] });
}
Registry.register(scatter);
// In plotly's own order (the legend after shapes, fx after the legend: their defaults depend on it).
// Left out: updatemenus, sliders, rangeslider, rangeselector, errorbars, annotations3d.
Registry.register([annotations, selections, shapes, images, grid, colorscale, colorbar, legend, fx, modebar]);
Registry.register([localeEn, localeEnUs]);

const traceModules: Record<LazyTraceType, () => Promise<{ default: unknown }>> = {
  bar: () => import('plotly.js/lib/bar'),
  heatmap: () => import('plotly.js/lib/heatmap'),
  contour: () => import('plotly.js/lib/contour'),
};
/** Trace types plotly can draw now, and those being fetched. */
const ready = new Set<string>(['scatter']);
const loading = new Map<LazyTraceType, Promise<void>>();
const isLazy = (type: string): type is LazyTraceType => (LAZY_TRACE_TYPES as readonly string[]).includes(type);

/**
 * null when plotly can draw every trace of `data` now; else a promise that resolves once the trace
 * types it lacks are fetched and registered (each fetched once; a failed fetch is tried again by the
 * next figure that needs it).
 */
export function tracesReady(data: readonly { type?: string }[]): Promise<void> | null {
  const waits: Promise<void>[] = [];
  for (const { type } of data) {
    if (type === undefined || ready.has(type) || !isLazy(type)) continue;
    let fetched = loading.get(type);
    if (!fetched) {
      fetched = traceModules[type]()
        .then((m) => {
          Registry.register(m.default);
          ready.add(type);
        })
        .finally(() => loading.delete(type));
      loading.set(type, fetched);
    }
    waits.push(fetched);
  }
  return waits.length ? Promise.all(waits).then(() => undefined) : null;
}

export default Plotly as unknown as typeof PlotlyTypes;
