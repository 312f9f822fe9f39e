// Published RoPE settings, copied key for key from each model's config.json (only the keys RoPE reads,
// plus model_type so the parser knows the family). Keys a file leaves out stay out: transformers fills
// them from that model_type's config class, and so does parseRopeConfig, saying so (Llama 2 has no
// rope_theta; Gemma 3 4B's text_config has no head_dim, rope_theta or max_position_embeddings).
// The list is JSON so the Python reference script (reference/transformers_rope.py) reads the same configs.
import presets from './presets.json' with { type: 'json' };

/** One published model's RoPE-relevant config.json keys, with where they come from. */
export interface RopePreset {
  /** Short label for a picker. */
  name: string;
  /** Hugging Face repository and file the numbers were taken from (and the model-card snippet, when one was added). */
  citation: string;
  /** Address of that file or model card. */
  url: string;
  /** The config.json keys, as published; feed to `ropeConfigFromObject`. */
  config: Record<string, unknown>;
  /** One line on what the preset shows. */
  note: string;
}

/**
 * Llama 2, Code Llama, Llama 3.1, 3.2 and 4 Scout; Qwen2.5 and Qwen3 with the YaRN block their model
 * cards document; DeepSeek-V3; gpt-oss-120b; Phi-3.5 mini and Phi-4 mini (LongRoPE); Gemma 3 4B (two
 * RoPEs, sparse config); Mistral Nemo.
 */
export const ROPE_PRESETS: readonly RopePreset[] = presets as RopePreset[];
