import { describe, expect, test } from 'vitest';
import type { OptimizerRun } from '../../compute/optimizers/widgets';
import { lossGap, updateCurves, updateItems, updatesCsv, updatesFigure } from './plots';

function run(name: OptimizerRun['name'], steps: number, divergedAt: number | null = null): OptimizerRun {
  const loss = Float64Array.from({ length: steps + 1 }, (_, t) => (divergedAt !== null && t >= divergedAt ? NaN : 1 + 1 / (t + 1)));
  const updateNorm = Float64Array.from({ length: steps }, (_, t) => (divergedAt !== null && t + 1 >= divergedAt ? NaN : 0.01 * (1 + (t % 2))));
  return { name, path: new Float64Array(2 * (steps + 1)), loss, updateNorm, divergedAt };
}
type Scatter = { x: number[]; y: number[]; xaxis?: string; name?: string };

describe('updatesFigure', () => {
  test('two panels per run, decimated to under a thousand points, the loss measured from f*', () => {
    const fig = updatesFigure(updateCurves([run('lion', 10_000)], 1), { stacked: false, lionLr: 0.01 });
    const [updates, gap, level] = fig.data as unknown as Scatter[];
    expect(updates.x[0]).toBe(1); // update t is drawn at step t
    expect(updates.x.at(-1)).toBe(10_000);
    expect(updates.x.length).toBeLessThanOrEqual(1002);
    expect(gap.xaxis).toBe('x2');
    expect(gap.x[0]).toBe(0);
    expect(gap.y[0]).toBeCloseTo(1, 12); // f(θ₀) − f* = 2 − 1
    expect(level.y[0]).toBeCloseTo(0.01 * Math.SQRT2, 12);
    expect(fig.layout.yaxis?.type).toBe('log');
    expect(fig.layout.yaxis2?.type).toBe('log');
  });

  test('no Lion reference line without Lion; a diverged run ends early', () => {
    const fig = updatesFigure(updateCurves([run('sgd', 100, 40)], 1), { stacked: true, lionLr: null });
    expect(fig.data.length).toBe(2);
    const [updates, gap] = fig.data as unknown as Scatter[];
    expect(updates.x.at(-1)).toBe(39);
    expect(gap.x.at(-1)).toBe(39);
  });
});

describe('readout and CSV', () => {
  test('reports the last step length and gap, or the divergence', () => {
    expect(lossGap(run('adam', 3), 1)[3]).toBeCloseTo(0.25, 12);
    const [a, b] = updateItems([run('adam', 3), run('sgd', 10, 4)], 1);
    expect(a.text).toBe('last step length 0.0100, f − f* = 0.250');
    expect(b).toMatchObject({ text: 'diverged at step 4', bad: true });
  });

  test('CSV: every step, exact values', () => {
    const lines = updatesCsv([run('lion', 10_000)], 1).trim().split('\n');
    expect(lines.length).toBe(10_002);
    expect(lines[0]).toBe('step,lion_update_norm,lion_loss_gap');
    expect(lines[1]).toBe('0,,1');
    expect(lines[2]).toBe('1,0.01,0.5');
  });
});
