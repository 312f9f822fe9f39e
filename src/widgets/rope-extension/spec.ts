import { ROPE_PRESETS } from '../../compute/rope/presets';
import { defineWidget } from '../../core/params';
import { presetSlug } from './presets';

/** Per pair, the turns RoPE makes within the training length vs at the target under a scaling method. */
export const ropeExtensionSpec = defineWidget({
  name: 'rope-extension',
  title: 'Stretching the context: rotations per pair',
  description:
    'Pick a scaling method (none, linear/PI, NTK-aware, dynamic NTK, YaRN, Llama 3), a published model (Llama, Qwen, DeepSeek, gpt-oss, Phi with LongRoPE, Gemma 3 with its two RoPEs, Mistral), or paste a config.json read as transformers 5 reads it: per dimension pair, the turns seen in training next to the turns needed at the target length, or each pair\'s stretch beside PI, NTK-aware and YaRN; the critical pair, the attention factor and the NTK base for the target.',
  notebook: 'rope-beta-base',
  height: 440,
  footprint: { wide: 1200, narrow: 1940 },
  params: {
    preset: {
      kind: 'choice',
      label: 'Published model',
      options: [
        { value: 'none', label: 'none: use the controls' },
        ...ROPE_PRESETS.map((p) => ({ value: presetSlug(p.name), label: p.name })),
      ],
      default: 'none',
      help: 'its config.json sets every value below; a pasted config takes precedence',
    },
    view: {
      kind: 'choice',
      label: 'Show',
      options: [
        { value: 'turns', label: 'turns per pair, training vs target' },
        { value: 'stretch', label: 'stretch per pair vs PI, NTK, YaRN' },
      ],
      default: 'turns',
      help: 'stretch = θ/θ′, how many times slower each pair turns',
    },
    method: {
      kind: 'choice',
      label: 'Method',
      options: [
        { value: 'none', label: 'none (extrapolate)' },
        { value: 'linear', label: 'linear (PI)' },
        { value: 'ntk', label: 'NTK-aware' },
        { value: 'dynamic', label: 'dynamic NTK' },
        { value: 'yarn', label: 'YaRN' },
        { value: 'llama3', label: 'Llama 3' },
      ],
      default: 'yarn',
      help: 'rope_scaling.rope_type (none = default)',
    },
    base: { kind: 'number', label: 'Base b', min: 2, max: 1e9, default: 10000, log: true, help: 'rope_theta' },
    dim: { kind: 'integer', label: 'Head dimension d', min: 4, max: 256, step: 2, default: 128, help: 'rotated dims per head; d/2 pairs' },
    trainLength: { kind: 'integer', label: 'Training length', min: 16, max: 1_048_576, default: 4096, log: true, unit: 'tokens', help: 'original_max_position_embeddings' },
    targetLength: { kind: 'integer', label: 'Target length', min: 16, max: 16_777_216, default: 16384, log: true, unit: 'tokens', help: 'the context to reach' },
    factor: { kind: 'number', label: 'Factor', min: 1, max: 1024, default: 4, log: true, help: 'rope_scaling.factor' },
    betaFast: { kind: 'number', label: 'YaRN β_fast', min: 0.01, max: 1000, default: 32, log: true, help: 'pairs turning more often than this in training are kept' },
    betaSlow: { kind: 'number', label: 'YaRN β_slow', min: 0.01, max: 1000, default: 1, log: true, help: 'pairs turning less often than this are interpolated' },
    lowFreqFactor: { kind: 'number', label: 'Llama 3 low_freq_factor', min: 0.1, max: 64, default: 1, log: true, help: 'wavelengths above training length / this are divided by the factor' },
    highFreqFactor: { kind: 'number', label: 'Llama 3 high_freq_factor', min: 0.1, max: 64, default: 4, log: true, help: 'wavelengths below training length / this are kept' },
    config: {
      kind: 'text',
      label: 'config.json text',
      maxLength: 20000,
      multiline: true,
      default: '',
      placeholder: '{"rope_theta": 500000, "head_dim": 128, "rope_scaling": {"rope_type": "llama3", "factor": 8, …}}',
      help: 'read as transformers reads it; takes precedence over the preset and the controls',
    },
  },
});
