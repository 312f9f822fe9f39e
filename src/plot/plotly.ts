/**
 * Loads plotly.js (our partial bundle, plotlyBundle.ts) on first use, with our figure-update helpers
 * in the same chunk (plotlyLoaded.ts), and themes figures. A widget's slot starts the load as soon as
 * the widget is near the viewport, beside the widget's own code; `Plot.svelte` waits for it.
 */
import type * as PlotlyTypes from 'plotly.js';
import type * as PlottingModule from './plotlyLoaded';

export type PlotlyModule = typeof PlotlyTypes;
/** Plotly and the helpers that update its figures. */
export type Plotting = typeof PlottingModule;
let loading: Promise<Plotting> | null = null;

/** Plotly and its helpers, fetched once. */
export function loadPlotly(): Promise<Plotting> {
  loading ??= import('./plotlyLoaded').then((m) => {
    // Plotly logs each warning with console.trace, which costs milliseconds per call: in the
    // production build log nothing; in development keep everything so authors see it.
    m.Plotly.setPlotConfig({ logging: import.meta.env.PROD ? 0 : 2 } as Parameters<PlotlyModule['setPlotConfig']>[0]);
    return m;
  });
  return loading;
}

/** The page's colours and font for plots, read once per theme (reading computed style forces a style pass). */
const themeCache = new Map<string, { fg: string; grid: string; sans: string }>();

/** Colours read from the page's CSS variables, so plots follow light and dark mode. */
export function themedLayout(layout: Partial<PlotlyTypes.Layout>, el: Element, dark: boolean): Partial<PlotlyTypes.Layout> {
  // Keyed by the root's theme attribute, which the CSS follows, as well as the flag the caller tracks.
  const key = `${el.ownerDocument.documentElement.dataset.theme ?? ''}|${dark}`;
  let theme = themeCache.get(key);
  if (!theme) {
    const css = getComputedStyle(el);
    theme = {
      fg: css.getPropertyValue('--fg').trim() || '#222',
      grid: css.getPropertyValue('--grid').trim() || '#ddd',
      sans: css.getPropertyValue('--sans').trim() || 'sans-serif',
    };
    themeCache.set(key, theme);
  }
  const { fg, grid, sans } = theme;
  const axis = (a: Partial<PlotlyTypes.LayoutAxis> | undefined) => ({
    gridcolor: grid,
    zerolinecolor: grid,
    linecolor: grid,
    ...a,
  });
  // Every axis is a fresh object: plotly writes into the axes it is given (an axis type it guessed), and
  // a widget's own layout object, written into, would look like a changed figure on the next drawing.
  const axes = Object.fromEntries(
    Object.entries(layout)
      .filter(([key]) => /^[xy]axis\d*$/.test(key))
      .map(([key, a]) => [key, axis(a as Partial<PlotlyTypes.LayoutAxis>)]),
  );
  return {
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
    font: { color: fg, family: sans, size: 12 },
    margin: { l: 56, r: 16, t: 28, b: 48 },
    legend: { orientation: 'h', y: -0.2 },
    ...layout,
    xaxis: axis(layout.xaxis),
    yaxis: axis(layout.yaxis),
    ...axes,
  };
}
