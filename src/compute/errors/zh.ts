/**
 * What a kernel can refuse, in Chinese: typed from en.ts, so a missing or extra code, or a message
 * whose parameters differ, is a type error (the same rule as src/core/i18n, which this layer may not
 * import). Names, numbers and quoted input stay verbatim.
 */
import type { ErrorCatalogue } from './en';
import { shownZh as got } from './shown';

/** Every code of the English catalogue, each with the same parameters. */
export type ErrorTranslation = {
  readonly [K in keyof ErrorCatalogue]: ErrorCatalogue[K] extends (...args: infer A) => string ? (...args: A) => string : never;
};

function rangeText(lo: number, hi: number, openLow: boolean, openHigh: boolean): string {
  return hi === Infinity ? `${openLow ? '大于' : '至少为'} ${lo}` : `在 ${openLow ? '(' : '['}${lo}, ${hi}${openHigh ? ')' : ']'} 内`;
}

const oneOf = (names: readonly string[]) => `${names.join('、')} 之一`;

/**
 * mathjs's syntax error, in Chinese: its reasons are a small fixed set of English phrases, each with
 * the place as "(char N)"; an unknown one is named by its place alone.
 */
function syntaxReason(why: string): string {
  const at = /\(char (\d+)\)/.exec(why);
  const place = at ? `（第 ${at[1]} 个字符处）` : '';
  const known: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^Unexpected end of expression/, () => '公式意外结束'],
    [/^Value expected/, () => '这里应当有一个值'],
    [/^Parenthesis (\S) expected/, (m) => `这里缺少括号 ${m[1]}`],
    [/^Unexpected operator (\S+)/, (m) => `运算符 ${m[1]} 出现在意外的位置`],
    [/^Unexpected (?:part|token) "?([^"]*)"?/, (m) => `无法识别“${m[1]}”`],
    [/^Syntax error in part "([^"]*)"/, (m) => `无法识别“${m[1]}”`],
    [/^Unterminated string/, () => '字符串缺少结尾的引号'],
    [/^Invalid left hand side/, () => '赋值号左边无效'],
  ];
  for (const [pattern, say] of known) {
    const m = pattern.exec(why);
    if (m) return say(m) + place;
  }
  return `无法解析${place}`;
}

