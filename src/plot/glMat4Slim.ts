/**
 * The two 4 × 4 matrix functions plotly uses (lib/dom.js multiplies the CSS transforms of a figure's
 * ancestors, lib/matrix.js inverts the result to map the pointer into the figure). plotly imports
 * gl-mat4's index, which bundles all 30 of them; vite.config.ts points that import here.
 */
import invert from 'gl-mat4/invert';
import multiply from 'gl-mat4/multiply';

export { invert, multiply };
