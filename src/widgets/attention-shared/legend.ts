/**
 * Where the attention figures put their legend. On a wide figure a horizontal legend fits in a row or
 * two under the x-axis. On a phone plotly stacks it one entry per row and takes that room from the plot
 * area; a legend placed below at a fraction of the plot area's height then rides up into the axis
 * title as the area shrinks. So narrow figures carry the legend above the plot, where nothing can
 * collide with it, and grow by a row's height per entry to keep the plot area.
 */
import type { Legend } from 'plotly.js';

/** Figure widths (px) below which the legend goes on top. */
export const NARROW_FIGURE = 560;
/** Height plotly gives one legend row at the default font, rounded up. */
export const LEGEND_ROW_PX = 20;

export const isNarrow = (width: number): boolean => width > 0 && width < NARROW_FIGURE;

/** The legend under the x-axis title on a wide figure, above the plot on a narrow one. */
export function legendLayout(narrow: boolean): Partial<Legend> {
  return narrow ? { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom' } : { orientation: 'h', y: -0.22 };
}

/** The figure's height: the base on a wide figure; on a narrow one, plus a row per legend entry. */
export function figureHeight(base: number, narrow: boolean, legendEntries: number): number {
  return narrow ? base + LEGEND_ROW_PX * legendEntries : base;
}
