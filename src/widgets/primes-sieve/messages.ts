/** The sieve board's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

const s = (n: number) => (n === 1 ? '' : 's');

export const msg = defineMessages(
  {
    stepNote: (N: number, steps: number) =>
      `Primes used so far: N = ${N} needs only ${steps} step${s(steps)} (the primes ≤ √${N}); showing the last.`,
    playHint: 'steps through the primes ≤ √N',
    plotLabel:
      "Two charts: the numbers 1 to N as a grid of coloured cells (prime, undecided, crossed out before, crossed out at this step); and the sieve's cross-outs per number against N (log scale) up to 10^12, with ln ln N and Mertens' estimate",
    cellColours: 'Cell colours',
    stepZero: 'Step 0: nothing crossed out yet; 2 and 3 are certainly prime (they are below 2² = 4).',
    /** `{prime}` is the step's prime, in bold. */
    stepOf: (step: number, p: number, crossOuts: string, repeats: string) =>
      `Step ${step}: the multiples of {prime} from ${p}² = ${p * p} on (${crossOuts} cross-outs, ${repeats} of them on numbers already crossed).`,
    /** `{work}` is the cross-outs so far, `{primes}` how many numbers are left. */
    workDone: (N: number) => `Work so far: {work} cross-outs; done — the {primes} numbers left are the primes ≤ ${N}.`,
    workLeft: (left: string) => `Work so far: {work} cross-outs; ${left} composites still stand.`,
    tableCaption: (N: number) => `Work per step of the sieve of 1…${N}`,
    colStep: 'step',
    colPrime: 'prime p',
    colStart: 'starts at p²',
    colCrossOuts: 'cross-outs',
    colNew: 'new',
    colRepeats: 'repeats',
    // The data summary: a head sentence (before any step, or after some), then a tail (done, or steps to go)
    summaryBefore: (N: number) => `Before any step, the board 1…${N} has every number from 2 still standing.`,
    summaryAfter: (step: number, p: number, crossed: string, composites: string, work: string, repeats: string) =>
      `After ${step} step${s(step)} (the last crossing out multiples of ${p}), ${crossed} of the ${composites} composites are crossed out, using ${work} cross-outs (${repeats} of them repeats).`,
    summaryDone: (N: number, primes: number) => `That was the last prime ≤ √${N}: the ${primes} numbers left are exactly the primes.`,
    summaryMore: (steps: number) => `${steps} more step${s(steps)} to go.`,
    twoSentences: (head: string, tail: string) => `${head} ${tail}`,
    sentenceGap: ' ',
    // The figure
    board: 'board',
    perNumber: 'cross-outs per number, sieve of 2…N',
    perNumberHover: 'N = %{x:.3s}: %{y:.4f} cross-outs per number<extra></extra>',
    mertens: 'ln ln √N + M − 1/ln N (Mertens)',
    mertensHover: 'Mertens: %{y:.4f}<extra></extra>',
    thisBoard: 'this board',
    thisBoardHover: 'this board: N = %{x}, %{y:.3f} per number<extra></extra>',
    perNumberAxis: 'per number',
    hoverOne: '1: neither prime nor composite',
    hoverPrime: (n: number) => `${n}: prime`,
    hoverPrimeOpen: (n: number) => `${n}: prime (not yet certain at this step)`,
    hoverComposite: (n: number, p: number, cofactor: number, state: string, by: readonly number[]) =>
      `${n} = ${p}·${cofactor}: ${state}; crossed by ${by.join(', ')}`,
  },
  {
    stepNote: (N, steps) => `已用的素数个数：N = ${N} 只需 ${steps} 步（用到 ≤ √${N} 的素数）；显示最后一步。`,
    playHint: '逐个走过 ≤ √N 的素数',
    plotLabel:
      '两张图：把 1 到 N 画成彩色方格（素数、未确定、之前已划掉、本步划掉）；以及筛法平均每个数的划掉次数随 N 的变化（对数坐标），直到 10^12，并附 ln ln N 与 Mertens 估计',
    cellColours: '方格颜色',
    stepZero: '第 0 步：还没有划掉任何数；2 和 3 一定是素数（它们小于 2² = 4）。',
    stepOf: (step, p, crossOuts, repeats) =>
      `第 ${step} 步：从 ${p}² = ${p * p} 起划掉 {prime} 的倍数（共划掉 ${crossOuts} 次，其中 ${repeats} 次落在已划掉的数上）。`,
    workDone: (N) => `目前的工作量：划掉 {work} 次；完成——剩下的 {primes} 个数就是 ≤ ${N} 的素数。`,
    workLeft: (left) => `目前的工作量：划掉 {work} 次；还有 ${left} 个合数没被划掉。`,
    tableCaption: (N) => `筛 1…${N} 时每一步的工作量`,
    colStep: '步',
    colPrime: '素数 p',
    colStart: '起点 p²',
    colCrossOuts: '划掉次数',
    colNew: '新划掉',
    colRepeats: '重复',
    summaryBefore: (N) => `还没开始筛时，棋盘 1…${N} 上从 2 起的每个数都还在。`,
    summaryAfter: (step, p, crossed, composites, work, repeats) =>
      `${step} 步之后（最后一步划掉 ${p} 的倍数），${composites} 个合数中已有 ${crossed} 个被划掉，共划掉 ${work} 次（其中 ${repeats} 次是重复）。`,
    summaryDone: (N, primes) => `这是 ≤ √${N} 的最后一个素数：剩下的 ${primes} 个数恰好就是全部素数。`,
    summaryMore: (steps) => `还差 ${steps} 步。`,
    twoSentences: (head, tail) => `${head}${tail}`,
    sentenceGap: '',
    board: '棋盘',
    perNumber: '平均每个数的划掉次数（筛 2…N）',
    perNumberHover: 'N = %{x:.3s}：平均每个数划掉 %{y:.4f} 次<extra></extra>',
    mertens: 'ln ln √N + M − 1/ln N（Mertens）',
    mertensHover: 'Mertens：%{y:.4f}<extra></extra>',
    thisBoard: '当前棋盘',
    thisBoardHover: '当前棋盘：N = %{x}，平均每个数 %{y:.3f} 次<extra></extra>',
    perNumberAxis: '平均每个数',
    hoverOne: '1：既不是素数也不是合数',
    hoverPrime: (n) => `${n}：素数`,
    hoverPrimeOpen: (n) => `${n}：素数（这一步还不能确定）`,
    hoverComposite: (n, p, cofactor, state, by) => `${n} = ${p}·${cofactor}：${state}；被 ${by.join('、')} 划掉`,
  },
);
