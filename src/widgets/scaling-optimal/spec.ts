import { defineWidget, type ParamValues } from '../../core/params';

/** N_opt(C), D_opt(C) and D/N from a loss law L = E + A/N^α + B/D^β under C = 6ND. */
export const scalingOptimalSpec = defineWidget({
  name: 'scaling-optimal',
  title: 'The compute-optimal model',
  description:
    'For a training budget C = 6ND FLOPs, the model size N and token count D that minimise E + A/N^α + B/D^β, and tokens per parameter, from Hoffmann et al.’s fit, the replication’s, or your own constants, with 95% bootstrap bands from refitting resamples of the Chinchilla runs.',
  notebook: 'scaling-laws',
  height: 440,
  footprint: { wide: 950, narrow: 1150 },
  params: {
    law: {
      kind: 'choice',
      label: 'Loss law',
      options: [
        { value: 'epoch', label: 'Besiroglu et al. 2024 (refit)' },
        { value: 'hoffmann', label: 'Hoffmann et al. 2022 (approach 3)' },
        { value: 'custom', label: 'your own constants' },
      ],
      default: 'epoch',
    },
    // The custom constants start at the replication's fit (EPOCH_FIT; spec.test.ts checks they agree).
    alpha: { kind: 'number', label: 'α (parameters)', min: 0.05, max: 1, step: 0.001, default: 0.3478 },
    beta: { kind: 'number', label: 'β (data)', min: 0.05, max: 1, step: 0.001, default: 0.3658 },
    A: { kind: 'number', label: 'A', min: 1, max: 1e5, log: true, default: 482.01 },
    B: { kind: 'number', label: 'B', min: 1, max: 1e5, log: true, default: 2085.43 },
    E: { kind: 'number', label: 'E (irreducible loss)', min: 0, max: 4, step: 0.01, default: 1.82 },
    bands: {
      kind: 'boolean',
      label: 'Bootstrap bands (95%)',
      default: true,
      help: 'refit the Chinchilla runs (less the 5 highest losses) on resamples drawn with replacement; shade the 2.5th–97.5th percentiles',
    },
    resamples: { kind: 'integer', label: 'Bootstrap resamples', min: 100, max: 2000, step: 100, default: 200, help: 'more resamples: steadier band edges, longer wait' },
  },
});

export type OptimalValues = ParamValues<typeof scalingOptimalSpec.params>;

/** Compute range of the plot, FLOPs: from small research runs to beyond today's largest models. */
export const C_RANGE = { cMin: 1e18, cMax: 1e27, points: 91 } as const;

/** The bootstrap job (frontierBands): the built-in runs as the fit widget reads them by default, on the plot's grid. */
export function bandArgs(v: OptimalValues) {
  return { csv: null, dropHighest: true, delta: 1e-3, resamples: v.resamples, seed: 1, ...C_RANGE };
}

/** The request for optimalFrontiers: the reader's constants only when the custom law is chosen. */
export function optimalArgs(v: OptimalValues) {
  const custom = v.law === 'custom' ? { E: v.E, A: v.A, B: v.B, alpha: v.alpha, beta: v.beta } : null;
  return { custom, ...C_RANGE };
}
