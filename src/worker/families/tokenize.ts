/**
 * Segmentation kernels (the segment-* widgets). The shipped vocabularies are separate chunks, fetched
 * only when a reader picks one (ALBERT's 30 000 pieces, jieba's 84 000 words).
 */
import { tokenizeKernels } from '../../compute/tokenize/widgets';

const kernels = tokenizeKernels((name) =>
  (name === 'albert' ? import('virtual:kexue/vocab/albert') : import('virtual:kexue/vocab/jieba')).then((m) => m.default),
);

export const segmentLattice = kernels.lattice;
export const segmentSamplers = kernels.samplers;
export const segmentAlpha = kernels.alphaSweep;
export const segmentReal = kernels.real;
