import { describe, expect, test } from 'vitest';
import { methodConfig, ropeExtension } from '../../compute/rope/widgets';
import { ROTATION_TREATMENTS } from '../../compute/rope/pairs';
import { baseValue, extensionCsv, extensionFigure, fmt, modelSummary, tokens, TREATMENTS, treatmentCounts } from './plots';
import { stretchFigure } from './stretchPlot';
import { ROPE_PRESETS, ropeConfigFromObject } from '../../compute/rope/config';

const settings = { base: 10000, dim: 128, trainLength: 4096, targetLength: 16384, factor: 4 };
const run = (method: 'none' | 'yarn' | 'linear') =>
  ropeExtension({ config: methodConfig(method, settings), trainLength: 4096, targetLength: 16384 });

describe('extension figure', () => {
  test('one marker per pair across the three treatments; unseen angles ringed; the critical pair marked', () => {
    const r = run('none');
    const fig = extensionFigure(r, 4096, 16384);
    const byName = (name: string) => fig.data.find((d) => d.name === name) as { x: number[]; y: number[] };
    const markers = ['kept', 'mixed', 'interpolated'].map((n) => byName(n).x.length);
    expect(markers.reduce((a, b) => a + b)).toBe(64);
    expect(treatmentCounts(r)).toEqual([64, 0, 0]);
    expect(byName('unseen').x).toEqual(Array.from({ length: 18 }, (_, k) => 46 + k));
    expect(byName('critical pair').x).toEqual([45.5, 45.5]);
    expect((byName('critical pair') as unknown as { hovertext: string[] }).hovertext[0]).toBe('critical pair 46');
    // Its line spans a hidden axis, so the y range (kept steady by the plot) follows the data alone.
    expect(byName('critical pair').y).toEqual([0, 1]);
    expect(fig.layout.yaxis2).toMatchObject({ overlaying: 'y', range: [0, 1], visible: false });
    expect(fig.layout.yaxis?.range).toBeUndefined();
    // Without scaling, the target curve is the training curve times target/train.
    expect(byName('target, unscaled').y[10]).toBeCloseTo(r.trainRotations[10] * 4, 9);
    expect(fig.layout.yaxis?.type).toBe('log');
  });

  test('linear interpolation: every pair interpolated, none unseen', () => {
    const r = run('linear');
    expect(treatmentCounts(r)).toEqual([0, 0, 64]);
    const fig = extensionFigure(r, 4096, 16384);
    expect((fig.data.find((d) => d.name === 'unseen') as { x: number[] }).x).toEqual([]);
  });

  test('CSV: one row per pair, treatment in words', () => {
    const csv = extensionCsv(run('yarn')).trim().split('\n');
    expect(csv).toHaveLength(65);
    expect(csv[0]).toBe('pair,theta,theta_scaled,ratio,wavelength,wavelength_scaled,turns_in_training,turns_at_target,treatment,angles_seen_in_training,stretch_model,stretch_pi,stretch_ntk,stretch_yarn');
    // treatment and angles_seen_in_training, then the stretch of the model, PI, NTK-aware and YaRN (the same YaRN).
    expect(csv[1].split(',').slice(8, 10)).toEqual(['extrapolated', 'yes']);
    expect(csv[64].split(',').slice(8, 10)).toEqual(['interpolated', 'yes']);
    const [model, pi, , yarn] = csv[64].split(',').slice(10).map(Number);
    expect([model, pi, yarn]).toEqual([4, 4, 4]);
  });
});

describe('LongRoPE and two-RoPE models', () => {
  const phi = ropeConfigFromObject(ROPE_PRESETS.find((p) => p.name === 'Phi-3.5 mini')!.config);
  const gemma = ropeConfigFromObject(ROPE_PRESETS.find((p) => p.name === 'Gemma 3 4B')!.config);

  test('stretch view: the model\'s own factor per pair over PI, NTK-aware and YaRN at s = target/train', () => {
    const r = ropeExtension({ config: phi.config, trainLength: phi.trainLength, targetLength: phi.targetLength });
    const fig = stretchFigure(r, 'LongRoPE');
    expect(fig.data.map((d) => d.name)).toEqual(['PI (linear), s = 32.00', 'NTK-aware, s = 32.00', 'YaRN (β 32/1), s = 32.00', 'LongRoPE']);
    const model = fig.data[3] as { y: number[] };
    // θ/θ′ is Phi-3.5's long_factor, pair by pair.
    const long = phi.config.rope_scaling!.long_factor!;
    model.y.forEach((v, i) => expect(v).toBeCloseTo(long[i], 10));
    expect((fig.data[0] as { y: number[] }).y.every((v) => Math.abs(v - 32) < 1e-12)).toBe(true);
    expect(fig.layout.yaxis?.type).toBe('log');
    expect(modelSummary(phi.config, 4096, 131072)).toBe('LongRoPE (long factors per pair) on base b = 10,000, d = 96 (48 pairs): trained on 4,096 tokens, target 131,072 (×32).');
  });

  test('turns view draws the sliding-window layers within their window; their turns go to the CSV', () => {
    const layers = [{ layerType: 'sliding_attention', config: gemma.layers![1].config, window: 1024 }];
    const r = ropeExtension({ config: gemma.config, layers, trainLength: gemma.trainLength, targetLength: gemma.targetLength });
    const trace = extensionFigure(r, gemma.trainLength, gemma.targetLength).data.find((d) => d.name === 'sliding attention layers, within 1,024') as { y: number[] };
    expect(trace.y).toHaveLength(128);
    expect(trace.y[0]).toBeCloseTo(1024 / (2 * Math.PI), 9);
    expect(extensionCsv(r).split('\n')[0]).toMatch(/,turns_sliding_attention$/);
  });
});

test('treatment names match the kernel codes', () => {
  expect(TREATMENTS).toEqual(ROTATION_TREATMENTS);
});

describe('readout text', () => {
  test('numbers for people', () => {
    expect(tokens(131072)).toBe('131,072');
    expect(baseValue(40889.94243)).toBe('40,889.9');
    expect(baseValue(8359970.4)).toBe('8,359,970');
    expect(baseValue(3e16)).toBe('3.00000e+16');
    expect(fmt(0.000123)).toBe('1.230e-4');
    expect(fmt(4712.389)).toBe('4,712');
  });

  test('model summary names the method, factor, model and lengths', () => {
    expect(modelSummary(methodConfig('yarn', settings), 4096, 16384))
      .toBe('YaRN with factor 4 on base b = 10,000, d = 128 (64 pairs): trained on 4,096 tokens, target 16,384 (×4).');
    expect(modelSummary({ head_dim: 64 }, 2048, 2048)).toBe('No scaling on base b = 10,000, d = 64 (32 pairs): trained on 2,048 tokens, target 2,048 (×1).');
  });
});
