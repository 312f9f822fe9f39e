import { defineWidget, same } from '../../core/params';

/** RoFormer's long-range decay, mean_i cos(r·θᵢ), under each context-extension method. */
export const ropeDecaySpec = defineWidget({
  name: 'rope-decay',
  title: { en: 'Long-range decay under each method', zh: '各方法下的远程衰减' },
  description: {
    en: 'The relative score s(r) = mean over pairs of cos(r·θᵢ) against the distance r, up to the target length: its value and its min/max band per bucket of distances, for plain RoPE and for linear (PI), NTK-aware, YaRN and Llama 3 scaling by factor target/training.',
    zh: '相对得分 s(r) = 各维度对 cos(r·θᵢ) 的均值，随距离 r 一直画到目标长度：每个距离桶的取值及其最小–最大区间；对比原始 RoPE 与按 目标/训练 倍数缩放的线性内插（PI）、NTK-aware、YaRN、Llama 3。',
  },
  notebook: 'rope-beta-base',
  height: 420,
  footprint: { wide: 1070, narrow: 1580 },
  params: {
    base: { kind: 'number', label: { en: 'Base b', zh: '底数 b' }, min: 2, max: 1e9, default: 10000, log: true, help: same('rope_theta') },
    dim: { kind: 'integer', label: { en: 'Head dimension d', zh: '头维度 d' }, min: 4, max: 256, step: 2, default: 128, help: { en: 'rotated dims per head', zh: '每个头参与旋转的维数' } },
    trainLength: { kind: 'integer', label: { en: 'Training length', zh: '训练长度' }, min: 16, max: 131_072, default: 4096, log: true, unit: { en: 'tokens', zh: 'token' }, help: { en: 'marked by a vertical line', zh: '图中以竖线标出' } },
    targetLength: { kind: 'integer', label: { en: 'Target length', zh: '目标长度' }, min: 16, max: 1_048_576, default: 32768, log: true, unit: { en: 'tokens', zh: 'token' }, help: { en: 'the largest distance drawn; every method is stretched by target/training', zh: '画出的最大距离；每种方法都按 目标/训练 的倍数拉伸' } },
    spacing: {
      kind: 'choice',
      label: { en: 'Distance axis', zh: '距离轴' },
      options: [
        { value: 'log', label: { en: 'log', zh: '对数' } },
        { value: 'linear', label: { en: 'linear', zh: '线性' } },
      ],
      default: 'log',
    },
    none: { kind: 'boolean', label: { en: 'No scaling', zh: '不缩放' }, default: true },
    linear: { kind: 'boolean', label: { en: 'Linear (PI)', zh: '线性内插（PI）' }, default: true },
    ntk: { kind: 'boolean', label: same('NTK-aware'), default: true },
    yarn: { kind: 'boolean', label: same('YaRN'), default: true },
    llama3: { kind: 'boolean', label: same('Llama 3'), default: false },
  },
});