export const zh: ErrorTranslation = {
  notFinite: (name, value) => `${name} 必须是有限数，收到的是 ${got(value)}`,
  notPositive: (name, value) => `${name} 必须是正的有限数，收到的是 ${got(value)}`,
  notNonNegative: (name, value) => `${name} 必须是非负的有限数，收到的是 ${got(value)}`,
  notInRange: (name, value, lo, hi, openLow, openHigh) => `${name} 必须是${rangeText(lo, hi, openLow, openHigh)}的有限数，收到的是 ${got(value)}`,
  notInteger: (name, value, lo, hi) => {
    const upTo = hi >= Number.MAX_SAFE_INTEGER ? '' : ` ≤ ${hi} 的`;
    const what = lo === 0 ? `${upTo}非负整数` : lo === 1 ? `${upTo}正整数` : `[${lo}, ${hi}] 内的整数`;
    return `${name} 必须是${what}，收到的是 ${got(value)}`;
  },
  notOneOf: (name, value, options) => `${name} 必须是 ${oneOf(options)}，收到的是 ${got(value)}`,
  notPair: (name, value) => `${name} 必须是一对 [下限, 上限]，收到的是 ${got(value)}`,
  rangeOrder: (name, lo, hi) => `${name} 须满足 ${name}[0] < ${name}[1]，收到的是 [${lo}, ${hi}]`,
  notFunction: (name, value) => `${name} 必须是函数，收到的是 ${got(value)}`,

  csvNoDataRows: () => '没有数据行',
  scalingHeader: (n, dOrC, loss) =>
    `表头缺少以下列：${[
      ...(n ? [`N（${oneOf(n)}）`] : []),
      ...(dOrC ? [`D（${oneOf(dOrC[0])}）或算力 C（${oneOf(dOrC[1])}）`] : []),
      ...(loss ? [`loss（${oneOf(loss)}）`] : []),
    ].join('；')}`,
  csvMissing: (label, column) => `缺少 ${label}（第 ${column} 列）`,
  csvNotNumber: (label, text) => `${label} 不是数字："${text}"`,
  csvNotFinite: (label, text) => `${label} 必须是有限数，收到的是 ${text}`,
  csvNotPositive: (label, text) => `${label} 必须为正数，收到的是 ${text}`,
  csvTokensFromCompute: (D) => `D = C/(6N) 必须是正的有限数，算得 ${D}`,
  csvTooManyRows: (max) => `行数过多：只读取了前 ${max} 个数据行`,

  pointsHeader: (missing) => `表头缺少以下列：${missing.map(([k, names]) => `${k}（${oneOf(names)}）`).join('；')}`,
  pointsNoDataRows: () => '没有数据行：请粘贴 x, y, label 数据行，或打开一个 CSV 文件',
  pointsBadHeader: () => '表头没有给出 x、y 和 label 三列',
  pointsLabel: (name, text) => `${name} 必须是 0 或 1，收到的是 ${text}`,
  pointsTooFew: (usable, min) => `可用的行只有 ${usable} 行；训练至少需要 ${min} 行`,
  pointsOneClass: (label) => `所有可用行的标签都是 ${label}；训练需要两个类别都有`,

  partitionEmpty: () => '分拆是空的：请输入各部分，例如 5+3+3+1',
  partNotWhole: (token) => `'${token}' 不是正整数`,
  partsTooLarge: (sum, max) => `各部分之和为 ${sum}；总和请不要超过 ${max}`,
  evenRepeated: (even) => `${even} 是偶数且重复出现：请只用奇数部分（可以重复），或只用互不相同的部分`,
  evenAndRepeated: (even, repeated) => `${even} 是偶数，而 ${repeated} 重复出现：请只用奇数部分（可以重复），或只用互不相同的部分`,
  coinsEmpty: () => '币值集合是空的：请输入币值，例如 1, 5, 10',
  coinsTooMany: (max, count) => `币值集合最多只能有 ${max} 个值，收到的是 ${count} 个`,
  coinNotPositive: (token) => `'${token}' 不是正整数`,
  coinTooLarge: (token, max) => `'${token}' 太大了：币值最大为 ${max}`,
  partsNotArray: (name, value) => `${name} 必须是由正整数组成的数组，收到的是 ${got(value)}`,
  partNotOdd: (name, part) => `${name} 必须是奇数，收到的是 ${part}`,
  partRepeated: (name, part) => `${name} 重复了部分 ${part}；各部分必须互不相同`,
  partsSum: (name, max, sum) => `${name} 之和不能超过 ${max}，收到的和为 ${sum}`,

  probNotNumber: (raw) => `'${raw}' 不是数字：p(w) 请写成 0.25、2.5e-3 或 1/4 这样的形式`,
  probNotFinite: (raw) => `'${raw}' 不是有限数`,
  probNotPositive: (raw) => `p(w) 必须大于 0，收到的是 ${raw}`,
  vocabNoProbability: (line) => `'${line}' 没有概率：请写出词片，加一个空格，再写 p(w)`,
  vocabPieceProblem: (piece, problem) => `${piece}：${problem}`,
  vocabTwice: (piece, first) => `'${piece}' 出现了两次（第一次在第 ${first} 行）；以第一次为准`,
  vocabBadLine: (line, problem, more) => `词表第 ${line} 行：${problem}${more > 0 ? `（另有 ${more} 行有误）` : ''}`,
  vocabEmpty: () => '词表是空的：请每行写一个词片及其 p(w)',
  textOnlySpaces: () => '文本必须非空，收到的只有空格',
  textEmpty: (value) => `文本必须是非空字符串，收到的是 ${got(value)}`,
  textTooLong: (max, chars) => `这里的文本最多 ${max} 个字符，收到的是 ${chars} 个`,
  textTooLongPrepared: (max, chars) => `模型预处理后的文本最多 ${max} 个字符，实际为 ${chars} 个`,
  unsegmentable: (text, at, rest, cut) =>
    `文本 ${got(text)} 无法切分成词表中的词片：第 ${at} 个字符（${got(rest)}${cut ? '…' : ''}）处没有任何词片开头，任何切分最远只能到这里`,

  configEmpty: () => '配置是空的：请粘贴一个 config.json 或其中的 rope_scaling 对象',
  configNotJson: (engine) => `配置不是有效的 JSON：${engine}`,
  configJsonAt: (reason, line, column, offset) => `配置不是有效的 JSON：第 ${line} 行第 ${column} 列（位置 ${offset}）${reason}`,
  jsonTrailingText: () => 'JSON 值结束后还有多余的文本',
  jsonExpected: (what, found) =>
    `此处应为${{ value: '一个值', key: '用双引号括起的键', colon: "键后的 ':'", commaBrace: "',' 或 '}'", commaBracket: "',' 或 ']'" }[what]}，实际为${found ?? '文本末尾'}`,
  jsonTooDeep: (max) => `嵌套超过 ${max} 层`,
  jsonSingleQuotes: () => "字符串必须使用双引号（\"），这里用了 '",
  jsonTrailingComma: (close) => `${close} 前面多了一个逗号`,
  jsonControl: () => '字符串内有控制字符（例如未转义的换行）',
  jsonEscape: () => '字符串内有无效的转义序列',
  jsonUnclosed: () => '字符串没有闭合',
  jsonNumber: () => '数字格式有误',
  configNotObject: (value) => `配置必须是 JSON 对象（一个 config.json 或其 rope_scaling 块），收到的是 ${got(value)}`,
  configNoRope: () => '每种层类型的 rope_parameters 都是 null：这个模型没有使用 RoPE',
  configNoLength: () => '缺少 max_position_embeddings：配置需要给出模型训练时的上下文长度',
  configNoTheta: (modelType) => `缺少 rope_theta，而 transformers 对 model_type '${modelType}' 的默认值不在本笔记收录之列：请在配置中加上 rope_theta`,
  configNoHeadDim: () => '缺少 head_dim：配置需要 head_dim，或者 hidden_size 和 num_attention_heads',
  configPartialRotary: (share, rotary, headDim) => `partial_rotary_factor ${share} 使 head_dim ${headDim} 中只有 ${rotary} 维被旋转；RoPE 需要一个正偶数`,
  configBlockNotObject: (key, value) => `${key} 必须是对象或 null，收到的是 ${got(value)}`,
  ropeTypeNotString: (where, value) => `${where}.rope_type 必须是字符串，收到的是 ${got(value)}`,
  ropeTypeAxial: (where) => `${where}.rope_type 'axial' 是 transformers 为图像块设计的二维 RoPE；本组件画的是一维的 token 位置`,
  ropeTypeUnknown: (where, type, supported) => `${where}.rope_type '${type}' 不是 transformers 5 所计算的类型；支持的有：${supported.join(', ')}`,
  scalingRequired: (key, type) => `rope_type '${type}' 需要 rope_scaling.${key}`,
  dynamicNoLength: () => '缺少 max_position_embeddings：动态 NTK 需要模型训练时的长度',
  typeNoLength: (type) => `缺少 max_position_embeddings：rope_type '${type}' 需要模型训练时的长度（或 rope_scaling.original_max_position_embeddings）`,
  longropeNoLength: () => "缺少 max_position_embeddings：rope_type 'longrope' 需要原始长度来选择 short_factor 或 long_factor",
  scalingAtLeastZero: (key, value) => `rope_scaling.${key} 必须是不小于 0 的有限数，收到的是 ${got(value)}`,
  originalLengthRequired: (type) => `rope_type '${type}' 需要 rope_scaling.original_max_position_embeddings（扩展前的上下文长度）`,
  originalLengthNotInteger: (value) => `rope_scaling.original_max_position_embeddings 必须是正整数，收到的是 ${got(value)}`,
  factorsNotList: (key, value) => `rope_scaling.${key} 必须是数字列表，收到的是 ${got(value)}`,
  factorsLength: (key, pairs, length) => `rope_scaling.${key} 必须为每个旋转对各给一个因子，这里共 ${pairs} 对（head_dim / 2），收到的是 ${length} 个`,
  factorNotPositive: (key, value) => `rope_scaling.${key} 必须是大于 0 的有限数，收到的是 ${got(value)}`,

  rangeNotFinite: (symbol, from, to) => `${symbol} 的范围两端必须是有限数，收到的是 ${from} … ${to}`,
  rangeEmpty: (symbol, from, to) => `${symbol} 的范围是空的：从 ${from} 到 ${to}`,
  logRangeStart: (symbol, from) => `对数坐标要求 ${symbol} > 0，但范围从 ${from} 开始`,
  sequenceNotWhole: (symbol, from, to) => `${symbol} 只能取整数，不能是 ${from} … ${to}`,
  sequenceTooLong: (terms, max) => `${terms} 项超过了数列最多允许的 ${max.toLocaleString('en')} 项`,
  exactNotWhole: (name, value) => `精确模式要求参数为整数，但 ${name} = ${value}`,

  formulaSyntax: (why) => `公式语法错误：${syntaxReason(why)}`,
  emptyFormula: () => '公式是空的',
  unknownSymbol: (name, known) => `未知符号“${name}”（${known.length ? `这里可用的有：${known.join('、')}，` : ''}以及常数 pi、e、tau、phi）`,
  unknownFunction: (name) => `未知函数“${name}”（公式只能调用写作指南列出的函数）`,
  badArity: (name, min, max, got) =>
    `${name}() 需要 ${min === max ? min : max === Infinity ? `至少 ${min}` : `${min} 到 ${max}`} 个参数，而不是 ${got} 个`,
  propertyAccess: () => '公式中不能访问属性（a.b 或 a["b"]）',
  assignmentInFormula: () => '公式中不能赋值（“=”）；要比较大小请写“==”',
  functionDefinition: () => '公式中不能定义函数（f(x) = …）',
  notAllowed: (what) => `公式中不能使用${what}`,
  badIndex: (seq, symbol) => `${seq}[…] 读取的是前面的项：请写 ${seq}[${symbol}-1]、${seq}[${symbol}-2]……`,
  notExact: (what) => `${what}没有精确的整数含义；去掉“exact: true”即可用浮点数计算`,
  termNotEarlier: (seq, index, n) => `${seq}[${index}] 不是 n = ${n} 之前的项`,
  exactPastBits: (bits) => `有一个值超过了 ${bits} 位二进制（约 ${Math.round(bits * Math.log10(2))} 位十进制数字）`,
  exactPowerNotWhole: (base, exponent) => `${base}^${exponent} 不是整数`,
  exactPowerPastBits: (base, exponent, bits) => `${base}^${exponent} 会超过 ${bits} 位二进制`,
  exactFactorialNegative: (n) => `${n}! 没有定义`,
  exactFactorialPastBits: (n, bits) => `${n}! 会超过 ${bits} 位二进制`,
  exactCombinationsNegative: (n, k) => `combinations(${n}, ${k}) 要求 n、k ≥ 0`,
  exactCombinationsTooLarge: (n, k) => `combinations(${n}, ${k}) 太大了`,
  exactDivideByZero: (x) => `${x} / 0 没有定义`,
  exactDivideNotWhole: (x, y) => `${x} / ${y} 不是整数`,
  partRecurrence: () => '不是“a[n] = …”形式的递推式',
  partPercentage: () => '百分号（%）',
  partOperator: (op) => `运算符“${op}”`,
  partComparison: (op) => `比较运算“${op}”`,
  partCall: () => '对函数名以外的东西做调用',
  partMatrix: () => '矩阵或列表 [ … ]',
  partObject: () => '对象 { … }',
  partStatements: () => '多条语句（;）',
  partRange: () => '区间 a:b',
  partIndex: () => '下标',
  partNode: (type) => `${type} 结构`,
  partIndexing: () => '下标（只有递推式可以读取自己前面的项，如 a[n-1]）',
  partText: () => '带引号的文字',
  partValue: (value) => `值 ${value}`,
  partNumber: (value) => `数 ${value}`,
  partConstant: (name) => `常数 ${name}`,
  partFunction: (name) => `函数 ${name}()`,

  noDerivative: (variable, fn) =>
    `梯度需要 ∂f/∂${variable} 的公式，但 mathjs 无法对${fn ? ` ${fn}() ` : '这个公式'}求导；请改写${fn ? `，不用 ${fn}` : '公式'}`,
  objectiveNowhereFinite: () => 'f 在整个视野内处处无定义或为无穷大',

  retrievalTooLong: (max, trainLength, maxFactor) => `trainLength × maxFactor 至多为 ${max}，现在是 ${trainLength} × ${maxFactor}`,
  weightsTooLong: (max, factor, trainLength) => `factor × trainLength 至多为 ${max}，现在是 ${factor} × ${trainLength} = ${factor * trainLength}`,
};
