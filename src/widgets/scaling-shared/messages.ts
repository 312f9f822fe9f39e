/** Words the scaling-laws widgets share: English, and Chinese typed from it. */
import { defineMessages } from '../../core/i18n';

export const sharedMsg = defineMessages(
  {
    bootProgress: 'Bootstrap progress',
    hoffmann: 'Hoffmann et al.',
    besiroglu: 'Besiroglu et al.',
  },
  {
    bootProgress: 'Bootstrap 进度',
    hoffmann: 'Hoffmann 等人',
    besiroglu: 'Besiroglu 等人',
  },
);
