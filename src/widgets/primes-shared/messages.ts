/** Words the primes widgets share: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const primesMsg = defineMessages(
  {
    showData: 'Show the data as a table',
  },
  {
    showData: '以表格显示数据',
  },
);
