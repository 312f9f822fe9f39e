/**
 * The formula figures' own words (plot, map, sequence): English, and Chinese typed from it (a missing
 * key is a type error). What an author wrote in a block (titles, labels, axis titles) is shown as written.
 */
import { defineMessages } from '../../core/i18n';

export const formulaMsg = defineMessages(
  {
    formulasOfFigure: 'Formulas of the figure',
    numbersAsTable: 'The numbers as a table',
    /** `{gallery}` is the link to the gallery, named by `galleryLink`. */
    missing: (kind: string) => `A ${kind} figure is declared in a notebook’s Markdown; open one from its notebook or from the {gallery}.`,
    galleryLink: 'widget gallery',
    // Table captions
    pointsShown: (shown: number, total: number) => `${shown} of ${total} points`,
    termsShown: (shown: number, total: number) => `${shown} of ${total} terms`,
    termsShownExact: (shown: number, total: number) => `${shown} of ${total} terms, every digit`,
    gridShown: (z: string, cols: number, rows: number, nx: number, ny: number, y: string, x: string) =>
      `${z} at ${cols} × ${rows} of the ${nx} × ${ny} grid points (rows: ${y}, columns: ${x})`,
    // Names in the figure where the author gave none
    curveName: (n: number) => `curve ${n}`,
    sequenceName: (n: number) => `sequence ${n}`,
    contours: 'contours',
    logScale: (title: string) => `${title} (log scale)`,
    // The figure in words (its accessible name)
    lineWaiting: (title: string) => `Line plot: ${title}`,
    mapWaiting: (title: string) => `Heatmap with contour lines: ${title}`,
    sequenceWaiting: (title: string) => `Sequence plot: ${title}`,
    /** `ranges` is a list of `seriesRange` / `seriesUndefined`, joined by `listSeparator`. */
    lineOver: (x: string, from: string, to: string, ranges: string) => `Line plot over ${x} from ${from} to ${to}: ${ranges}`,
    sequenceOver: (x: string, from: string, to: string, ranges: string) => `Sequence plot over ${x} from ${from} to ${to}: ${ranges}`,
    mapOver: (z: string, x: string, x0: string, x1: string, y: string, y0: string, y1: string, lo: string, hi: string) =>
      `Heatmap with contour lines of ${z} over ${x} from ${x0} to ${x1} and ${y} from ${y0} to ${y1}: values between ${lo} and ${hi}`,
    seriesRange: (label: string, lo: string, hi: string) => `${label} between ${lo} and ${hi}`,
    seriesUndefined: (label: string) => `${label} undefined throughout`,
    listSeparator: '; ',
    // Notes under the figure (the kernel reports them as data: compute/formula/notes.ts)
    /** `runs` is a list of `gapAt` / `gapBelow` / `gapAbove` / `gapBetween`, joined by `listSeparator`. */
    gaps: (label: string, runs: string) => `${label}: ${runs} (left as gaps)`,
    gapsAndMore: (label: string, runs: string, more: number) => `${label}: ${runs}, and in ${more} more place${more > 1 ? 's' : ''} (left as gaps)`,
    /** `what` is one of `undefined`, `infinite`, `undefinedOrInfinite`, `beyondFloat`. */
    gapAt: (what: string, symbol: string, x: string) => `${what} at ${symbol} = ${x}`,
    gapBelow: (what: string, symbol: string, x: string) => `${what} for ${symbol} < ${x}`,
    gapAbove: (what: string, symbol: string, x: string) => `${what} for ${symbol} > ${x}`,
    gapBetween: (what: string, symbol: string, a: string, b: string) => `${what} for ${a} < ${symbol} < ${b}`,
    undefined: 'undefined',
    infinite: 'infinite',
    undefinedOrInfinite: 'undefined or infinite',
    beyondFloat: 'beyond float64 (the table has every digit)',
    noValues: (label: string) => `${label}: undefined or infinite at every point (nothing to draw)`,
    blankCells: (missing: string, total: string) => `z is undefined or infinite at ${missing} of ${total} points (left blank)`,
    noCells: 'z is undefined or infinite at every point (nothing to draw)',
    /** `reason`: why, in the reader's language (a coded kernel error). */
    stopped: (label: string, symbol: string, at: string, reason: string) => `${label}: stopped at ${symbol} = ${at}: ${reason}`,
    cutCurves: (seconds: string, symbol: string, at: string) => `Stopped after ${seconds} s at ${symbol} = ${at}: the rest is not drawn.`,
    cutCells: (seconds: string, symbol: string, at: string) => `Stopped after ${seconds} s at ${symbol} = ${at}: the rest is blank.`,
    cutTerms: (seconds: string, symbol: string, at: string) => `Stopped after ${seconds} s at ${symbol} = ${at}: later terms are not computed.`,
  },
  {
    formulasOfFigure: '图中的公式',
    numbersAsTable: '以表格显示数值',
    missing: (kind) => `${kind} 图形要在笔记的 Markdown 里声明；请从它所在的笔记或{gallery}中打开。`,
    galleryLink: '组件一览',
    pointsShown: (shown, total) => `${total} 个点中的 ${shown} 个`,
    termsShown: (shown, total) => `${total} 项中的 ${shown} 项`,
    termsShownExact: (shown, total) => `${total} 项中的 ${shown} 项，列出每一位数字`,
    gridShown: (z, cols, rows, nx, ny, y, x) => `${nx} × ${ny} 个格点中 ${cols} × ${rows} 个点上的 ${z}（行：${y}，列：${x}）`,
    curveName: (n) => `曲线 ${n}`,
    sequenceName: (n) => `数列 ${n}`,
    contours: '等高线',
    logScale: (title) => `${title}（对数刻度）`,
    lineWaiting: (title) => `折线图：${title}`,
    mapWaiting: (title) => `带等高线的热力图：${title}`,
    sequenceWaiting: (title) => `数列图：${title}`,
    lineOver: (x, from, to, ranges) => `折线图，${x} 从 ${from} 到 ${to}：${ranges}`,
    sequenceOver: (x, from, to, ranges) => `数列图，${x} 从 ${from} 到 ${to}：${ranges}`,
    mapOver: (z, x, x0, x1, y, y0, y1, lo, hi) => `${z} 的带等高线热力图，${x} 从 ${x0} 到 ${x1}，${y} 从 ${y0} 到 ${y1}：取值在 ${lo} 与 ${hi} 之间`,
    seriesRange: (label, lo, hi) => `${label} 在 ${lo} 与 ${hi} 之间`,
    seriesUndefined: (label) => `${label} 处处无定义`,
    listSeparator: '；',
    gaps: (label, runs) => `${label}：${runs}（以断口表示）`,
    gapsAndMore: (label, runs, more) => `${label}：${runs}，另有 ${more} 处（以断口表示）`,
    gapAt: (what, symbol, x) => `${symbol} = ${x} 处${what}`,
    gapBelow: (what, symbol, x) => `${symbol} < ${x} 时${what}`,
    gapAbove: (what, symbol, x) => `${symbol} > ${x} 时${what}`,
    gapBetween: (what, symbol, a, b) => `${a} < ${symbol} < ${b} 时${what}`,
    undefined: '无定义',
    infinite: '为无穷大',
    undefinedOrInfinite: '无定义或为无穷大',
    beyondFloat: '超出 float64 的范围（表格中列有每一位数字）',
    noValues: (label) => `${label}：处处无定义或为无穷大（无可绘制）`,
    blankCells: (missing, total) => `z 在 ${total} 个点中的 ${missing} 个上无定义或为无穷大（留空）`,
    noCells: 'z 处处无定义或为无穷大（无可绘制）',
    stopped: (label, symbol, at, reason) => `${label}：算到 ${symbol} = ${at} 时停止：${reason}`,
    cutCurves: (seconds, symbol, at) => `计算 ${seconds} 秒后在 ${symbol} = ${at} 处停止：其余部分未绘制。`,
    cutCells: (seconds, symbol, at) => `计算 ${seconds} 秒后在 ${symbol} = ${at} 处停止：其余部分留空。`,
    cutTerms: (seconds, symbol, at) => `计算 ${seconds} 秒后在 ${symbol} = ${at} 处停止：后面的项未计算。`,
  },
);
