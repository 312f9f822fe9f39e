/** Lucy's table's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

const s = (n: number) => (n === 1 ? '' : 's');

export const msg = defineMessages(
  {
    stepNote: (x: number, primes: number) => `Primes removed so far: x = ${x} has only ${primes} prime${s(primes)} ≤ √x; showing the last step.`,
    vNote: (v: number, shown: number) => `Recursion shown for v: ${v} is not one of the values ⌊x/k⌋; showing ${shown}.`,
    playHint: 'removes the primes ≤ √x one after another',
    plotLabel:
      'Line chart on log scales: S(v, p) against v for the distinct values v = floor(x/k): at the start, after the primes removed so far, and at the end',
    /** `{formula}` is the starting value, typeset. */
    start: (v: number) => `Start, for v = ${v}: {formula}`,
    /** `{prime}` is the prime removed, in bold. */
    removing: (v: number) => `Removing {prime}, for v = ${v}:`,
    unchanged: (v: number, p: number) => `unchanged: ${v} < ${p}² = ${p * p}`,
    tableLabel: "Lucy's table at this step",
    colBefore: 'before',
    colAfter: 'after',
    colReads: 'reads ⌊v/p⌋',
    captionStart: 'S(v, p) before and after removing nothing yet; changed rows are marked',
    captionStep: (p: number) => `S(v, p) before and after removing ${p}; changed rows are marked`,
    pick: (v: number) => `Show the recursion for v = ${v}`,
    // The data summary: a head sentence, then what this step did
    summaryHead: (x: string, values: number, primes: number) => `x = ${x} has ${values} distinct values ⌊x/k⌋ and ${primes} prime${s(primes)} ≤ √x.`,
    summaryStartCount: 'Before any step each S(v) counts all of 2…v.',
    summaryStartSum: 'Before any step each S(v) counts the sum of 2…v.',
    summaryStep: (p: number, changed: number, x: number, now: string) =>
      `Removing ${p} changed ${changed} of them (those with v ≥ ${p}²); S(${x}) is now ${now}.`,
    summaryLastCount: (p: number, changed: number, x: number, now: string, xText: string) =>
      `Removing ${p} changed ${changed} of them (those with v ≥ ${p}²); S(${x}) is now ${now}, which is π of ${xText}.`,
    summaryLastSum: (p: number, changed: number, x: number, now: string, xText: string) =>
      `Removing ${p} changed ${changed} of them (those with v ≥ ${p}²); S(${x}) is now ${now}, which is the prime sum of ${xText}.`,
    twoSentences: (head: string, tail: string) => `${head} ${tail}`,
    // The figure
    startLine: 'start: S(v, 1)',
    startHoverCount: 'v = %{x}: starting count %{y}<extra></extra>',
    startHoverSum: 'v = %{x}: starting sum %{y}<extra></extra>',
    endCount: 'end: π(v)',
    endSum: 'end: sum of primes ≤ v',
    endHover: 'v = %{x}: final %{y}<extra></extra>',
    now: (p: number) => `now: S(v, ${p})`,
    nowHover: 'v = %{x}: S = %{y}<extra></extra>',
    followedHover: 'followed: v = %{x}, S = %{y}<extra></extra>',
    followedName: 'the v followed',
    yCount: 'S(v, p): count',
    ySum: 'S(v, p): sum',
  },
  {
    stepNote: (x, primes) => `已去掉的素数个数：x = ${x} 只有 ${primes} 个 ≤ √x 的素数；显示最后一步。`,
    vNote: (v, shown) => `展示递推的 v：${v} 不是 ⌊x/k⌋ 的取值之一；改为显示 ${shown}。`,
    playHint: '依次去掉 ≤ √x 的素数',
    plotLabel: '双对数坐标折线图：对各个不同取值 v = floor(x/k)，S(v, p) 随 v 的变化：起始时、去掉目前这些素数之后、以及最终结果',
    start: (v) => `起始值，v = ${v}：{formula}`,
    removing: (v) => `去掉 {prime}，v = ${v}：`,
    unchanged: (v, p) => `不变：${v} < ${p}² = ${p * p}`,
    tableLabel: '这一步时 Lucy 的表',
    colBefore: '之前',
    colAfter: '之后',
    colReads: '读取的 ⌊v/p⌋',
    captionStart: '尚未去掉任何素数时的 S(v, p)；有变化的行会标出',
    captionStep: (p) => `去掉 ${p} 之前与之后的 S(v, p)；有变化的行已标出`,
    pick: (v) => `显示 v = ${v} 的递推`,
    summaryHead: (x, values, primes) => `x = ${x} 共有 ${values} 个不同的取值 ⌊x/k⌋，≤ √x 的素数有 ${primes} 个。`,
    summaryStartCount: '还没走任何一步时，每个 S(v) 数的是 2…v 中的全部整数。',
    summaryStartSum: '还没走任何一步时，每个 S(v) 是 2…v 全部整数之和。',
    summaryStep: (p, changed, x, now) => `去掉 ${p} 改变了其中 ${changed} 个值（即 v ≥ ${p}² 的那些）；S(${x}) 现在是 ${now}。`,
    summaryLastCount: (p, changed, x, now, xText) =>
      `去掉 ${p} 改变了其中 ${changed} 个值（即 v ≥ ${p}² 的那些）；S(${x}) 现在是 ${now}，这正是不超过 ${xText} 的素数个数 π。`,
    summaryLastSum: (p, changed, x, now, xText) =>
      `去掉 ${p} 改变了其中 ${changed} 个值（即 v ≥ ${p}² 的那些）；S(${x}) 现在是 ${now}，这正是不超过 ${xText} 的素数之和。`,
    twoSentences: (head, tail) => `${head}${tail}`,
    startLine: '起始：S(v, 1)',
    startHoverCount: 'v = %{x}：起始计数 %{y}<extra></extra>',
    startHoverSum: 'v = %{x}：起始和 %{y}<extra></extra>',
    endCount: '最终：π(v)',
    endSum: '最终：≤ v 的素数之和',
    endHover: 'v = %{x}：最终值 %{y}<extra></extra>',
    now: (p) => `当前：S(v, ${p})`,
    nowHover: 'v = %{x}：S = %{y}<extra></extra>',
    followedHover: '跟踪的 v = %{x}，S = %{y}<extra></extra>',
    followedName: '跟踪的 v',
    yCount: 'S(v, p)：计数',
    ySum: 'S(v, p)：求和',
  },
);
