import { defineWidget } from '../../core/params';

/** The quantization model (Michaud et al. 2023): Zipfian quanta turn into power laws in n and D. */
export const scalingQuantaSpec = defineWidget({
  name: 'scaling-quanta',
  title: 'Power laws from Zipfian quanta',
  description:
    'Skills (quanta) used with frequencies p_k ∝ k^−(α+1): a model holding the n most used has loss Σ_{k>n} p_k ∝ n^−α, and one trained on D samples learns the quanta it has seen, so L ∝ D^−α/(α+1). Fitted slopes against the theory.',
  notebook: 'scaling-laws',
  height: 480,
  footprint: { wide: 910, narrow: 1080 },
  params: {
    alpha: { kind: 'number', label: 'Zipf exponent α', min: 0.1, max: 2, step: 0.01, default: 0.5, help: 'quantum k is used with frequency ∝ k^−(α+1)' },
    K: { kind: 'integer', label: 'Number of quanta K', min: 100, max: 1_000_000, log: true, default: 10_000 },
    seed: { kind: 'integer', label: 'Sampling seed', min: 0, max: 99999, default: 1, help: 'which quanta the D samples happen to show' },
  },
});
