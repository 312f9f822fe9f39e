import { describe, expect, test } from 'vitest';
import { trainRetrieval } from '../../compute/attention/retrieval';
import { defaultValues } from '../../core/params';
import { retrievalCsv, retrievalFigure, retrievalSummary, retrievalTable } from './plots';
import { attentionRetrievalSpec, retrievalArgs } from './spec';

const result = trainRetrieval({ inputDim: 8, headDim: 4, trainLength: 16, steps: 20, batch: 4, lr: 0.03, weightDecay: 0, noise: 0.2, maxFactor: 2, testSequences: 10, seed: 0, variants: ['softmax', 'relu2-n'] });

describe('attention-retrieval figure', () => {
  test('a line per variant, plus the training length and the baseline for the test views', () => {
    expect(retrievalFigure(result, 'mse').data.length).toBe(4);
    expect(retrievalFigure(result, 'accuracy').layout.yaxis?.range).toEqual([0.4, 1.02]);
    expect(retrievalFigure(result, 'loss').data.length).toBe(2);
  });

  test('CSV, table and summary', () => {
    const [tests, losses] = retrievalCsv(result).split('\n\n');
    expect(tests.split('\n')[0]).toBe('n,softmax_mse,softmax_accuracy,relu2-n_mse,relu2-n_accuracy');
    expect(losses.split('\n')[0]).toBe('step,softmax_train_loss,relu2-n_train_loss');
    expect(retrievalTable(result).columns[2]).toBe('error at L = 16');
    expect(retrievalSummary(result)).toContain('at n = 2, at the training length 16 and at n = 32');
  });

  test('defaults train five variants, and the request fits the kernel limits', () => {
    const args = retrievalArgs(defaultValues(attentionRetrievalSpec.params));
    expect(args?.variants).toEqual(['softmax', 'softmax-logn', 'relu2-n', 'relu2-n-logn', 'relu2-train']);
    expect((args?.trainLength ?? 0) * (args?.maxFactor ?? 0)).toBeLessThanOrEqual(8192);
  });
});
