import { defineWidget } from '../../core/params';

/** RoFormer's long-range decay, mean_i cos(r·θᵢ), under each context-extension method. */
export const ropeDecaySpec = defineWidget({
  name: 'rope-decay',
  title: 'Long-range decay under each method',
  description:
    'The relative score s(r) = mean over pairs of cos(r·θᵢ) against the distance r, up to the target length: its value and its min/max band per bucket of distances, for plain RoPE and for linear (PI), NTK-aware, YaRN and Llama 3 scaling by factor target/training.',
  notebook: 'rope-beta-base',
  height: 420,
  footprint: { wide: 1070, narrow: 1580 },
  params: {
    base: { kind: 'number', label: 'Base b', min: 2, max: 1e9, default: 10000, log: true, help: 'rope_theta' },
    dim: { kind: 'integer', label: 'Head dimension d', min: 4, max: 256, step: 2, default: 128, help: 'rotated dims per head' },
    trainLength: { kind: 'integer', label: 'Training length', min: 16, max: 131_072, default: 4096, log: true, unit: 'tokens', help: 'marked by a vertical line' },
    targetLength: { kind: 'integer', label: 'Target length', min: 16, max: 1_048_576, default: 32768, log: true, unit: 'tokens', help: 'the largest distance drawn; every method is stretched by target/training' },
    spacing: {
      kind: 'choice',
      label: 'Distance axis',
      options: [
        { value: 'log', label: 'log' },
        { value: 'linear', label: 'linear' },
      ],
      default: 'log',
    },
    none: { kind: 'boolean', label: 'No scaling', default: true },
    linear: { kind: 'boolean', label: 'Linear (PI)', default: true },
    ntk: { kind: 'boolean', label: 'NTK-aware', default: true },
    yarn: { kind: 'boolean', label: 'YaRN', default: true },
    llama3: { kind: 'boolean', label: 'Llama 3', default: false },
  },
});
