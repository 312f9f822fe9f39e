import { defineWidget } from '../../core/params';

/** The length-dependent logit factors in use: entropy-invariant log_L n, Qwen's logn, YaRN, Llama 4. */
export const attentionPracticeSpec = defineWidget({
  name: 'attention-practice',
  title: 'The log n scale in released models',
  description:
    'The factor on the attention logits against the context length (or position) under the entropy-invariant scale log_L n (TF Model Garden), Qwen’s logn attention, YaRN’s temperature (0.1·ln k + 1)² and Llama 4’s attention temperature tuning, with links that open the RoPE notebook’s widgets at the same lengths and factor.',
  notebook: 'attention-length',
  height: 380,
  footprint: { wide: 890, narrow: 1445 },
  params: {
    trainLength: { kind: 'integer', label: 'Training length L', min: 16, max: 131072, default: 4096, log: true, unit: 'tokens', help: 'Qwen’s seq_length; YaRN’s original_max_position_embeddings' },
    targetLength: { kind: 'integer', label: 'Target length T', min: 16, max: 1048576, default: 32768, log: true, unit: 'tokens' },
    factor: { kind: 'number', label: 'YaRN factor k', min: 1, max: 64, default: 8, log: true, help: 'rope_scaling.factor; usually T / L' },
  },
});
