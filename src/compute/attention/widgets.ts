/**
 * What the attention notebook's widgets call through the worker (one kernel each): the entropy sweep
 * against length, one query's weights at L and k·L, the retrieval experiment (a job: progress is its
 * last argument, as the worker client's `job` expects) and the practice curves. Results are plain
 * objects of typed arrays, which the worker transfers.
 */
export { entropySweep as attentionSweep, type SweepArgs, type SweepResult, type VariantSweep, type Band } from './lengthSweep';
export { attentionWeightsView as attentionWeights, type WeightsViewArgs, type WeightsPanel, type RankedWeights } from './weightsView';
export { trainRetrieval as attentionRetrieval, type RetrievalArgs, type RetrievalResult, type RetrievalRun } from './retrieval';
export { practiceCurves as attentionPractice } from './practice';
