/** The decay widget's words: English, and Chinese typed from it (a missing key is a type error). */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    methods: 'Methods',
    plotLabel: 'Line chart with bands: the relative score s(r) against distance r for each selected method, with the training length marked',
    tickOne: 'Tick at least one method to draw its curve.',
    /** `{factor}` is the factor, `{same}` the note when it is 1, `{band}` whether the band is shown yet. */
    stretch: (train: number, target: number) =>
      `Every method stretches ${train} tokens to ${target}: factor {factor}{same}. The line is s at the first distance of each bucket; the band spans its smallest and largest value over every distance in the bucket ({band}).`,
    nothingChanges: ' (the target is not longer, so nothing changes)',
    bandShown: 'shown',
    bandPending: 'computed once the controls rest',
    colMethod: 'method',
    colAtTrain: 's at the training length',
    colAtTarget: 's at the target',
    colFactor: 'attention factor',
    band: (name: string) => `${name} band`,
    hover: (name: string) => `${name}: s(%{x}) = %{y:.4f}<extra></extra>`,
    trainingLength: 'training length',
    xLog: 'distance r (log)',
    xLinear: 'distance r',
    yAxis: 's(r) = mean cos(r·θᵢ)',
  },
  {
    methods: '方法',
    plotLabel: '带区间的折线图：各个选中方法的相对得分 s(r) 随距离 r 的变化，并标出训练长度',
    tickOne: '至少勾选一种方法才能画出曲线。',
    stretch: (train, target) =>
      `每种方法都把 ${train} 个 token 拉伸到 ${target} 个：倍数 {factor}{same}。折线是 s 在每个距离桶第一个距离处的值；色带覆盖桶内所有距离上的最小值到最大值（{band}）。`,
    nothingChanges: '（目标不比训练长度长，所以什么也不变）',
    bandShown: '已显示',
    bandPending: '控件停下后再计算',
    colMethod: '方法',
    colAtTrain: '训练长度处的 s',
    colAtTarget: '目标长度处的 s',
    colFactor: '注意力因子',
    band: (name) => `${name} 区间`,
    hover: (name) => `${name}：s(%{x}) = %{y:.4f}<extra></extra>`,
    trainingLength: '训练长度',
    xLog: '距离 r（对数）',
    xLinear: '距离 r',
    yAxis: 's(r) = 各对 cos(r·θᵢ) 的均值',
  },
);
