/**
 * Stands in for polybooljs, which plotly's selections use only to merge the regions of a box or lasso
 * selection held with Shift. Our figures never enter those modes (no toolbar, and no figure sets
 * `dragmode`: plotlyParts.test.ts), so the bundle leaves polybooljs out; vite.config.ts points
 * plotly's import here.
 */
function absent(): never {
  throw new Error('Merging selected regions is not part of this site’s plotly bundle (src/plot/polyboolAbsent.ts).');
}

export const union = absent;
export const difference = absent;
