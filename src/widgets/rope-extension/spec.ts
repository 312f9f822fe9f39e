import { ROPE_PRESETS } from '../../compute/rope/presets';
import { defineWidget, same } from '../../core/params';
import { presetSlug } from './presets';

/** Per pair, the turns RoPE makes within the training length vs at the target under a scaling method. */
export const ropeExtensionSpec = defineWidget({
  name: 'rope-extension',
  title: { en: 'Stretching the context: rotations per pair', zh: '拉长上下文：每个维度对的旋转' },
  description: {
    en: 'Pick a scaling method (none, linear/PI, NTK-aware, dynamic NTK, YaRN, Llama 3), a published model (Llama, Qwen, DeepSeek, gpt-oss, Phi with LongRoPE, Gemma 3 with its two RoPEs, Mistral), or paste a config.json read as transformers 5 reads it: per dimension pair, the turns seen in training next to the turns needed at the target length, or each pair\'s stretch beside PI, NTK-aware and YaRN; the critical pair, the attention factor and the NTK base for the target.',
    zh: '选一种缩放方法（不缩放、线性/PI、NTK-aware、动态 NTK、YaRN、Llama 3）、一个已发布的模型（Llama、Qwen、DeepSeek、gpt-oss、用 LongRoPE 的 Phi、带两套 RoPE 的 Gemma 3、Mistral），或粘贴一份 config.json（按 transformers 5 的方式读取）：对每个维度对，比较训练中转过的圈数与目标长度所需的圈数，或把每对的拉伸倍数与 PI、NTK-aware、YaRN 并排比较；并给出临界维度对、注意力因子和目标长度对应的 NTK 底数。',
  },
  notebook: 'rope-beta-base',
  height: 440,
  footprint: { wide: 1200, narrow: 1940 },
  params: {
    preset: {
      kind: 'choice',
      label: { en: 'Published model', zh: '已发布的模型' },
      options: [
        { value: 'none', label: { en: 'none: use the controls', zh: '无：使用控件的值' } },
        ...ROPE_PRESETS.map((p) => ({ value: presetSlug(p.name), label: same(p.name) })),
      ],
      default: 'none',
      help: { en: 'its config.json sets every value below; a pasted config takes precedence', zh: '由它的 config.json 设定下面所有的值；粘贴的配置优先' },
    },
    view: {
      kind: 'choice',
      label: { en: 'Show', zh: '显示' },
      options: [
        { value: 'turns', label: { en: 'turns per pair, training vs target', zh: '每对的圈数：训练 vs 目标' } },
        { value: 'stretch', label: { en: 'stretch per pair vs PI, NTK, YaRN', zh: '每对的拉伸倍数 vs PI、NTK、YaRN' } },
      ],
      default: 'turns',
      help: { en: 'stretch = θ/θ′, how many times slower each pair turns', zh: '拉伸倍数 = θ/θ′，即每对转速慢了多少倍' },
    },
    method: {
      kind: 'choice',
      label: { en: 'Method', zh: '方法' },
      options: [
        { value: 'none', label: { en: 'none (extrapolate)', zh: '不缩放（直接外推）' } },
        { value: 'linear', label: { en: 'linear (PI)', zh: '线性内插（PI）' } },
        { value: 'ntk', label: same('NTK-aware') },
        { value: 'dynamic', label: { en: 'dynamic NTK', zh: '动态 NTK' } },
        { value: 'yarn', label: same('YaRN') },
        { value: 'llama3', label: same('Llama 3') },
      ],
      default: 'yarn',
      help: { en: 'rope_scaling.rope_type (none = default)', zh: 'rope_scaling.rope_type（不缩放 = default）' },
    },
    base: { kind: 'number', label: { en: 'Base b', zh: '底数 b' }, min: 2, max: 1e9, default: 10000, log: true, help: same('rope_theta') },
    dim: { kind: 'integer', label: { en: 'Head dimension d', zh: '头维度 d' }, min: 4, max: 256, step: 2, default: 128, help: { en: 'rotated dims per head; d/2 pairs', zh: '每个头参与旋转的维数；共 d/2 对' } },
    trainLength: { kind: 'integer', label: { en: 'Training length', zh: '训练长度' }, min: 16, max: 1_048_576, default: 4096, log: true, unit: { en: 'tokens', zh: 'token' }, help: same('original_max_position_embeddings') },
    targetLength: { kind: 'integer', label: { en: 'Target length', zh: '目标长度' }, min: 16, max: 16_777_216, default: 16384, log: true, unit: { en: 'tokens', zh: 'token' }, help: { en: 'the context to reach', zh: '想要达到的上下文长度' } },
    factor: { kind: 'number', label: { en: 'Factor', zh: '倍数' }, min: 1, max: 1024, default: 4, log: true, help: same('rope_scaling.factor') },
    betaFast: { kind: 'number', label: same('YaRN β_fast'), min: 0.01, max: 1000, default: 32, log: true, help: { en: 'pairs turning more often than this in training are kept', zh: '训练中转的圈数多于它的维度对保持不变' } },
    betaSlow: { kind: 'number', label: same('YaRN β_slow'), min: 0.01, max: 1000, default: 1, log: true, help: { en: 'pairs turning less often than this are interpolated', zh: '转的圈数少于它的维度对做内插' } },
    lowFreqFactor: { kind: 'number', label: same('Llama 3 low_freq_factor'), min: 0.1, max: 64, default: 1, log: true, help: { en: 'wavelengths above training length / this are divided by the factor', zh: '波长超过 训练长度 / 此值 的维度对，频率除以倍数' } },
    highFreqFactor: { kind: 'number', label: same('Llama 3 high_freq_factor'), min: 0.1, max: 64, default: 4, log: true, help: { en: 'wavelengths below training length / this are kept', zh: '波长低于 训练长度 / 此值 的维度对保持不变' } },
    config: {
      kind: 'text',
      label: { en: 'config.json text', zh: 'config.json 文本' },
      maxLength: 20000,
      multiline: true,
      default: '',
      placeholder: same('{"rope_theta": 500000, "head_dim": 128, "rope_scaling": {"rope_type": "llama3", "factor": 8, …}}'),
      help: { en: 'read as transformers reads it; takes precedence over the preset and the controls', zh: '按 transformers 的方式读取；优先于预设模型和控件' },
    },
  },
});
