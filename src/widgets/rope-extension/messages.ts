/**
 * The extension widget's words: English, and Chinese typed from it (a missing key is a type error).
 * What the config reader says (src/compute/rope) and the presets' notes stay English, under a
 * Chinese lead-in.
 */
import { defineMessages } from '../../core/i18n';

export const msg = defineMessages(
  {
    presetUnused: 'Not used: the pasted config below takes precedence.',
    fixInput: 'Not redrawn: fix the input marked above.',
    fixInputKept: 'Not redrawn: fix the input marked above. The plot shows the last valid one.',
    copiedDropped: (fields: string) => `Copied. The controls have no field for ${fields}, so those settings no longer apply.`,
    copied: 'Copied: the controls now hold this model.',
    lastValidInput: 'the last valid input',
    howRead: 'How the config was read',
    /** Above the config reader's notes, which stay English. */
    readerNotes: '',
    source: 'Source:',
    editAsJson: 'Edit as JSON',
    copyIntoControls: 'Copy into the controls',
    pasteSummary: "Paste a model's config.json, or only its rope_scaling block",
    pasteLeavesOut: 'The pasted config leaves out what the controls above supply.',
    clearPaste: 'Clear the pasted config',
    plotStretch: (method: string) =>
      `Log-scale chart: for each dimension pair, how many times slower ${method} makes it turn, beside PI, NTK-aware and YaRN for the same lengths`,
    plotTurns: (method: string) => `Log-scale chart: for each dimension pair, full turns within the training length and at the target length under ${method}`,
    /** `{counts}` is the three counts. */
    pairs: 'Pairs: {counts}.',
    counts: (kept: number, mixed: number, interpolated: number) => `${kept} kept, ${mixed} mixed, ${interpolated} interpolated`,
    /** `{pair}` is the critical pair (or "none"), `{unseen}` the count of pairs that meet unseen angles. */
    criticalFound: (train: string, wavelength: string, unseen: number) =>
      `Critical pair: {pair} — the first pair that never finished a turn within ${train} tokens (wavelength ${wavelength} tokens). {unseen} pair${unseen === 1 ? '' : 's'} meet angles at the target that training never produced.`,
    criticalNone: (unseen: number) =>
      `Critical pair: {pair} — every pair turned fully in training. {unseen} pair${unseen === 1 ? '' : 's'} meet angles at the target that training never produced.`,
    criticalPair: (i: number) => `i = ${i}`,
    none: 'none',
    /** `{factor}` is the attention factor. */
    attentionScaled: (logits: string) => `Attention factor: {factor} (cos and sin are multiplied by it, so attention logits by ${logits}).`,
    attentionOne: 'Attention factor: {factor} (only YaRN and LongRoPE change it).',
    /** `{stretch}` is the slowest pair's stretch. */
    stretchSlowest: (method: string, factor: string) =>
      `Stretch θ/θ′ of the slowest pair: {stretch} under ${method}; PI stretches every pair by ${factor}, the target/training ratio.`,
    otherLayersFull: (type: string, base: string, slowest: string) => `${type} layers: base ${base}, ${slowest} turns of the slowest pair at the target.`,
    otherLayersWindow: (type: string, base: string, window: string, slowest: string) =>
      `${type} layers: base ${base}, window ${window} tokens, so their slowest pair turns ${slowest} times at most and extension leaves them alone.`,
    queryScale: (beta: number, scale: string, below: string) => `Query scale (llama_4_scaling_beta ${beta}): ×${scale} at the target, 1 below ${below} tokens.`,
    /** `{base}` is b′, `{formula}` the formula b·s^(d/(d−2)). */
    ntkBase: (train: string, target: string) => `NTK-aware base for ${train} → ${target} tokens: {base} ({formula} with s = target/training).`,
    ntkNone: 'n/a (needs d ≥ 4)',
    ntkValue: (base: string) => `b′ = ${base}`,
    // The figures
    hover: (i: number, wavelength: string, scaled: string, ratio: string, treatment: string, train: string, target: string, unseen: boolean) =>
      `pair ${i}<br>wavelength ${wavelength} → ${scaled} tokens<br>θ′/θ = ${ratio} (${treatment})<br>turns in training: ${train}<br>turns at the target: ${target}` +
      (unseen ? '<br>meets angles training never produced' : ''),
    treatmentExtrapolated: 'extrapolated',
    treatmentMixed: 'mixed',
    treatmentInterpolated: 'interpolated',
    kept: 'kept',
    mixed: 'mixed',
    interpolated: 'interpolated',
    targetUnscaled: 'target, unscaled',
    training: 'training',
    unseen: 'unseen',
    oneTurn: 'one turn',
    layers: (type: string) => `${type} layers`,
    layersWithin: (type: string, window: string) => `${type} layers, within ${window}`,
    layerHover: (type: string, base: string) => `${type} (base ${base}): pair %{x}, %{y:.4g} turns<extra></extra>`,
    critical: 'critical pair',
    criticalHover: (i: number) => `critical pair ${i}`,
    xAxis: 'pair i (fast → slow)',
    turnsAxis: 'full turns',
    stretchAxis: 'stretch θ/θ′ (1 = untouched)',
    stretchHover: (name: string) => `${name}: pair %{x}, ×%{y:.4g}<extra></extra>`,
    modelHover: (name: string) => `${name}: pair %{x}, θ/θ′ = %{y:.4g}<extra></extra>`,
    // One line naming the model
    longrope: (long: boolean) => `LongRoPE (${long ? 'long' : 'short'} factors per pair)`,
    withFactor: (method: string, factor: number) => `${method} with factor ${factor}`,
    summary: (method: string, base: string, d: number, train: string, target: string, ratio: string) =>
      `${method} on base b = ${base}, d = ${d} (${d / 2} pairs): trained on ${train} tokens, target ${target} (×${ratio}).`,
    betaOrder: (fast: number, slow: number) =>
      `YaRN β_fast: ${fast} is below β_slow ${slow}; the ramp runs from β_fast turns down to β_slow, so β_fast must be at least β_slow`,
    llamaOrder: (high: number, low: number) =>
      `Llama 3 high_freq_factor: ${high} must be greater than low_freq_factor ${low}; the blend divides by their difference`,
  },
  {
    presetUnused: '未使用：下方粘贴的配置优先。',
    fixInput: '未重绘：请修正上方标出的输入。',
    fixInputKept: '未重绘：请修正上方标出的输入。图中仍是最后一次有效的输入。',
    copiedDropped: (fields) => `已复制。控件里没有 ${fields} 对应的项，这些设置不再生效。`,
    copied: '已复制：控件现在对应这个模型。',
    lastValidInput: '最后一次有效的输入',
    howRead: '配置是怎样读取的',
    readerNotes: '读取配置时的说明（英文原文）：',
    source: '出处：',
    editAsJson: '以 JSON 编辑',
    copyIntoControls: '复制到控件',
    pasteSummary: '粘贴模型的 config.json，或只粘贴其中的 rope_scaling 块',
    pasteLeavesOut: '粘贴的配置缺少的项，由上方控件补上。',
    clearPaste: '清除粘贴的配置',
    plotStretch: (method) => `对数刻度图：每个维度对在 ${method} 下转速变慢了多少倍，并与同样长度下的 PI、NTK-aware、YaRN 对比`,
    plotTurns: (method) => `对数刻度图：每个维度对在训练长度内转过的整圈数，以及在 ${method} 下到目标长度时的整圈数`,
    pairs: '维度对：{counts}。',
    counts: (kept, mixed, interpolated) => `保留 ${kept} 个，混合 ${mixed} 个，内插 ${interpolated} 个`,
    criticalFound: (train, wavelength) =>
      `临界维度对：{pair}——在 ${train} 个 token 内没能转满一圈的第一对（波长 ${wavelength} 个 token）。有 {unseen} 对在目标长度处会遇到训练中从未出现过的角度。`,
    criticalNone: () => '临界维度对：{pair}——每一对在训练中都转满了整圈。有 {unseen} 对在目标长度处会遇到训练中从未出现过的角度。',
    criticalPair: (i) => `i = ${i}`,
    none: '无',
    attentionScaled: (logits) => `注意力因子：{factor}（cos 与 sin 都乘以它，所以注意力 logits 乘以 ${logits}）。`,
    attentionOne: '注意力因子：{factor}（只有 YaRN 和 LongRoPE 会改变它）。',
    stretchSlowest: (method, factor) => `最慢一对的拉伸倍数 θ/θ′：在 ${method} 下为 {stretch}；PI 把每一对都拉伸 ${factor} 倍，即 目标/训练 之比。`,
    otherLayersFull: (type, base, slowest) => `${type} 层：底数 ${base}，最慢一对到目标长度时转 ${slowest} 圈。`,
    otherLayersWindow: (type, base, window, slowest) =>
      `${type} 层：底数 ${base}，窗口 ${window} 个 token，所以其最慢一对最多转 ${slowest} 圈，长度外推不影响这些层。`,
    queryScale: (beta, scale, below) => `Query 缩放（llama_4_scaling_beta ${beta}）：在目标长度处 ×${scale}，${below} 个 token 以内为 1。`,
    ntkBase: (train, target) => `从 ${train} 到 ${target} 个 token 的 NTK-aware 底数：{base}（{formula}，其中 s = 目标/训练）。`,
    ntkNone: '无（需要 d ≥ 4）',
    ntkValue: (base) => `b′ = ${base}`,
    hover: (i, wavelength, scaled, ratio, treatment, train, target, unseen) =>
      `第 ${i} 对<br>波长 ${wavelength} → ${scaled} 个 token<br>θ′/θ = ${ratio}（${treatment}）<br>训练内圈数：${train}<br>目标处圈数：${target}` +
      (unseen ? '<br>会遇到训练中没见过的角度' : ''),
    treatmentExtrapolated: '外推',
    treatmentMixed: '混合',
    treatmentInterpolated: '内插',
    kept: '保留',
    mixed: '混合',
    interpolated: '内插',
    targetUnscaled: '目标长度，不缩放',
    training: '训练长度内',
    unseen: '未见过的角度',
    oneTurn: '一整圈',
    layers: (type) => `${type} 层`,
    layersWithin: (type, window) => `${type} 层，窗口 ${window} 内`,
    layerHover: (type, base) => `${type}（底数 ${base}）：第 %{x} 对，%{y:.4g} 圈<extra></extra>`,
    critical: '临界维度对',
    criticalHover: (i) => `临界维度对 ${i}`,
    xAxis: '维度对 i（快 → 慢）',
    turnsAxis: '整圈数',
    stretchAxis: '拉伸倍数 θ/θ′（1 = 不变）',
    stretchHover: (name) => `${name}：第 %{x} 对，×%{y:.4g}<extra></extra>`,
    modelHover: (name) => `${name}：第 %{x} 对，θ/θ′ = %{y:.4g}<extra></extra>`,
    longrope: (long) => `LongRoPE（每对各有${long ? '长' : '短'}序列倍数）`,
    withFactor: (method, factor) => `${method}，倍数 ${factor}`,
    summary: (method, base, d, train, target, ratio) =>
      `${method}，底数 b = ${base}，d = ${d}（${d / 2} 对）：训练长度 ${train} 个 token，目标 ${target}（×${ratio}）。`,
    betaOrder: (fast, slow) => `YaRN β_fast：${fast} 小于 β_slow ${slow}；过渡区从 β_fast 圈降到 β_slow 圈，所以 β_fast 不能小于 β_slow`,
    llamaOrder: (high, low) => `Llama 3 high_freq_factor：${high} 必须大于 low_freq_factor ${low}；混合公式要除以两者之差`,
  },
);
