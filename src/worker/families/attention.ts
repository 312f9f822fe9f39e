/** Attention-and-length kernels (the attention-* widgets). */
export { attentionSweep, attentionWeights, attentionRetrieval, attentionPractice } from '../../compute/attention/widgets';
