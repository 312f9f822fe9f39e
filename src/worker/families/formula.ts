/** Formula kernels (the plot, map and sequence widgets; a reader's objective on lion-landscape). */
export { compareCustomTrajectories, customObjectiveSurface, formulaMap, formulaPlot, formulaSequence } from '../../compute/formula/widgets';
