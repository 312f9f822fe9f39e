/**
 * What our partial plotly bundle (plotlyBundle.ts) can draw, as plain data for its guard test: the
 * trace types (scatter in the core, the others fetched when a figure first has one) and the layout
 * parts left out of the core.
 */

/** Trace types fetched on first use, each as its own chunk. */
export const LAZY_TRACE_TYPES = ['bar', 'heatmap', 'contour'] as const;
export type LazyTraceType = (typeof LAZY_TRACE_TYPES)[number];

/** Every trace type a figure of ours may have. */
export const TRACE_TYPES: readonly string[] = ['scatter', ...LAZY_TRACE_TYPES];

/**
 * Figure attributes whose plotly components the bundle leaves out (no figure may use them). `dragmode`
 * too: its select and lasso modes merge regions with polybooljs, which the bundle leaves out
 * (polyboolAbsent.ts); every figure keeps plotly's default, zoom.
 */
export const LEFT_OUT_ATTRIBUTES = ['updatemenus', 'sliders', 'rangeslider', 'rangeselector', 'error_x', 'error_y', 'scene', 'dragmode'] as const;
