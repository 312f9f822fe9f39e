import { defineWidget, type ParamValues } from '../../core/params';
import type { RetrievalArgs } from '../../compute/attention/retrieval';
import { chosenVariants, TRAINED_VARIANTS, variantSwitches } from '../attention-shared/variants';

/** A one-layer attention model trained on a lookup at one length and tested at others, per normalisation. */
export const attentionRetrievalSpec = defineWidget({
  name: 'attention-retrieval',
  title: { en: 'Train at one length, test at others', zh: '在一个长度上训练，在其他长度上测试' },
  description: {
    en: 'A one-layer attention model learns to return the value (±1) of the key its query copies, trained in the browser at length L with each normalisation from the same start on the same batches; then every model answers the same test sequences from L/8 to L·K keys. Error and accuracy per length show which normalisation carries to other lengths.',
    zh: '一个单层注意力模型学习返回其查询所复制的那个键的值（±1）：在浏览器里以长度 L 训练，每种归一化方式都从同一初值出发、用同样的批次；随后所有模型回答同一批从 L/8 到 L·K 个键的测试序列。各长度上的误差与准确率显示哪种归一化方式能迁移到其他长度。',
  },
  notebook: 'attention-length',
  height: 400,
  footprint: { wide: 1480, narrow: 1300 },
  params: {
    view: {
      kind: 'choice',
      label: { en: 'Show', zh: '显示' },
      options: [
        { value: 'mse', label: { en: 'mean squared error per test length', zh: '各测试长度上的均方误差' } },
        { value: 'accuracy', label: { en: 'share of signs right per test length', zh: '各测试长度上符号正确的比例' } },
        { value: 'loss', label: { en: 'training loss per step', zh: '每一步的训练损失' } },
      ],
      default: 'mse',
    },
    trainLength: { kind: 'integer', label: { en: 'Training length L', zh: '训练长度 L' }, min: 8, max: 512, default: 64, log: true, unit: { en: 'keys', zh: '个键' } },
    maxFactor: {
      kind: 'integer', label: { en: 'Longest test: L ×', zh: '最长测试：L ×' }, min: 1, max: 64, default: 32, log: true,
      help: { en: 'tests run from L/8 by doublings; L × this is at most 8192', zh: '测试长度从 L/8 起逐次加倍；L 与此数之积至多为 8192' },
    },
    steps: { kind: 'integer', label: { en: 'Training steps', zh: '训练步数' }, min: 20, max: 5000, default: 600, log: true },
    batch: { kind: 'integer', label: { en: 'Sequences per step', zh: '每步序列数' }, min: 1, max: 128, default: 16 },
    lr: { kind: 'number', label: { en: 'Learning rate (AdamW)', zh: '学习率（AdamW）' }, min: 0.001, max: 0.3, default: 0.03, log: true },
    weightDecay: { kind: 'number', label: { en: 'Weight decay', zh: '权重衰减' }, min: 0, max: 1, step: 0.001, default: 0.01 },
    noise: {
      kind: 'number', label: { en: 'Query noise ε', zh: '查询噪声 ε' }, min: 0, max: 1, step: 0.01, default: 0.3,
      help: { en: 'norm of the noise added to the target key', zh: '加在目标键上的噪声的范数' },
    },
    inputDim: { kind: 'integer', label: { en: 'Key dimension D', zh: '键维度 D' }, min: 8, max: 64, default: 32 },
    headDim: { kind: 'integer', label: { en: 'Head dimension d', zh: '头维度 d' }, min: 4, max: 64, default: 16 },
    testSequences: { kind: 'integer', label: { en: 'Test sequences per length', zh: '每个长度的测试序列数' }, min: 20, max: 1000, default: 200, log: true },
    seed: {
      kind: 'integer', label: { en: 'Seed', zh: '随机种子' }, min: 0, max: 99999, default: 0,
      help: { en: 'vocabulary, initial weights, batches and test sets', zh: '决定词表、初始权重、批次与测试集' },
    },
    ...variantSwitches(TRAINED_VARIANTS, ['relu2-sum']),
  },
});

export type RetrievalValues = ParamValues<typeof attentionRetrievalSpec.params>;

/** The job request, or null when every variant is off. */
export function retrievalArgs(v: RetrievalValues): RetrievalArgs | null {
  const variants = chosenVariants(TRAINED_VARIANTS, v);
  if (variants.length === 0) return null;
  const { trainLength, maxFactor, steps, batch, lr, weightDecay, noise, inputDim, headDim, testSequences, seed } = v;
  return { trainLength, maxFactor, steps, batch, lr, weightDecay, noise, inputDim, headDim, testSequences, seed, variants };
}
