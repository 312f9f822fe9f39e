import { defineWidget, same } from '../../core/params';

/** cos(n·θᵢ) for every position and pair at once: the soft digits of all positions side by side. */
export const ropeCosMapSpec = defineWidget({
  name: 'rope-cos-map',
  title: { en: 'Every position at once: cos(n·θᵢ)', zh: '一览所有位置：cos(n·θᵢ)' },
  description: {
    en: 'A heatmap of cos(n·θᵢ): one row per position n, one column per dimension pair i. Fast pairs (left) change every token like low digits, slow pairs (right) barely move; a scaling method stretches the slow columns.',
    zh: 'cos(n·θᵢ) 的热力图：每行一个位置 n，每列一个维度对 i。左侧的快维度对像低位数字一样每个 token 都在变，右侧的慢维度对几乎不动；缩放方法会把慢的那几列拉长。',
  },
  notebook: 'rope-beta-base',
  height: 440,
  footprint: { wide: 800, narrow: 1060 },
  params: {
    base: { kind: 'number', label: { en: 'Base b', zh: '底数 b' }, min: 2, max: 1e9, default: 10000, log: true, help: same('rope_theta') },
    dim: { kind: 'integer', label: { en: 'Head dimension d', zh: '头维度 d' }, min: 4, max: 256, step: 2, default: 64, help: { en: 'd/2 columns (every other one above 128 pairs)', zh: '共 d/2 列（超过 128 对时隔一列取一列）' } },
    positions: { kind: 'integer', label: { en: 'Positions', zh: '位置数' }, min: 16, max: 131_072, default: 512, log: true, help: { en: 'rows 0 … positions − 1; above 512 rows they are sampled evenly', zh: '第 0 … 位置数 − 1 行；超过 512 行时均匀抽样' } },
    method: {
      kind: 'choice',
      label: { en: 'Method', zh: '方法' },
      options: [
        { value: 'none', label: { en: 'none', zh: '不缩放' } },
        { value: 'linear', label: { en: 'linear (PI)', zh: '线性内插（PI）' } },
        { value: 'ntk', label: same('NTK-aware') },
        { value: 'yarn', label: same('YaRN') },
        { value: 'llama3', label: same('Llama 3') },
      ],
      default: 'none',
    },
    factor: { kind: 'number', label: { en: 'Factor', zh: '倍数' }, min: 1, max: 1024, default: 4, log: true, help: same('rope_scaling.factor') },
    trainLength: { kind: 'integer', label: { en: 'Training length', zh: '训练长度' }, min: 16, max: 131_072, default: 128, log: true, unit: { en: 'tokens', zh: 'token' }, help: { en: 'original length for YaRN and Llama 3; marked by a line', zh: 'YaRN 与 Llama 3 的原始长度；图中以一条线标出' } },
  },
});
