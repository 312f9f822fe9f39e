import { defineWidget } from '../../core/params';

/** RoPE's angles n·θᵢ read as the digits of n in base β = b^(2/d). */
export const ropeDigitsSpec = defineWidget({
  name: 'rope-digits',
  title: 'Positions as base-β digits',
  description:
    'Pick the RoPE base b, the head dimension d and a position n: each dimension pair i turns by n·θᵢ = n/βⁱ, which behaves like the i-th digit of n written in base β = b^(2/d).',
  notebook: 'rope-beta-base',
  height: 420,
  footprint: { wide: 780, narrow: 1070 },
  params: {
    base: { kind: 'number', label: 'Base b', min: 2, max: 1e8, default: 10000, log: true, help: 'rope_theta of the model' },
    dim: { kind: 'integer', label: 'Head dimension d', min: 2, max: 256, step: 2, default: 64, help: 'even; the widget shows d/2 pairs' },
    position: { kind: 'integer', label: 'Position n', min: 0, max: 1_000_000, default: 2023, help: 'the token index being encoded' },
    view: {
      kind: 'choice',
      label: 'Show',
      options: [
        { value: 'digits', label: 'digits ⌊n/βⁱ⌋ mod β' },
        { value: 'angles', label: 'angles n·θᵢ mod 2π' },
      ],
      default: 'digits',
    },
  },
});
