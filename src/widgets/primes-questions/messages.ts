/** The two-questions widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    copied: 'Copied.',
    noClipboard: 'The clipboard is unavailable: select the digits and copy them by hand.',
    copy: 'Copy',
    plotLabel:
      "Two line charts of ratios near 1: the sum of the primes up to x divided by x squared over 2 ln x and by li of x squared, against x; and the sum of the first N primes divided by N squared ln N over 2 and by Sinha's expansion, against N",
    cardUpTo: 'The sum of the primes up to x',
    headUpTo: (x: string) => `Σ p for p ≤ ${x}`,
    /** `{count}` is π(x). */
    countUpTo: 'π(x) = {count} primes, adding up to',
    ratio: (r: string) => `ratio ${r}`,
    notShown: (error: string) => `Not shown: ${error}`,
    cardFirst: 'The sum of the first N primes',
    headFirst: (N: string) => `The first ${N} primes`,
    /** `{pN}` is the symbol p_N, `{prime}` its value. */
    lastPrime: (estimate: string) => `the last is {pN} = {prime} (li⁻¹(N) ≈ ${estimate}); they add up to`,
    sinha: 'Sinha',
    tableCaption: 'Exact sums divided by their estimates',
    colFirstSinha: 'first N ÷ Sinha',
    // The data summary
    upTo: (count: string, x: string, sum: string, li: string, leading: string) =>
      `The ${count} primes up to ${x} add up to ${sum}: ${li} times li(x²) and ${leading} times x²/(2 ln x).`,
    upToPending: 'The sum of the primes up to x is being computed.',
    first: (N: string, prime: string, sum: string, sinha: string, leading: string) =>
      `The first ${N} primes, the last being ${prime}, add up to ${sum}: ${sinha} times Sinha’s expansion and ${leading} times N² ln N / 2.`,
    firstPending: 'The sum of the first N primes is being computed.',
    twoSentences: (one: string, two: string) => `${one} ${two}`,
    // The figure
    firstLeadingLine: 'first N ÷ N² ln N / 2',
    firstSinhaLine: 'first N ÷ Sinha’s expansion',
    xHover: 'x = %{x:.3s}: ratio %{y:.6f}<extra></extra>',
    nHover: 'N = %{x:.3s}: ratio %{y:.6f}<extra></extra>',
    yourX: 'your x',
    yourXHover: 'your x = %{x}: ratio %{y:.8f}<extra></extra>',
    yourN: 'your N',
    yourNHover: 'your N = %{x}: ratio %{y:.8f}<extra></extra>',
    xAxis: 'x (sum of the primes ≤ x)',
    nAxis: 'N (sum of the first N primes)',
    ratioAxis: 'exact ÷ estimate',
  },
  {
    copied: '已复制。',
    noClipboard: '无法使用剪贴板：请选中这些数字后手动复制。',
    copy: '复制',
    plotLabel:
      '两张比值接近 1 的折线图：不超过 x 的素数之和分别除以 x 的平方除以 2 ln x、以及 x 平方的 li，随 x 的变化；前 N 个素数之和分别除以 N 的平方乘 ln N 除以 2、以及 Sinha 的展开式，随 N 的变化',
    cardUpTo: '不超过 x 的素数之和',
    headUpTo: (x) => `对 p ≤ ${x} 求 Σ p`,
    countUpTo: 'π(x) = {count} 个素数，它们的和是',
    ratio: (r) => `比值 ${r}`,
    notShown: (error) => `未显示：${error}`,
    cardFirst: '前 N 个素数之和',
    headFirst: (N) => `前 ${N} 个素数`,
    lastPrime: (estimate) => `最后一个是 {pN} = {prime}（li⁻¹(N) ≈ ${estimate}）；它们的和是`,
    sinha: 'Sinha',
    tableCaption: '精确和除以各自的估计',
    colFirstSinha: '前 N 个 ÷ Sinha',
    upTo: (count, x, sum, li, leading) =>
      `不超过 ${x} 的 ${count} 个素数之和为 ${sum}：是 li(x²) 的 ${li} 倍，是 x²/(2 ln x) 的 ${leading} 倍。`,
    upToPending: '正在计算不超过 x 的素数之和。',
    first: (N, prime, sum, sinha, leading) =>
      `前 ${N} 个素数（最后一个是 ${prime}）之和为 ${sum}：是 Sinha 展开式的 ${sinha} 倍，是 N² ln N / 2 的 ${leading} 倍。`,
    firstPending: '正在计算前 N 个素数之和。',
    twoSentences: (one, two) => `${one}${two}`,
    firstLeadingLine: '前 N 个 ÷ N² ln N / 2',
    firstSinhaLine: '前 N 个 ÷ Sinha 展开式',
    xHover: 'x = %{x:.3s}：比值 %{y:.6f}<extra></extra>',
    nHover: 'N = %{x:.3s}：比值 %{y:.6f}<extra></extra>',
    yourX: '你的 x',
    yourXHover: '你的 x = %{x}：比值 %{y:.8f}<extra></extra>',
    yourN: '你的 N',
    yourNHover: '你的 N = %{x}：比值 %{y:.8f}<extra></extra>',
    xAxis: 'x（不超过 x 的素数之和）',
    nAxis: 'N（前 N 个素数之和）',
    ratioAxis: '精确值 ÷ 估计',
  },
);
