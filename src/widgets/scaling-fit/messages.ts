/** The fit widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    pasteRows: 'Paste CSV rows (N, D, loss) or open a file.',
    tooFewRows: (rows: number) => `Only ${rows} usable rows; the fit needs at least 5.`,
    plotLabel: 'Scatter plot of final loss against parameters N, coloured by training tokens D, with the fitted law at a few D and the residuals below',
    /** `{law}` is the fitted law, `{time}` how long the fit took. */
    fitSummary: (runs: string, leftOut: number) =>
      `${runs} runs fitted${leftOut > 0 ? ` (${leftOut} left out)` : ''}: {law}. The 4 500-start fit took {time} in the worker.`,
    seconds: (s: string) => `${s} s`,
    dropEffect: (withoutB: string, withoutBeta: string, allB: string, allBeta: string, factor: string) =>
      `Without the 5 highest-loss runs B = ${withoutB} and β = ${withoutBeta}; with every run B = ${allB} and β = ${allBeta} (B × ${factor}).`,
    // The bootstrap
    bootstrapIntervals: 'Bootstrap the intervals',
    cancelBootstrap: 'Cancel bootstrap',
    bootError: (error: string) => `Bootstrap: ${error}`,
    bootDone: (resamples: number, seconds: string) => `${resamples} resamples in ${seconds} s: 95% intervals below.`,
    // The parameter table
    paramsRegion: 'Fitted and published parameters',
    paramsCaption: 'Fitted and published parameters (interval: 2.5th–97.5th bootstrap percentile)',
    colQuantity: 'quantity',
    colThisFit: 'this fit',
    colInterval: '95% interval',
    ratioAtChinchilla: 'D/N at 5.76×10²³ FLOP',
    source: 'Data: Hoffmann et al. 2022 (Figure 4), as extracted by Epoch AI for Besiroglu et al. 2024, “Chinchilla Scaling: A replication attempt”.',
    // What a figure for older settings still shows (the frame's stale note)
    builtinData: 'the built-in Chinchilla data',
    csvNotBuiltin: 'your CSV, not the built-in data',
    csvBefore: 'your CSV as it was before',
    dataWithRuns: (data: string, without: boolean) => `${data}, ${without ? 'without' : 'with'} the 5 highest-loss runs`,
    // The figure
    bandName: (tokens: string) => `D ≈ ${tokens}`,
    pointHover: (lo: string, hi: string, N: string, D: string, loss: string, fit: string) =>
      `tokens ${lo}–${hi}<br>N = ${N}<br>D = ${D}<br>loss = ${loss}<br>fit = ${fit}`,
    fitAt: (tokens: string) => `fit at D = ${tokens}`,
    leftOut: 'left out',
    leftOutHover: (N: string, D: string, loss: string) => `left out<br>N = ${N}<br>D = ${D}<br>loss = ${loss}`,
    xAxis: 'parameters N',
    yLoss: 'final loss',
    yResidual: 'data − fit',
    // The CSV box
    csvLabel: 'CSV text: N, D, loss (header optional; drop a file here)',
    openCsv: 'Open a CSV file',
    csvSummary: (rows: string, columns: string | null, derivedD: boolean, leftOut: string | null) =>
      `${rows} rows read${columns !== null ? ` (columns: ${columns})` : ' (no header: N, D, loss)'}${derivedD ? '; D = C/(6N)' : ''}${leftOut !== null ? `; ${leftOut} left out:` : '.'}`,
    errorLine: (line: number, message: string) => `line ${line}: ${message}`,
    moreErrors: (count: string) => `… and ${count} more`,
    tooBigForLink: (chars: string, max: string) =>
      `This data (${chars} characters) is too big for a link: links and embed codes carry up to ${max} characters, so a copied link opens with an empty box.`,
  },
  {
    pasteRows: '请粘贴 CSV 数据行（N, D, loss）或打开一个文件。',
    tooFewRows: (rows) => `只有 ${rows} 行可用；拟合至少需要 5 行。`,
    plotLabel: '散点图：最终损失随参数量 N 的变化，按训练 token 数 D 着色，附几个 D 值下的拟合曲线，下方为残差',
    fitSummary: (runs, leftOut) =>
      `拟合了 ${runs} 次训练${leftOut > 0 ? `（去掉 ${leftOut} 次）` : ''}：{law}。从 4 500 个起点出发的拟合在计算线程中用时 {time}。`,
    seconds: (s) => `${s} 秒`,
    dropEffect: (withoutB, withoutBeta, allB, allBeta, factor) =>
      `去掉损失最高的 5 次训练时 B = ${withoutB}，β = ${withoutBeta}；保留全部训练时 B = ${allB}，β = ${allBeta}（B × ${factor}）。`,
    bootstrapIntervals: '用 bootstrap 估计区间',
    cancelBootstrap: '取消 bootstrap',
    bootError: (error) => `Bootstrap：${error}`,
    bootDone: (resamples, seconds) => `${resamples} 组重抽样，用时 ${seconds} 秒：95% 区间见下表。`,
    paramsRegion: '拟合参数与已发表参数',
    paramsCaption: '拟合参数与已发表参数（区间：bootstrap 的第 2.5 到第 97.5 百分位）',
    colQuantity: '量',
    colThisFit: '本次拟合',
    colInterval: '95% 区间',
    ratioAtChinchilla: '5.76×10²³ FLOP 下的 D/N',
    source: '数据：Hoffmann 等人 2022（图 4），由 Epoch AI 为 Besiroglu 等人 2024 的 “Chinchilla Scaling: A replication attempt” 提取。',
    builtinData: '内置的 Chinchilla 数据',
    csvNotBuiltin: '你的 CSV，而不是内置数据',
    csvBefore: '你之前的 CSV',
    dataWithRuns: (data, without) => `${data}，${without ? '不含' : '包含'}损失最高的 5 次训练`,
    bandName: (tokens) => `D ≈ ${tokens}`,
    pointHover: (lo, hi, N, D, loss, fit) => `token 数 ${lo}–${hi}<br>N = ${N}<br>D = ${D}<br>损失 = ${loss}<br>拟合 = ${fit}`,
    fitAt: (tokens) => `D = ${tokens} 处的拟合`,
    leftOut: '已去掉',
    leftOutHover: (N, D, loss) => `已去掉<br>N = ${N}<br>D = ${D}<br>损失 = ${loss}`,
    xAxis: '参数量 N',
    yLoss: '最终损失',
    yResidual: '数据 − 拟合',
    csvLabel: 'CSV 文本：N, D, loss（表头可有可无；也可以把文件拖到这里）',
    openCsv: '打开 CSV 文件',
    csvSummary: (rows, columns, derivedD, leftOut) =>
      `读到 ${rows} 行${columns !== null ? `（列：${columns}）` : '（无表头：N, D, loss）'}${derivedD ? '；D = C/(6N)' : ''}${leftOut !== null ? `；有 ${leftOut} 行被略去：` : '。'}`,
    errorLine: (line, message) => `第 ${line} 行：${message}`,
    moreErrors: (count) => `……另有 ${count} 行`,
    tooBigForLink: (chars, max) =>
      `这些数据（${chars} 个字符）太大，放不进链接：链接和嵌入代码最多携带 ${max} 个字符，所以复制的链接打开时文本框是空的。`,
  },
);
