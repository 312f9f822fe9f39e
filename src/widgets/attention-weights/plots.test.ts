import { describe, expect, test } from 'vitest';
import { attentionWeightsView } from '../../compute/attention/weightsView';
import { defaultValues } from '../../core/params';
import { weightsCsv, weightsFigure, weightsSummary, weightsTable } from './plots';
import { attentionWeightsSpec, weightsArgs } from './spec';

const { panels } = attentionWeightsView({ d: 32, kappa: 4, trainLength: 64, factor: 4, relevant: { count: 1, cosine: 0.6 }, seed: 1, variants: ['softmax', 'relu2-n'] });

describe('attention-weights figure', () => {
  test('a line and the relevant keys per variant and panel, the second panel sharing the weight axis', () => {
    const fig = weightsFigure(panels, false);
    expect(fig.data.length).toBe(2 * 2 * 2);
    expect(fig.layout.yaxis2?.matches).toBe('y');
    expect(weightsFigure(panels, true).layout.grid?.rows).toBe(2);
  });

  test('relu²/n keeps 1/k of its relevant weight; the table and summary say so', () => {
    const table = weightsTable(panels);
    expect(table.rows.map((r) => r[0])).toEqual(['softmax, fixed scale', 'relu²/n (GAU)']);
    expect(weightsSummary(panels, true)).toContain('relu²/n (GAU) 0.25×');
    expect(weightsCsv(panels).split('\n')[0]).toBe('n64_rank,n64_softmax_weight,n64_relu2-n_weight,n256_rank,n256_softmax_weight,n256_relu2-n_weight');
  });

  test('defaults make a request with one relevant key', () => {
    const args = weightsArgs(defaultValues(attentionWeightsSpec.params));
    expect(args?.relevant.count).toBe(1);
    expect(args?.variants).toEqual(['softmax', 'softmax-logn', 'relu2-n', 'relu2-train']);
  });
});
