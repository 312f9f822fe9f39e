/** The cos map's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    plotLabel: 'Heatmap of cos(n·θᵢ): rows are positions n, columns are dimension pairs i',
    rows: (rows: number, step: number, cols: number, pairs: number) =>
      `${rows} rows${step > 1 ? `, at most ${step} positions apart` : ''}; ${cols} of ${pairs} pairs.`,
    aliased: (last: number) =>
      `Pairs 0–${last} turn by more than half a circle between two rows, so any pattern drawn for them would be false; their columns are left blank. Fewer positions bring them back.`,
    exact: 'Every cell is exact: no pair turns by more than half a circle between two rows.',
    hover: 'pair %{x}, position %{y}<br>cos = %{z:.3f}<extra></extra>',
    trainingLength: 'training length',
    xAxis: 'pair i (fast → slow)',
    yAxis: 'position n',
  },
  {
    plotLabel: 'cos(n·θᵢ) 热力图：行是位置 n，列是维度对 i',
    rows: (rows, step, cols, pairs) => `共 ${rows} 行${step > 1 ? `，相邻两行的位置最多相差 ${step}` : ''}；显示 ${pairs} 个维度对中的 ${cols} 个。`,
    aliased: (last) => `第 0–${last} 对在相邻两行之间转过的角度超过半圈，给它们画出的任何图案都是假象，因此这些列留空。减少位置数就能让它们重新出现。`,
    exact: '每个格子都是准确的：没有哪一对在相邻两行之间转过半圈以上。',
    hover: '第 %{x} 对，位置 %{y}<br>cos = %{z:.3f}<extra></extra>',
    trainingLength: '训练长度',
    xAxis: '维度对 i（快 → 慢）',
    yAxis: '位置 n',
  },
);
