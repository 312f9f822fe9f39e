/** The p(n) widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    copied: 'Copied.',
    noClipboard: 'The clipboard is unavailable: select the digits and copy them by hand.',
    plotLabel:
      "Three charts: log10 p(n) against n with the Hardy–Ramanujan estimate; their ratio; and the error of Rademacher's partial sums at n, term by term",
    /** `{meta}` is the time it took. */
    digits: (n: number, digits: number) => `p(${n}) has ${digits} digit${digits === 1 ? '' : 's'} {meta}:`,
    computedIn: (ms: string) => `(computed in ${ms} ms)`,
    copyDigits: 'Copy digits',
    digitsOf: (n: number) => `Digits of p(${n})`,
    congruences: "Ramanujan's congruences",
    notApplicable: (which: string) => `Not applicable here: ${which}.`,
    computingP: (n: number) => `Computing p(${n})…`,
    /** `{error}` is why, `{again}` the button. */
    notShown: (n: number) => `p(${n}) is not shown: {error} {again}`,
    computeAgain: 'Compute again',
    /** `{terms}` is the number of terms needed, in bold. */
    termsNeeded: (terms: number, shown: boolean, n: number) =>
      `Rademacher’s bound on the error falls below ¼ after {terms} term${terms === 1 ? '' : 's'} (${shown ? 'the dotted vertical line in the figure above' : `show ${terms} terms to see it`}); the sum of that many terms is within ½ of p(${n}), so rounding it gives p(${n}) exactly.`,
    firstTerm: 'For n = 1 the first term alone is within ½ of p(1) = 1.',
    ratio: (n: number, percent: string) => `At n = ${n}, p(n) is ${percent}% of the Hardy–Ramanujan estimate; the ratio creeps up to 1 like 1 − 0.443/√n.`,
    check: (ok: string, n: number, modulus: number, k: number, offset: number, remainder: number, rule: string) =>
      `${ok} n = ${n} = ${modulus}·${k} + ${offset}, and p(n) mod ${modulus} = ${remainder}: ${rule}`,
    // The figure
    exactLine: 'log₁₀ p(n), exact',
    estimate: 'Hardy–Ramanujan estimate',
    ratioLine: 'p(n) / estimate',
    chosen: 'chosen n',
    error: '|p(n) − partial sum|',
    term: '|term k|',
    termHover: 'term %{x}: log₁₀ |T| = %{y:.3f}<extra></extra>',
    bound: 'Rademacher’s error bound',
    boundHover: 'bound after %{x} terms: %{y:.3f}<extra></extra>',
    needed: 'terms needed',
    ratioAxis: 'ratio',
    termsAxis: 'Rademacher terms summed at the chosen n',
  },
  {
    copied: '已复制。',
    noClipboard: '无法使用剪贴板：请选中这些数字后手动复制。',
    plotLabel: '三张图：log10 p(n) 随 n 的变化及 Hardy–Ramanujan 估计；两者之比；以及在 n 处 Rademacher 部分和逐项的误差',
    digits: (n, digits) => `p(${n}) 共 ${digits} 位 {meta}：`,
    computedIn: (ms) => `（用时 ${ms} 毫秒）`,
    copyDigits: '复制数字',
    digitsOf: (n) => `p(${n}) 的各位数字`,
    congruences: 'Ramanujan 同余式',
    notApplicable: (which) => `此处不适用：${which}。`,
    computingP: (n) => `正在计算 p(${n})……`,
    notShown: (n) => `p(${n}) 没有显示：{error} {again}`,
    computeAgain: '重新计算',
    termsNeeded: (terms, shown, n) =>
      `Rademacher 误差界在取 {terms} 项后降到 ¼ 以下（${shown ? '见上图中竖直的虚线' : `显示 ${terms} 项才能看到`}）；这么多项之和与 p(${n}) 相差不到 ½，所以四舍五入就得到精确的 p(${n})。`,
    firstTerm: 'n = 1 时，仅第一项就与 p(1) = 1 相差不到 ½。',
    ratio: (n, percent) => `在 n = ${n} 处，p(n) 是 Hardy–Ramanujan 估计的 ${percent}%；这个比值以 1 − 0.443/√n 的速度慢慢趋近 1。`,
    check: (ok, n, modulus, k, offset, remainder, rule) => `${ok} n = ${n} = ${modulus}·${k} + ${offset}，且 p(n) mod ${modulus} = ${remainder}：${rule}`,
    exactLine: 'log₁₀ p(n)，精确值',
    estimate: 'Hardy–Ramanujan 估计',
    ratioLine: 'p(n) / 估计',
    chosen: '选定的 n',
    error: '|p(n) − 部分和|',
    term: '|第 k 项|',
    termHover: '第 %{x} 项：log₁₀ |T| = %{y:.3f}<extra></extra>',
    bound: 'Rademacher 误差界',
    boundHover: '取 %{x} 项后的误差界：%{y:.3f}<extra></extra>',
    needed: '所需项数',
    ratioAxis: '比值',
    termsAxis: '在选定 n 处累加的 Rademacher 项数',
  },
);
