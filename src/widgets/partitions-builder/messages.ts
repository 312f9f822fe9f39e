/** The builder's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    pastN: (n: number) => `n = ${n} is past x^N: raise N to at least ${n} to see it.`,
    notComputed: 'Not computed: fix the input marked above.',
    previousProduct: (N: number) => `the previous product, up to x^${N}`,
    generatingFunction: 'Generating function:',
    plotLabel: 'Line chart of log10 of each coefficient of the product against n; click to choose n',
    /** `{power}` is xⁿ, `{value}` the coefficient. */
    coefficient: 'Coefficient of {power}: {value}',
    digits: (count: number) => `(${count} digits)`,
    /** `{power}` is x^N, `{error}` why, `{again}` the button. */
    notShown: 'The series up to {power} is not shown: {error} {again}',
    computeAgain: 'Compute again',
    conjugateNote:
      "At most k parts: turning a Young diagram's rows into columns makes it a partition into parts ≤ k, so the product is the same as for parts ≤ k. The list shows the turned partitions.",
    listedUpTo: (max: number) => `Partitions are listed for n ≤ ${max}.`,
    coinValues: (why: string) => `Coin values: ${why}.`,
    partsStop: (limit: number, max: number) =>
      `Parts stop at ${limit} (at most ${max} factors): past x^${limit} the coefficients count partitions into parts ≤ ${limit} only.`,
    /** Said before a long series starts: `time` is roughDuration's estimate, in this language's words. */
    longJob: (N: number, time: string) =>
      `Expanding up to x^${N} is a long job: about ${time} on a laptop, longer on a phone. It runs in the background, so the page stays usable; Cancel stops it.`,
    duration: (amount: number, unit: 's' | 'min') => (unit === 's' ? `${amount} s` : `${amount} min`),
    // The figure
    logLine: 'log₁₀ of the coefficient',
    lineHover: 'n = %{x}: log₁₀ = %{y:.4f}<extra></extra>',
    dots: 'coefficients',
    chosen: 'chosen n',
    yAxis: 'log₁₀ coefficient of xⁿ',
    noParts: '0 (no parts)',
    // The listing
    nothing: (n: number) => `Nothing: no allowed combination adds up to ${n}.`,
    ways: (total: bigint, n: number, shown: number | null, factors: string | null) =>
      `The ${total === 1n ? 'one way' : `${total} ways`} to make ${n}` +
      (shown === null ? '' : `, the first ${shown} shown`) +
      (factors === null ? '' : `, as how often each factor is used (${factors})`) +
      ':',
    partitionsOf: (n: number) => `Partitions of ${n}`,
    // The coefficient table
    near: (n: number) => `Coefficients near n = ${n}`,
    colCoefficient: 'coefficient of xⁿ',
    choose: (n: number) => `Choose n = ${n}`,
    // The expansion
    expansion: 'The product multiplied out factor by factor',
    expansionRegion: 'Partial products, one row per factor',
    afterTimes: 'after ×',
    /** `{power}` is x^N. */
    expansionNote: 'Each row multiplies the one above by its factor; factors whose smallest power is past {power} change nothing here.',
  },
  {
    pastN: (n) => `n = ${n} 超过了 x^N：把 N 调到至少 ${n} 才能看到它。`,
    notComputed: '未计算：请修正上方标出的输入。',
    previousProduct: (N) => `之前的乘积（到 x^${N} 为止）`,
    generatingFunction: '生成函数：',
    plotLabel: '折线图：乘积各项系数的 log10 随 n 的变化；点击图可选定 n',
    coefficient: '{power} 的系数：{value}',
    digits: (count) => `（${count} 位数）`,
    notShown: '到 {power} 为止的级数没有显示：{error} {again}',
    computeAgain: '重新计算',
    conjugateNote: '至多 k 个部分：把杨图的行变成列，就得到一个每部分都 ≤ k 的分拆，所以乘积与“部分 ≤ k”的情形相同。下表列出的是翻转后的分拆。',
    listedUpTo: (max) => `只对 n ≤ ${max} 列出分拆。`,
    coinValues: (why) => `硬币面值：${why}。`,
    partsStop: (limit, max) => `部分只取到 ${limit}（最多 ${max} 个因子）：超过 x^${limit} 的系数只计数各部分 ≤ ${limit} 的分拆。`,
    longJob: (N, time) =>
      `展开到 x^${N} 是个耗时的任务：在笔记本电脑上约需 ${time}，在手机上更久。它在后台运行，页面照常可用；点“取消”即可停止。`,
    duration: (amount, unit) => (unit === 's' ? `${amount} 秒` : `${amount} 分钟`),
    logLine: '系数的 log₁₀',
    lineHover: 'n = %{x}：log₁₀ = %{y:.4f}<extra></extra>',
    dots: '系数',
    chosen: '选定的 n',
    yAxis: 'xⁿ 系数的 log₁₀',
    noParts: '0（没有部分）',
    nothing: (n) => `没有：任何允许的组合都凑不出 ${n}。`,
    ways: (total, n, shown, factors) =>
      `凑出 ${n} 的方法共 ${total} 种` +
      (shown === null ? '' : `，这里显示前 ${shown} 种`) +
      (factors === null ? '' : `，写成每个因子各用了几次（${factors}）`) +
      '：',
    partitionsOf: (n) => `${n} 的分拆`,
    near: (n) => `n = ${n} 附近的系数`,
    colCoefficient: 'xⁿ 的系数',
    choose: (n) => `选定 n = ${n}`,
    expansion: '逐个因子乘开乘积',
    expansionRegion: '部分乘积，每个因子一行',
    afterTimes: '乘以',
    expansionNote: '每一行等于上一行乘以该行的因子；最低次幂超过 {power} 的因子在这里不改变任何东西。',
  },
);
