import { defineWidget } from '../../core/params';

/** Longest pasted CSV a link carries; longer data stays in the page (the reader is told so). */
export const LINK_MAX = 2000;
/** Longest text the widget reads, pasted or from a file (about 10 000 rows). */
export const TEXT_MAX = 500_000;

/** Chinchilla's L(N, D) = E + A/N^α + B/D^β fitted to the built-in runs or the reader's CSV. */
export const scalingFitSpec = defineWidget({
  name: 'scaling-fit',
  title: 'Fit L(N, D) = E + A/N^α + B/D^β',
  description:
    'Fit the Chinchilla loss law to the 245 training runs Epoch AI read off Hoffmann et al.’s Figure 4, or to your own CSV (N, D, loss), the way Hoffmann et al. did: Huber loss in log space, L-BFGS from 4 500 starts. See the residuals, bootstrap intervals, and the published fits.',
  notebook: 'scaling-laws',
  height: 460,
  footprint: { wide: 1240, narrow: 1490 },
  params: {
    data: {
      kind: 'choice',
      label: 'Data',
      options: [
        { value: 'chinchilla', label: 'Chinchilla’s runs (built in)' },
        { value: 'csv', label: 'your CSV' },
      ],
      default: 'chinchilla',
    },
    csv: {
      kind: 'text',
      label: 'CSV text',
      maxLength: LINK_MAX,
      multiline: true,
      default: '',
      placeholder: 'N,D,loss\n1e8,2e9,3.35\n4e8,8e9,2.91\n…',
      help: 'columns N (parameters), D (tokens) and loss in any order with a header, or in that order without one',
    },
    dropHighest: {
      kind: 'boolean',
      label: 'Leave out the 5 highest-loss runs',
      default: true,
      help: 'as the replication did (Besiroglu et al. 2024)',
    },
    delta: { kind: 'number', label: 'Huber δ', min: 1e-4, max: 0.1, log: true, default: 1e-3, help: 'residuals in log loss beyond δ count linearly, not squared' },
    resamples: { kind: 'integer', label: 'Bootstrap resamples', min: 200, max: 2000, step: 100, default: 200 },
  },
});
