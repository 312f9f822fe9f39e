import { defineWidget } from '../../core/params';

/** cos(n·θᵢ) for every position and pair at once: the soft digits of all positions side by side. */
export const ropeCosMapSpec = defineWidget({
  name: 'rope-cos-map',
  title: 'Every position at once: cos(n·θᵢ)',
  description:
    'A heatmap of cos(n·θᵢ): one row per position n, one column per dimension pair i. Fast pairs (left) change every token like low digits, slow pairs (right) barely move; a scaling method stretches the slow columns.',
  notebook: 'rope-beta-base',
  height: 440,
  footprint: { wide: 800, narrow: 1060 },
  params: {
    base: { kind: 'number', label: 'Base b', min: 2, max: 1e9, default: 10000, log: true, help: 'rope_theta' },
    dim: { kind: 'integer', label: 'Head dimension d', min: 4, max: 256, step: 2, default: 64, help: 'd/2 columns (every other one above 128 pairs)' },
    positions: { kind: 'integer', label: 'Positions', min: 16, max: 131_072, default: 512, log: true, help: 'rows 0 … positions − 1; above 512 rows they are sampled evenly' },
    method: {
      kind: 'choice',
      label: 'Method',
      options: [
        { value: 'none', label: 'none' },
        { value: 'linear', label: 'linear (PI)' },
        { value: 'ntk', label: 'NTK-aware' },
        { value: 'yarn', label: 'YaRN' },
        { value: 'llama3', label: 'Llama 3' },
      ],
      default: 'none',
    },
    factor: { kind: 'number', label: 'Factor', min: 1, max: 1024, default: 4, log: true, help: 'rope_scaling.factor' },
    trainLength: { kind: 'integer', label: 'Training length', min: 16, max: 131_072, default: 128, log: true, unit: 'tokens', help: 'original length for YaRN and Llama 3; marked by a line' },
  },
});
