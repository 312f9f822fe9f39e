// Published RoPE settings, copied key for key from each model's config.json on the Hugging Face Hub
// (only the keys RoPE reads). Keys a config leaves out stay out: Llama 2's config.json has no
// rope_theta, so transformers' LlamaConfig default of 10000 applies, and parseRopeConfig says so.

/** One published model's RoPE-relevant config.json keys, with where they come from. */
export interface RopePreset {
  /** Short label for a picker. */
  name: string;
  /** Hugging Face repository and file the numbers were taken from. */
  citation: string;
  /** The config.json keys, as published; feed to `ropeConfigFromObject`. */
  config: Record<string, unknown>;
  /** One line on what the preset shows. */
  note: string;
}

/** Llama 2, Code Llama, Llama 3.1 and Qwen2.5 (with its documented YaRN addition), as in their config.json files. */
export const ROPE_PRESETS: readonly RopePreset[] = [
  {
    name: 'Llama 2 7B',
    citation: 'meta-llama/Llama-2-7b-hf config.json',
    config: { hidden_size: 4096, num_attention_heads: 32, max_position_embeddings: 4096, rope_scaling: null },
    note: 'Plain RoPE, base 10000 (the LlamaConfig default), trained on 4096 tokens.',
  },
  {
    name: 'Code Llama 7B',
    citation: 'codellama/CodeLlama-7b-Instruct-hf config.json',
    config: { hidden_size: 4096, num_attention_heads: 32, max_position_embeddings: 16384, rope_theta: 1000000, rope_scaling: null },
    note: 'Llama 2 fine-tuned at 16k tokens after raising the base from 10000 to 1000000.',
  },
  {
    name: 'Llama 3.1 8B',
    citation: 'meta-llama/Llama-3.1-8B config.json',
    config: {
      hidden_size: 4096, num_attention_heads: 32, max_position_embeddings: 131072, rope_theta: 500000.0,
      rope_scaling: { factor: 8.0, low_freq_factor: 1.0, high_freq_factor: 4.0, original_max_position_embeddings: 8192, rope_type: 'llama3' },
    },
    note: 'Llama 3 frequency blend: 8192 → 131072 tokens.',
  },
  {
    name: 'Qwen2.5 7B Instruct + YaRN',
    citation: 'Qwen/Qwen2.5-7B-Instruct config.json, with the rope_scaling block its model card says to add for texts over 32768 tokens',
    config: {
      hidden_size: 3584, num_attention_heads: 28, max_position_embeddings: 32768, rope_theta: 1000000.0,
      rope_scaling: { factor: 4.0, original_max_position_embeddings: 32768, type: 'yarn' },
    },
    note: 'YaRN 32768 → 131072; max_position_embeddings is left at 32768, the case of transformers issue #38224.',
  },
];
