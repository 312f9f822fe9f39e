/** The legend and margins the scaling figures share: the legend sits above the plot, wrapping into rows. */
import type { Layout, Legend } from 'plotly.js';

type Margin = NonNullable<Layout['margin']>;

/** Horizontal legend above the plot area, wrapping into as many rows as the width needs. */
export function legendAbove(): Partial<Legend> {
  return { orientation: 'h', x: 0, y: 1.01, yanchor: 'bottom', font: { size: 11 } };
}

/** The theme's margins (a layout's `margin` replaces them whole) with room `top` px for the legend. */
export function marginsWithTop(top: number): Partial<Margin> {
  return { l: 56, r: 16, t: top, b: 48 };
}
