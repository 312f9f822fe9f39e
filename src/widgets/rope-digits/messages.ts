/** The digits widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    plotLabel: (position: string) =>
      `Bar chart: for each dimension pair, the base-β digit (or angle) of position ${position}; each bar's colour is cos(n·θᵢ)`,
    /** `{scale}` is the colour scale itself, a gradient from −1 to +1. */
    colourKey: 'Bar colour is cos(n·θᵢ): red near −1, grey near 0, blue near +1. {scale}',
    /** `{exp}` is the exponent 2/d as a superscript; `{beta}`, `{n}` and `{numeral}` are numbers. */
    readout: 'β = b{exp} = {beta}; n = {n} written in base β (integer parts, most significant first): {numeral}',
    hover: (i: number, theta: string, digit: string, angle: string, cos: string, sin: string, turns: number) =>
      `pair ${i}<br>θ = ${theta}<br>digit ⌊n/βⁱ⌋ mod β = ${digit}<br>angle = ${angle} rad<br>cos = ${cos}, sin = ${sin}<br>full turns = ${turns}`,
    digitSeries: 'digit ⌊n/βⁱ⌋ mod β',
    angleSeries: 'angle n·θᵢ mod 2π',
    betaLine: 'β (digits stay below it)',
    xAxis: 'pair i (fast → slow)',
    digitAxis: 'digit',
    angleAxis: 'angle (rad)',
  },
  {
    plotLabel: (position) => `柱状图：位置 ${position} 在每个维度对上的 β 进制数位（或角度）；柱的颜色表示 cos(n·θᵢ)`,
    colourKey: '柱的颜色表示 cos(n·θᵢ)：接近 −1 为红色，接近 0 为灰色，接近 +1 为蓝色。{scale}',
    readout: 'β = b{exp} = {beta}；把 n = {n} 写成 β 进制（各位取整数部分，高位在前）：{numeral}',
    hover: (i, theta, digit, angle, cos, sin, turns) =>
      `第 ${i} 对<br>θ = ${theta}<br>数位 ⌊n/βⁱ⌋ mod β = ${digit}<br>角度 = ${angle} 弧度<br>cos = ${cos}，sin = ${sin}<br>整圈数 = ${turns}`,
    digitSeries: '数位 ⌊n/βⁱ⌋ mod β',
    angleSeries: '角度 n·θᵢ mod 2π',
    betaLine: 'β（数位总小于它）',
    xAxis: '维度对 i（快 → 慢）',
    digitAxis: '数位',
    angleAxis: '角度（弧度）',
  },
);
