/**
 * What a figure needs once plotly is on the page, as one lazily loaded chunk: plotly itself and our
 * helpers that update its figures (they run only after plotly has drawn, so they travel with it and
 * cost a first load nothing). Only plotly.ts imports this, dynamically.
 */
import Plotly, { tracesReady } from './plotlyBundle';

export { Plotly, tracesReady };
export { figureShape, movable, onFixedAxes, sameLayoutValues } from './plotShape';
export { moveImages } from './imageMover';
export { restoreHeatmaps } from './heatmapMover';
export { sameRanges, steadyRanges, withRanges, type Ranges } from './steadyAxes';
export { moveTraces } from './traceMover';
export { moveAxes, rangeEdits } from './axisMover';
export { nextIdle, prepareTemplates, withGroups } from './traceTemplates';
