import { describe, expect, test } from 'vitest';
import { RETRIEVAL_VARIANTS } from '../../compute/attention/retrievalModel';
import { VARIANTS } from '../../compute/attention/variants';
import { chosenVariants, fmt, SWEEP_VARIANTS, TRAINED_VARIANTS, VARIANT_KEY } from './variants';

describe('attention-shared', () => {
  test("the widgets' variant lists are the kernels' lists", () => {
    expect([...SWEEP_VARIANTS]).toEqual([...VARIANTS]);
    expect([...TRAINED_VARIANTS]).toEqual([...RETRIEVAL_VARIANTS]);
  });
  test('switches pick variants in menu order; numbers print short', () => {
    expect(chosenVariants(SWEEP_VARIANTS, { [VARIANT_KEY['relu2-sum']]: true, softmax: true })).toEqual(['softmax', 'relu2-sum']);
    expect([fmt(0.123456), fmt(1e-7), fmt(123456), fmt(NaN)]).toEqual(['0.123', '1.00e-7', '1.23e+5', '–']);
  });
});
