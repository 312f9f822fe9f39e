/** Words the partition widgets share: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const partitionsMsg = defineMessages(
  {
    /** The parser's reason (English, from src/compute) after the control's name. */
    partition: (why: string) => `Partition: ${why}.`,
    tableStops: (last: number) => `The table stops at n = ${last}; the CSV has every n.`,
  },
  {
    partition: (why) => `分拆：${why}。`,
    tableStops: (last) => `表格只列到 n = ${last}；CSV 中有全部的 n。`,
  },
);
