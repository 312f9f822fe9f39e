/** The Franklin widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const signTurn = (k: number) => (k % 2 === 0 ? '+1 to −1' : '−1 to +1');
const signTurnZh = (k: number) => (k % 2 === 0 ? '由 +1 变为 −1' : '由 −1 变为 +1');

/** What `describeMove` says of one partition: its parts, smallest part s, slope σ and the move. */
export interface MoveWords {
  parts: string;
  n: number;
  k: number;
  smallest: number;
  slope: number;
  slopeRows: string;
  image: string;
  imageParts: number;
  j: string;
}

export const msg = defineMessages(
  {
    plotLabel:
      'Bar chart: partitions of n into an even number of distinct parts minus those into an odd number, for every n up to N; bars of +1 or −1 stand at the pentagonal numbers and nothing elsewhere',
    tableLabel: 'Partitions of n into an even and into an odd number of distinct parts, and their difference',
    colEven: 'even',
    colOdd: 'odd',
    colDifference: 'even − odd',
    franklinMap: 'Franklin’s map on one partition',
    previousLabel: (n: number) => `Previous partition of ${n} into distinct parts`,
    nextLabel: (n: number) => `Next partition of ${n} into distinct parts`,
    previous: '◀ Previous',
    next: 'Next ▶',
    position: (at: number, of: number, n: number) => `${at} of ${of} partitions of ${n} into distinct parts`,
    apply: (image: string) => `Apply the map to ${image}`,
    parity: (n: number, even: number, odd: number) =>
      `${n} has ${plural(even, 'partition')} into an even number of distinct parts and ${odd} into an odd number.`,
    allPaired: 'Franklin’s map pairs them all off, so they cancel in Π(1 − x^k).',
    onePaired: (fixed: string, n: number, sign: string) =>
      `Franklin’s map pairs off all but ${fixed}, so ${n} is a pentagonal number and its coefficient is ${sign}.`,
    // The diagrams
    before: 'before the move',
    after: 'after the move',
    noMove: 'no move: the same partition',
    diagram: (parts: string, side: string, rows: string) => `Diagram of ${parts} ${side}: rows of ${rows} cells`,
    sign: (sign: string) => `sign ${sign}`,
    keyBottom: 'the bottom row (smallest part s)',
    keySlope: 'the last cell of each slope row (σ of them)',
    keyPlaced: 'on the right: the cells the move placed, in the colour of where they came from',
    signOf: (k: number) => `${k % 2 === 0 ? '+1' : '−1'} (${plural(k, 'part')}, ${k % 2 === 0 ? 'even' : 'odd'})`,
    bottomToSlope: (w: MoveWords) =>
      `${w.parts}: smallest part s = ${w.smallest}, slope σ = ${w.slope} (${w.slopeRows}). Since s ≤ σ, the ${plural(w.smallest, 'cell')} of the bottom row move to the ends of the top ${plural(w.smallest, 'row')}, giving ${w.image}: ${plural(w.imageParts, 'part')} instead of ${w.k}, so the sign turns from ${signTurn(w.k)}.`,
    slopeToBottom: (w: MoveWords) =>
      `${w.parts}: smallest part s = ${w.smallest}, slope σ = ${w.slope} (${w.slopeRows}). Since s > σ, the last cell of each of the ${plural(w.slope, 'slope row')} comes off and the ${plural(w.slope, 'cell')} become a new bottom row, giving ${w.image}: ${plural(w.imageParts, 'part')} instead of ${w.k}, so the sign turns from ${signTurn(w.k)}.`,
    fixed: (w: MoveWords, bottomIsSlope: boolean) =>
      `${w.parts}: smallest part s = ${w.smallest}, slope σ = ${w.slope} (${w.slopeRows}). No move is possible: ` +
      (bottomIsSlope
        ? `the bottom row is the slope's last row, and its ${plural(w.k, 'cell')} would need ${plural(w.k, 'row')} above it, where only ${w.k - 1} remain`
        : `taking the slope off would shorten the bottom row to ${w.smallest - 1}, the same as the new row of ${w.slope}`) +
      `. So ${w.parts} is left alone, Franklin's one unpaired partition of ${w.n} = j(3j − 1)/2 with j = ${w.j}, and its sign (−1)^${w.k} = ${w.k % 2 === 0 ? '+1' : '−1'} is the coefficient of x^${w.n} in Π(1 − x^k).`,
    // The figure and its summary
    hover: 'n = %{x}: %{customdata[0]} with an even number of parts, %{customdata[1]} with an odd number<extra></extra>',
    disagree: (at: string) => `✗ The counts disagree with Euler's theorem at n = ${at}.`,
    agree: (N: number, count: number, shown: string, others: number) =>
      `✓ For every n from 0 to ${N}, counting gives q_even(n) − q_odd(n) = Euler's coefficient: ±1 at the ${count} pentagonal numbers ${shown}, and 0 at the other ${others}.`,
  },
  {
    plotLabel: '柱状图：对每个不超过 N 的 n，把 n 分拆为偶数个互异部分的方法数减去分拆为奇数个互异部分的方法数；只在五边形数处出现 +1 或 −1 的柱，其余处为零',
    tableLabel: 'n 分拆为偶数个与奇数个互异部分的方法数，以及两者之差',
    colEven: '偶数个',
    colOdd: '奇数个',
    colDifference: '偶 − 奇',
    franklinMap: '在一个分拆上演示 Franklin 映射',
    previousLabel: (n) => `${n} 的上一个互异部分分拆`,
    nextLabel: (n) => `${n} 的下一个互异部分分拆`,
    previous: '◀ 上一个',
    next: '下一个 ▶',
    position: (at, of, n) => `${n} 的 ${of} 个互异部分分拆中的第 ${at} 个`,
    apply: (image) => `施加映射，得到 ${image}`,
    parity: (n, even, odd) => `${n} 分拆为偶数个互异部分的方法有 ${even} 种，分拆为奇数个的有 ${odd} 种。`,
    allPaired: 'Franklin 映射把它们全部两两配对，所以它们在 Π(1 − x^k) 中相互抵消。',
    onePaired: (fixed, n, sign) => `Franklin 映射把除 ${fixed} 以外的分拆全部配对，所以 ${n} 是五边形数，它的系数是 ${sign}。`,
    before: '映射之前',
    after: '映射之后',
    noMove: '无法移动：仍是同一个分拆',
    diagram: (parts, side, rows) => `${parts} 的图（${side}）：各行分别有 ${rows} 个格子`,
    sign: (sign) => `符号 ${sign}`,
    keyBottom: '最底一行（最小部分 s）',
    keySlope: '斜坡上每一行的最后一格（共 σ 格）',
    keyPlaced: '右图：映射移动过的格子，颜色表示它们原来所在的位置',
    signOf: (k) => `${k % 2 === 0 ? '+1' : '−1'}（${k} 个部分，${k % 2 === 0 ? '偶数' : '奇数'}）`,
    bottomToSlope: (w) =>
      `${w.parts}：最小部分 s = ${w.smallest}，斜坡 σ = ${w.slope}（${w.slopeRows}）。因为 s ≤ σ，最底一行的 ${w.smallest} 个格子分别移到最上面 ${w.smallest} 行的末尾，得到 ${w.image}：部分个数由 ${w.k} 变为 ${w.imageParts}，所以符号${signTurnZh(w.k)}。`,
    slopeToBottom: (w) =>
      `${w.parts}：最小部分 s = ${w.smallest}，斜坡 σ = ${w.slope}（${w.slopeRows}）。因为 s > σ，斜坡上 ${w.slope} 行各取下最后一格，这 ${w.slope} 个格子组成新的最底一行，得到 ${w.image}：部分个数由 ${w.k} 变为 ${w.imageParts}，所以符号${signTurnZh(w.k)}。`,
    fixed: (w, bottomIsSlope) =>
      `${w.parts}：最小部分 s = ${w.smallest}，斜坡 σ = ${w.slope}（${w.slopeRows}）。无法移动：` +
      (bottomIsSlope
        ? `最底一行正是斜坡的最后一行，它的 ${w.k} 个格子需要上方有 ${w.k} 行来接收，而上方只剩 ${w.k - 1} 行`
        : `取下斜坡会让最底一行缩短为 ${w.smallest - 1}，与新的一行 ${w.slope} 相同`) +
      `。所以 ${w.parts} 保持不动，它是 ${w.n} = j(3j − 1)/2（j = ${w.j}）唯一没有配对的分拆，它的符号 (−1)^${w.k} = ${w.k % 2 === 0 ? '+1' : '−1'} 正是 x^${w.n} 在 Π(1 − x^k) 中的系数。`,
    hover: 'n = %{x}：偶数个部分的有 %{customdata[0]} 种，奇数个的有 %{customdata[1]} 种<extra></extra>',
    disagree: (at) => `✗ 计数在 n = ${at} 处与欧拉定理不符。`,
    agree: (N, count, shown, others) =>
      `✓ 对 0 到 ${N} 的每个 n，直接计数得到的 q_even(n) − q_odd(n) 都等于欧拉给出的系数：在 ${count} 个五边形数 ${shown} 处为 ±1，在其余 ${others} 个 n 处为 0。`,
  },
);
