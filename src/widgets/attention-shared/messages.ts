/** Words every attention widget uses: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const sharedMsg = defineMessages(
  {
    /** The fold that holds the variants' switches. */
    normalisations: 'Normalisations',
    switchOnToDraw: 'Switch on at least one variant to draw.',
    switchOnToTrain: 'Switch on at least one variant to train.',
    /** A legend entry: the dotted line at the training length. */
    trainingLine: (trainLength: number) => `training length L = ${trainLength}`,
    colNormalisation: 'normalisation',
  },
  {
    normalisations: '归一化方式',
    switchOnToDraw: '至少勾选一种归一化方式才能作图。',
    switchOnToTrain: '至少勾选一种归一化方式才能训练。',
    trainingLine: (trainLength) => `训练长度 L = ${trainLength}`,
    colNormalisation: '归一化方式',
  },
);
