import { defineWidget, same } from '../../core/params';

/** Longest pasted CSV a link carries; longer data stays in the page (the reader is told so). */
export const LINK_MAX = 2000;
/** Longest text the widget reads, pasted or from a file (about 10 000 rows). */
export const TEXT_MAX = 500_000;

/** Chinchilla's L(N, D) = E + A/N^α + B/D^β fitted to the built-in runs or the reader's CSV. */
export const scalingFitSpec = defineWidget({
  name: 'scaling-fit',
  title: { en: 'Fit L(N, D) = E + A/N^α + B/D^β', zh: '拟合 L(N, D) = E + A/N^α + B/D^β' },
  description: {
    en: 'Fit the Chinchilla loss law to the 245 training runs Epoch AI read off Hoffmann et al.’s Figure 4, or to your own CSV (N, D, loss), the way Hoffmann et al. did: Huber loss in log space, L-BFGS from 4 500 starts. See the residuals, bootstrap intervals, and the published fits.',
    zh: '用 Hoffmann 等人的做法（对数空间中的 Huber 损失，L-BFGS 从 4 500 个起点出发）拟合 Chinchilla 损失定律，数据是 Epoch AI 从 Hoffmann 等人论文图 4 中读出的 245 次训练，或者你自己的 CSV（N, D, loss）。可查看残差、bootstrap 区间以及已发表的拟合结果。',
  },
  notebook: 'scaling-laws',
  height: 460,
  footprint: { wide: 1240, narrow: 1490 },
  params: {
    data: {
      kind: 'choice',
      label: { en: 'Data', zh: '数据' },
      options: [
        { value: 'chinchilla', label: { en: 'Chinchilla’s runs (built in)', zh: 'Chinchilla 的训练记录（内置）' } },
        { value: 'csv', label: { en: 'your CSV', zh: '你的 CSV' } },
      ],
      default: 'chinchilla',
    },
    csv: {
      kind: 'text',
      label: { en: 'CSV text', zh: 'CSV 文本' },
      maxLength: LINK_MAX,
      multiline: true,
      default: '',
      placeholder: same('N,D,loss\n1e8,2e9,3.35\n4e8,8e9,2.91\n…'),
      help: {
        en: 'columns N (parameters), D (tokens) and loss in any order with a header, or in that order without one',
        zh: '列为 N（参数量）、D（token 数）和 loss；有表头时顺序任意，没有表头时须按此顺序',
      },
    },
    dropHighest: {
      kind: 'boolean',
      label: { en: 'Leave out the 5 highest-loss runs', zh: '去掉损失最高的 5 次训练' },
      default: true,
      help: { en: 'as the replication did (Besiroglu et al. 2024)', zh: '与复现工作（Besiroglu 等人 2024）的做法一致' },
    },
    delta: {
      kind: 'number', label: same('Huber δ'), min: 1e-4, max: 0.1, log: true, default: 1e-3,
      help: { en: 'residuals in log loss beyond δ count linearly, not squared', zh: '对数损失的残差超过 δ 的部分按线性而非平方计入' },
    },
    resamples: { kind: 'integer', label: { en: 'Bootstrap resamples', zh: 'Bootstrap 重抽样次数' }, min: 200, max: 2000, step: 100, default: 200 },
  },
});
