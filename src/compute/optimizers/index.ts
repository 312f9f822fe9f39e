/**
 * Optimizers on 2-D objectives and on a small classifier: SGD, Adam and AdamW as PyTorch defines them,
 * and Lion (Chen et al. 2023, Algorithm 2), with the objectives' exact gradients.
 */
export { runOptimizer, runTrajectory, MAX_STEPS, type TrajectoryRun, type Trajectory } from './trajectory';
export { OPTIMIZER_NAMES, OPTIMIZER_DEFAULTS, resolveOptimizer, createOptimizer, lionFromAdamW, type OptimizerConfig, type OptimizerName } from './rules';
export { OBJECTIVE_NAMES, resolveObjective, objectiveGrid, logGrid, quadratic, type ObjectiveName, type ObjectiveSpec } from './objectives';
export { gridAxes, type GridSpec } from './grid';
export { trainClassifier, decisionSurface, type TrainingOptions, type TrainingResult } from './training';
export { makeDataset, splitDataset, DATASET_KINDS, type Dataset, type DatasetOptions, type CustomDatasetOptions } from './trainingData';
export { parsePointsCsv, MAX_POINTS, MIN_POINTS, type PointsCsv, type PointsCsvError } from './trainingCsv';
export { objectiveSurface, compareTrajectories, trainAll } from './widgets';
