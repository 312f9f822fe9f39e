import { describe, expect, test } from 'vitest';
import { trainAll } from '../../compute/optimizers/widgets';
import { boundariesFigure, curvesFigure, finalMetrics, trainingCsv } from './plots';

// A tiny real run, so the figures are built from what the worker returns.
const result = trainAll({
  data: { kind: 'moons', samples: 40, seed: 1 },
  hidden: 3,
  steps: 20,
  grid: 5,
  optimizers: [
    { name: 'adamw', lr: 0.01, weightDecay: 0.1 },
    { name: 'lion', lr: 0.001, weightDecay: 1 },
  ],
});
type Trace = { x: number[]; y: number[]; xaxis?: string; showlegend?: boolean; type?: string; z?: number[][]; line?: { dash?: string } };

describe('curvesFigure', () => {
  test('four curves per optimizer: train solid, test dashed, loss left, accuracy right; one legend entry each', () => {
    const fig = curvesFigure(result, false);
    const traces = fig.data as unknown as Trace[];
    expect(traces.length).toBe(8);
    expect(traces.filter((t) => t.showlegend).length).toBe(2);
    expect(traces.filter((t) => t.xaxis === 'x2').length).toBe(4);
    expect(traces.filter((t) => t.line?.dash === 'dash').length).toBe(4);
    expect(traces[0].x).toEqual(Array.from(result.runs[0].step));
    expect(fig.layout.yaxis?.type).toBe('log');
  });
});

describe('boundariesFigure', () => {
  test('the points by class and split, and one p = ½ contour per optimizer', () => {
    const traces = boundariesFigure(result, true).data as unknown as Trace[];
    const points = traces.filter((t) => t.type === 'scatter');
    expect(points.reduce((n, t) => n + t.x.length, 0)).toBe(40);
    const lines = traces.filter((t) => t.type === 'contour');
    expect(lines.length).toBe(2);
    expect(lines[0].z?.length).toBe(5);
    expect(lines[0].z?.[0].length).toBe(5);
  });
});

describe('CSV and final metrics', () => {
  test('one row per logged step with each optimizer’s four metrics', () => {
    const lines = trainingCsv(result).trim().split('\n');
    expect(lines.length).toBe(result.runs[0].step.length + 1);
    expect(lines[0].split(',')).toEqual([
      'step',
      'adamw_train_loss', 'adamw_test_loss', 'adamw_train_accuracy', 'adamw_test_accuracy',
      'lion_train_loss', 'lion_test_loss', 'lion_train_accuracy', 'lion_test_accuracy',
    ]);
  });

  test('final metrics are the last finite log entry', () => {
    const run = { ...result.runs[0], trainLoss: Float64Array.of(1, 0.5, NaN), testLoss: Float64Array.of(1, 0.6, NaN), trainAccuracy: Float64Array.of(0.5, 0.8, NaN), testAccuracy: Float64Array.of(0.5, 0.7, NaN), step: Float64Array.of(0, 1, 2), divergedAt: 2 };
    expect(finalMetrics(run)).toEqual({ trainLoss: 0.5, testLoss: 0.6, trainAccuracy: 0.8, testAccuracy: 0.7, divergedAt: 2 });
  });
});
