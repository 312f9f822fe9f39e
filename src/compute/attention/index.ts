/**
 * Attention and length (kexue.fm/archives/8823 and /9019): entropies of attention distributions, the
 * score model of keys on a sphere, the normalisations compared, the mean-field estimate, the sweep
 * against length, one query's weights, the retrieval experiment and the scales used in practice.
 */
export { softmaxEntropy, weightEntropy, reluSquaredEntropy } from './entropy';
export { gammaVariate, sphereCosine, keyCosines, MAX_RELEVANT, type RelevantKeys } from './keys';
export { VARIANTS, isSoftmax, lengthFactor, variantWeights, summariseWeights, type Variant, type WeightSummary } from './variants';
export { annealedSoftmaxEntropy, annealedReluSquaredEntropy } from './annealed';
export { entropySweep, sweepLengths, SWEEP_MIN_LENGTH, SWEEP_MAX_LENGTH, type SweepArgs, type SweepResult } from './lengthSweep';
export { attentionWeightsView, logRanks, WEIGHTS_MAX_LENGTH, type WeightsViewArgs } from './weightsView';
export { RETRIEVAL_VARIANTS, RetrievalModel, retrievalScale, type RetrievalVariant } from './retrievalModel';
export { trainRetrieval, makeSequence, makeVocabulary, retrievalLengths, RETRIEVAL_MAX_TEST_LENGTH, type RetrievalArgs, type RetrievalResult } from './retrieval';
export { PRACTICE_METHODS, logitFactor, yarnLogitFactor, practiceCurves, practiceLengths, LLAMA4_ATTN_SCALE, LLAMA4_FLOOR_SCALE, type PracticeMethod } from './practice';
