import { describe, expect, test } from 'vitest';
import { entropySweep } from '../../compute/attention/lengthSweep';
import { entropyCsv, entropyFigure, entropySummary, entropyTable } from './plots';
import { attentionEntropySpec, sweepArgs } from './spec';
import { defaultValues } from '../../core/params';

const result = entropySweep({ d: 16, kappa: 4, trainLength: 64, relevant: { count: 0, cosine: 0 }, seeds: 2, seed: 0, variants: ['softmax', 'relu2-n'], maxLength: 1024 });

describe('attention-entropy figure', () => {
  test('three traces per variant (band low, band high, mean), the estimate, and the training-length marker', () => {
    const fig = entropyFigure(result, 'entropy', 64, true);
    expect(fig.data.length).toBe(2 * 4 + 1);
    expect(fig.layout.xaxis?.type).toBe('log');
    const marker = fig.data[fig.data.length - 1] as { x: number[] };
    expect(marker.x).toEqual([64, 64]);
    expect(entropyFigure(result, 'total', 64, true).layout.yaxis?.type).toBe('log');
    expect(entropyFigure(result, 'entropy', 64, false).data.length).toBe(2 * 3 + 1);
  });

  test('CSV, table and summary carry the numbers', () => {
    const csv = entropyCsv(result, 'entropy').split('\n');
    expect(csv[0]).toBe('n,softmax_entropy_mean,softmax_entropy_low,softmax_entropy_high,softmax_mean_field,relu2-n_entropy_mean,relu2-n_entropy_low,relu2-n_entropy_high,relu2-n_mean_field');
    expect(csv.length).toBe(result.n.length + 2);
    const table = entropyTable(result, 'entropy');
    expect(table.rows[0][0]).toBe(16);
    expect(entropySummary(result, 'entropy', 64)).toContain('from n = L = 64 to n = 1024');
  });

  test('the spec defaults make a request; no variant, no request', () => {
    const v = defaultValues(attentionEntropySpec.params);
    expect(sweepArgs(v)?.variants).toEqual(['softmax', 'softmax-logn', 'relu2-n']);
    expect(sweepArgs({ ...v, softmax: false, softmaxLogn: false, relu2N: false })).toBeNull();
  });
});
