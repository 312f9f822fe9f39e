import { defineWidget } from '../../core/params';

/** RoPE's angles n·θᵢ read as the digits of n in base β = b^(2/d). */
export const ropeDigitsSpec = defineWidget({
  name: 'rope-digits',
  title: { en: 'Positions as base-β digits', zh: '位置的 β 进制数位' },
  description: {
    en: 'Pick the RoPE base b, the head dimension d and a position n: each dimension pair i turns by n·θᵢ = n/βⁱ, which behaves like the i-th digit of n written in base β = b^(2/d).',
    zh: '选定 RoPE 的底数 b、头维度 d 和位置 n：第 i 个维度对转过的角度 n·θᵢ = n/βⁱ，就像把 n 写成 β = b^(2/d) 进制后的第 i 位数字。',
  },
  notebook: 'rope-beta-base',
  height: 420,
  footprint: { wide: 805, narrow: 1115 },
  params: {
    base: { kind: 'number', label: { en: 'Base b', zh: '底数 b' }, min: 2, max: 1e8, default: 10000, log: true, help: { en: 'rope_theta of the model', zh: '模型的 rope_theta' } },
    dim: { kind: 'integer', label: { en: 'Head dimension d', zh: '头维度 d' }, min: 2, max: 256, step: 2, default: 64, help: { en: 'even; the widget shows d/2 pairs', zh: '须为偶数；图中共 d/2 个维度对' } },
    // A log slider: positions span six decades (the box and the arrow keys still move n by one).
    position: {
      kind: 'integer', label: { en: 'Position n', zh: '位置 n' }, min: 0, max: 1_000_000, default: 2023, log: true,
      help: { en: 'the token index being encoded', zh: '被编码的 token 序号' },
    },
    view: {
      kind: 'choice',
      label: { en: 'Show', zh: '显示' },
      options: [
        { value: 'digits', label: { en: 'digits ⌊n/βⁱ⌋ mod β', zh: '数位 ⌊n/βⁱ⌋ mod β' } },
        { value: 'angles', label: { en: 'angles n·θᵢ mod 2π', zh: '角度 n·θᵢ mod 2π' } },
      ],
      default: 'digits',
    },
  },
});
