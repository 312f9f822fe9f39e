/** Words the segment-* widgets share: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    /** The summed rest of the distribution, as a bar's label and as a table row. */
    allOthers: 'all others',
    allOthersHover: 'every other segmentation, summed',
    barsTable: 'The bars as a table',
    colSegmentation: 'segmentation',
    colExact: 'exact P',
    colPerfect: 'perfect',
    colOld: 'old Viterbi',
    colOldExact: 'old, exact',
    // The reader's own vocabulary
    vocabLabel: 'Your vocabulary: one piece and its p(w) per line',
    vocabSummary: (pieces: number, bad: number) =>
      `${pieces} piece${pieces === 1 ? '' : 's'} read${bad ? `; ${bad} line${bad === 1 ? '' : 's'} not read:` : '.'}`,
    /** `reason` is the parser's own (English) wording of what is wrong with the line. */
    vocabLine: (line: number, reason: string) => `line ${line}: ${reason}`,
    vocabMore: (count: number) => `… and ${count} more`,
    vocabTooLong: (chars: number, max: number) =>
      `This list has ${chars} characters; the widget takes up to ${max}, so it is not used.`,
  },
  {
    allOthers: '其余切分',
    allOthersHover: '其余所有切分之和',
    barsTable: '柱状图的数据表',
    colSegmentation: '切分',
    colExact: '精确 P',
    colPerfect: '完美采样',
    colOld: '旧版 Viterbi',
    colOldExact: '旧版（精确）',
    vocabLabel: '你的词表：每行一个词条及其 p(w)',
    vocabSummary: (pieces, bad) => `读入 ${pieces} 个词条${bad ? `；${bad} 行未能读入：` : '。'}`,
    vocabLine: (line, reason) => `第 ${line} 行：${reason}`,
    vocabMore: (count) => `……另有 ${count} 行`,
    vocabTooLong: (chars, max) => `这份词表有 ${chars} 个字符，超过本组件接受的 ${max} 个，因此未被使用。`,
  },
);
