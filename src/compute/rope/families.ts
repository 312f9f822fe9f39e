// What transformers' config class of each model_type puts in place of a key the config.json leaves
// out (the class's __init__ / dataclass defaults, transformers 5.x; each entry names its class).
// A config is completed from its own family only: a Gemma 3 text config that leaves out head_dim has
// head_dim 256 (Gemma3TextConfig), not hidden_size / num_attention_heads as a Llama would.

/** Default values of one transformers config class, for the keys RoPE reads. */
export interface RopeFamily {
  /** The transformers config class, named in warnings. */
  className: string;
  hidden_size: number;
  num_attention_heads: number;
  /** null: the class derives it as hidden_size // num_attention_heads. */
  head_dim: number | null;
  max_position_embeddings: number;
  rope_theta: number;
  /** DeepSeek-V3's latent attention rotates only this slice of each head. */
  qk_rope_head_dim?: number;
  /** Phi3Config declares it (4096), so it always exists and, as a top-level key, wins over the block's. */
  original_max_position_embeddings?: number;
  /** The rope block the class uses when the config has none (gpt-oss: YaRN). */
  rope_block?: Record<string, unknown>;
  /** Gemma-style models: sliding-window layers with their own base. */
  local?: { rope_theta: number; sliding_window: number; pattern: number; num_hidden_layers: number };
}

/** model_type → its family's defaults (transformers 5.x config classes). */
export const ROPE_FAMILIES: Readonly<Record<string, RopeFamily>> = {
  llama: { className: 'LlamaConfig', hidden_size: 4096, num_attention_heads: 32, head_dim: null, max_position_embeddings: 2048, rope_theta: 10000 },
  mistral: { className: 'MistralConfig', hidden_size: 4096, num_attention_heads: 32, head_dim: null, max_position_embeddings: 131072, rope_theta: 10000 },
  qwen2: { className: 'Qwen2Config', hidden_size: 4096, num_attention_heads: 32, head_dim: null, max_position_embeddings: 32768, rope_theta: 10000 },
  qwen3: { className: 'Qwen3Config', hidden_size: 4096, num_attention_heads: 32, head_dim: 128, max_position_embeddings: 32768, rope_theta: 10000 },
  phi3: {
    className: 'Phi3Config', hidden_size: 3072, num_attention_heads: 32, head_dim: null, max_position_embeddings: 4096,
    rope_theta: 10000, original_max_position_embeddings: 4096,
  },
  deepseek_v3: {
    className: 'DeepseekV3Config', hidden_size: 7168, num_attention_heads: 128, head_dim: null, qk_rope_head_dim: 64,
    max_position_embeddings: 4096, rope_theta: 10000,
  },
  gpt_oss: {
    className: 'GptOssConfig', hidden_size: 2880, num_attention_heads: 64, head_dim: 64, max_position_embeddings: 131072, rope_theta: 150000,
    rope_block: { rope_type: 'yarn', factor: 32, beta_fast: 32, beta_slow: 1, truncate: false, original_max_position_embeddings: 4096 },
  },
  llama4_text: { className: 'Llama4TextConfig', hidden_size: 5120, num_attention_heads: 40, head_dim: 128, max_position_embeddings: 131072, rope_theta: 500000 },
  gemma3_text: {
    className: 'Gemma3TextConfig', hidden_size: 2304, num_attention_heads: 8, head_dim: 256, max_position_embeddings: 131072, rope_theta: 1_000_000,
    local: { rope_theta: 10000, sliding_window: 4096, pattern: 6, num_hidden_layers: 26 },
  },
};

/** The text model_type a multimodal wrapper's text_config defaults to (transformers' sub_configs). */
export const TEXT_MODEL_TYPES: Readonly<Record<string, string>> = {
  gemma3: 'gemma3_text',
  llama4: 'llama4_text',
};

/** transformers' RotaryEmbeddingConfigMixin.default_theta: the base of a class that sets none of its own. */
export const GENERIC_DEFAULT_THETA = 10000;
