/** The compute-optimal widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    // The bootstrap bands' status line
    refitting: (resamples: number) => `Refitting ${resamples} resamples:`,
    bandsError: (error: string) => `Bands: ${error}`,
    bootstrapAgain: 'Bootstrap again',
    /** `seconds` is null when the time is not known. */
    shaded: (used: number, seconds: string | null) =>
      `Shaded: the middle 95% of ${used} refits of the Chinchilla runs${seconds !== null ? `, computed in ${seconds} s` : ''}.`,
    plotLabel: (bands: boolean) =>
      `Log-log line chart of the compute-optimal parameters N and tokens D against training compute, and tokens per parameter below${bands ? ', each with a shaded 95% bootstrap band' : ''}`,
    // The table at Chinchilla's budget
    tableRegion: 'Compute-optimal allocation at Chinchilla’s budget',
    caption: 'At Chinchilla’s budget, C = 5.76×10²³ FLOPs',
    colLaw: 'law',
    colDrift: 'D/N per 10× C',
    yours: 'yours',
    /** `{a}` and `{b}` are the superscript exponents. */
    exponents: 'N_opt ∝ C{a} and D_opt ∝ C{b} with a = β/(α+β), b = α/(α+β); D/N is the same at every budget only when α = β.',
    bandSummary: (lo: number, hi: number, used: number, skipped: number, N: string, D: string, ratio: string) =>
      `At C = 5.76×10²³ FLOPs, ${lo}th–${hi}th percentile over ${used} refits` +
      `${skipped > 0 ? ` (${skipped} had no optimum: α or β ≤ 0)` : ''}: N_opt ${N}, D_opt ${D}, D/N ${ratio}.`,
    range: (lo: string, hi: string) => `${lo} to ${hi}`,
    // The figure
    band: (resamples: number) => `95% bootstrap band (${resamples} refits)`,
    bandLowerEdge: (name: string) => `${name} (2.5th percentile)`,
    bandHover: (name: string) => `${name}: %{customdata:.3g} to %{y:.3g} at C = %{x:.2e}<extra></extra>`,
    chinchilla: 'Chinchilla: 70 B, 1.4 T',
    xAxis: 'training compute C (FLOPs)',
  },
  {
    refitting: (resamples) => `正在重新拟合 ${resamples} 组重抽样：`,
    bandsError: (error) => `区间带：${error}`,
    bootstrapAgain: '重新 bootstrap',
    shaded: (used, seconds) =>
      `阴影：Chinchilla 训练记录 ${used} 次重新拟合结果中间的 95%${seconds !== null ? `，用时 ${seconds} 秒` : ''}。`,
    plotLabel: (bands) =>
      `双对数折线图：计算最优的参数量 N 与 token 数 D 随训练计算量的变化，下方为每个参数对应的 token 数${bands ? '；各自带有 95% bootstrap 阴影区间' : ''}`,
    tableRegion: 'Chinchilla 预算下的计算最优分配',
    caption: 'Chinchilla 的预算 C = 5.76×10²³ FLOPs 下',
    colLaw: '定律',
    colDrift: 'C 每增大 10 倍时 D/N 的变化',
    yours: '自定义',
    exponents: 'N_opt ∝ C{a}，D_opt ∝ C{b}，其中 a = β/(α+β)，b = α/(α+β)；只有当 α = β 时，D/N 才在所有预算下都相同。',
    bandSummary: (lo, hi, used, skipped, N, D, ratio) =>
      `在 C = 5.76×10²³ FLOPs 处，${used} 次重新拟合的第 ${lo} 到第 ${hi} 百分位` +
      `${skipped > 0 ? `（其中 ${skipped} 次没有最优解：α 或 β ≤ 0）` : ''}：N_opt 为 ${N}，D_opt 为 ${D}，D/N 为 ${ratio}。`,
    range: (lo, hi) => `${lo} 到 ${hi}`,
    band: (resamples) => `95% bootstrap 区间（${resamples} 次重新拟合）`,
    bandLowerEdge: (name) => `${name}（第 2.5 百分位）`,
    bandHover: (name) => `${name}：C = %{x:.2e} 时为 %{customdata:.3g} 到 %{y:.3g}<extra></extra>`,
    chinchilla: 'Chinchilla：70 B 参数，1.4 T token',
    xAxis: '训练计算量 C（FLOPs）',
  },
);
