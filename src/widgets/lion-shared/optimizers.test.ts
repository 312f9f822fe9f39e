import { describe, expect, test } from 'vitest';
import { lionLandscapeSpec } from '../lion-landscape/spec';
import { lionUpdatesSpec } from '../lion-updates/spec';
import { defaultValues, parseParam, specText } from '../../core/params';
import { OPTIMIZER_KEYS, OPTIMIZER_NAMES, optimizerConfigs, optimizerGroups } from './optimizers';
import { objectiveSpec, raceArgs, suggestedStart } from './runs';

describe('optimizer parameters', () => {
  const values = defaultValues(lionLandscapeSpec.params);

  test('each switched-on optimizer gets its own lr, decay and betas', () => {
    const configs = optimizerConfigs(values);
    expect(configs.map((c) => c.name)).toEqual(['sgd', 'adam', 'adamw', 'lion']);
    expect(configs[3]).toEqual({ name: 'lion', lr: 0.01, weightDecay: 0.1, beta1: 0.9, beta2: 0.99 });
    expect(configs[0]).toMatchObject({ name: 'sgd', momentum: 0.9 });
    expect(optimizerConfigs({ ...values, sgd: false, adam: false }).map((c) => c.name)).toEqual(['adamw', 'lion']);
  });

  test('the trajectory defaults follow the rule of thumb: Lion at AdamW’s lr/10 and λ×10', () => {
    expect(values.lionLr).toBeCloseTo(values.adamwLr / 10, 12);
    expect(values.lionWd).toBeCloseTo(values.adamwWd * 10, 12);
  });

  test('bad input is caught by the spec with a note: lr ≤ 0, β outside [0, 1), NaN', () => {
    const p = lionLandscapeSpec.params;
    expect(parseParam(p.lionLr, '-1')).toMatchObject({ value: 1e-6, problem: 'clamped' });
    expect(parseParam(p.lionLr, '0').note).toMatch(/outside/);
    expect(parseParam(p.adamBeta2, '1')).toMatchObject({ value: 0.9999, problem: 'clamped' });
    expect(parseParam(p.lionBeta1, 'NaN')).toMatchObject({ value: 0.9, problem: 'invalid' });
    expect(parseParam(p.steps, '20000')).toMatchObject({ value: 10000, problem: 'clamped' });
  });

  test('every optimizer has a control group with unique, labelled keys', () => {
    const groups = optimizerGroups();
    expect(groups.map((g) => g.legend)).toEqual(['SGD', 'Adam', 'AdamW', 'Lion']);
    const keys = OPTIMIZER_NAMES.flatMap((n) => [OPTIMIZER_KEYS[n].toggle, ...OPTIMIZER_KEYS[n].main, ...OPTIMIZER_KEYS[n].more]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(lionLandscapeSpec.params).toHaveProperty(k);
    const labels = Object.values(lionLandscapeSpec.params).map((p) => specText(p.label));
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('race request', () => {
  // The shared race parameters (lion-landscape adds a reader's own formula, which runs elsewhere).
  const values = defaultValues(lionUpdatesSpec.params);

  test('plain objectives by name; the quadratic carries κ and its rotation', () => {
    expect(objectiveSpec(values)).toBe('rosenbrock');
    expect(objectiveSpec({ objective: 'quadratic', condition: 100, angle: 30 })).toEqual({ name: 'quadratic', condition: 100, angleDeg: 30 });
  });

  test('noise only when σ > 0, with the seed', () => {
    expect(raceArgs(values)).not.toHaveProperty('noise');
    expect(raceArgs({ ...values, noise: 0.5, seed: 7 }).noise).toEqual({ sigma: 0.5, seed: 7 });
    expect(raceArgs(values).start).toEqual([-1, 1.5]);
  });

  test('each objective suggests a start inside the spec’s range', () => {
    for (const o of lionUpdatesSpec.params.objective.options) {
      const [x, y] = suggestedStart(o.value);
      expect(Math.abs(x)).toBeLessThanOrEqual(5);
      expect(Math.abs(y)).toBeLessThanOrEqual(5);
    }
  });
});
