import { defineWidget } from '../../core/params';

/** The length-dependent logit factors in use: entropy-invariant log_L n, Qwen's logn, YaRN, Llama 4. */
export const attentionPracticeSpec = defineWidget({
  name: 'attention-practice',
  title: { en: 'The log n scale in released models', zh: '已发布模型中的 log n 缩放' },
  description: {
    en: 'The factor on the attention logits against the context length (or position) under the entropy-invariant scale log_L n (TF Model Garden), Qwen’s logn attention, YaRN’s temperature (0.1·ln k + 1)² and Llama 4’s attention temperature tuning, with links that open the RoPE notebook’s widgets at the same lengths and factor.',
    zh: '注意力 logit 上所乘的因子随上下文长度（或位置）的变化：熵不变的缩放 log_L n（TF Model Garden）、Qwen 的 logn attention、YaRN 的温度 (0.1·ln k + 1)² 与 Llama 4 的注意力温度调节；附有链接，可在相同长度与倍数下打开 RoPE 笔记中的组件。',
  },
  notebook: 'attention-length',
  height: 380,
  footprint: { wide: 890, narrow: 1445 },
  params: {
    trainLength: {
      kind: 'integer', label: { en: 'Training length L', zh: '训练长度 L' }, min: 16, max: 131072, default: 4096, log: true, unit: { en: 'tokens', zh: 'token' },
      help: { en: 'Qwen’s seq_length; YaRN’s original_max_position_embeddings', zh: 'Qwen 的 seq_length；YaRN 的 original_max_position_embeddings' },
    },
    targetLength: { kind: 'integer', label: { en: 'Target length T', zh: '目标长度 T' }, min: 16, max: 1048576, default: 32768, log: true, unit: { en: 'tokens', zh: 'token' } },
    factor: {
      kind: 'number', label: { en: 'YaRN factor k', zh: 'YaRN 倍数 k' }, min: 1, max: 64, default: 8, log: true,
      help: { en: 'rope_scaling.factor; usually T / L', zh: 'rope_scaling.factor；通常取 T / L' },
    },
  },
});
