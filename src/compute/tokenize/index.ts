/**
 * Unigram segmentation and its sampling (Su, "随机分词再探:从Viterbi Sampling到完美采样算法", 2023;
 * Kudo 2018, subword regularisation): the exact distribution P(s) ∝ Π p(w)^α over segmentations,
 * the forward algorithm, and the samplers.
 */
export type { Vocab, Lattice, LatticeOptions } from './lattice';
export { buildLattice, segmentableLattice } from './lattice';
export type { Segmentation } from './distribution';
export { MAX_SEGMENTATIONS, segmentationDistribution, segmentationLogProbability } from './distribution';
export { arcMarginals, countSegmentations, forwardLogZ, segmentationEntropy, viterbiDecode } from './forward';
export { sampleSegmentations } from './sampling';
export { viterbiOldLaw } from './viterbiLaw';
