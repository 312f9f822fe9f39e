/**
 * What a kernel can refuse, in English: the source of the error codes (zh.ts must word each of them,
 * with the same parameters). Each entry returns the whole sentence; a `Sentence` parameter is another
 * coded message, worded in the same language before it is passed in. A kernel throws these through
 * `fail(code, ...args)` (index.ts), so its Error's message is exactly the sentence below.
 */
import { shownEn as got, type Shown } from './shown';

/** A whole sentence in the message's own language, made from a coded message (see index.ts). */
export type Sentence = string & { readonly sentence: true };

/** An argument check's range: "in [lo, hi]", "(lo, hi)", "greater than lo", "at least lo". */
function rangeText(lo: number, hi: number, openLow: boolean, openHigh: boolean): string {
  return hi === Infinity ? `${openLow ? 'greater than' : 'at least'} ${lo}` : `in ${openLow ? '(' : '['}${lo}, ${hi}${openHigh ? ')' : ']'}`;
}

/** The header aliases a CSV quantity may go by. */
const oneOf = (names: readonly string[]) => `one of ${names.join(', ')}`;

export const en = {
  // The shared argument checks (numerics/checks.ts)
  notFinite: (name: string, value: Shown) => `${name} must be a finite number, got ${got(value)}`,
  notPositive: (name: string, value: Shown) => `${name} must be a positive finite number, got ${got(value)}`,
  notNonNegative: (name: string, value: Shown) => `${name} must be a non-negative finite number, got ${got(value)}`,
  notInRange: (name: string, value: Shown, lo: number, hi: number, openLow: boolean, openHigh: boolean) =>
    `${name} must be a finite number ${rangeText(lo, hi, openLow, openHigh)}, got ${got(value)}`,
  notInteger: (name: string, value: Shown, lo: number, hi: number) => {
    const upTo = hi >= Number.MAX_SAFE_INTEGER ? '' : ` ≤ ${hi}`;
    const what = lo === 0 ? `a non-negative integer${upTo}` : lo === 1 ? `a positive integer${upTo}` : `an integer in [${lo}, ${hi}]`;
    return `${name} must be ${what}, got ${got(value)}`;
  },
  notOneOf: (name: string, value: Shown, options: readonly string[]) => `${name} must be ${oneOf(options)}, got ${got(value)}`,
  notPair: (name: string, value: Shown) => `${name} must be a pair [low, high], got ${got(value)}`,
  rangeOrder: (name: string, lo: number, hi: number) => `${name} must have ${name}[0] < ${name}[1], got [${lo}, ${hi}]`,
  notFunction: (name: string, value: Shown) => `${name} must be a function, got ${got(value)}`,

  // A pasted scaling-law CSV (scaling/csv.ts); `dOrC` lists the D aliases, then the compute C aliases
  csvNoDataRows: () => 'no data rows',
  scalingHeader: (n: readonly string[] | null, dOrC: readonly [readonly string[], readonly string[]] | null, loss: readonly string[] | null) =>
    `header has no column for ${[
      ...(n ? [`N (${oneOf(n)})`] : []),
      ...(dOrC ? [`D (${oneOf(dOrC[0])}) or compute C (${oneOf(dOrC[1])})`] : []),
      ...(loss ? [`loss (${oneOf(loss)})`] : []),
    ].join('; ')}`,
  csvMissing: (label: string, column: number) => `missing ${label} (column ${column})`,
  csvNotNumber: (label: string, text: string) => `${label} is not a number: "${text}"`,
  csvNotFinite: (label: string, text: string) => `${label} must be finite, got ${text}`,
  csvNotPositive: (label: string, text: string) => `${label} must be positive, got ${text}`,
  csvTokensFromCompute: (D: number) => `D = C/(6N) must be a finite positive number, got ${D}`,
  csvTooManyRows: (max: number) => `too many rows: only the first ${max} data rows were read`,

  // A pasted training CSV (optimizers/trainingCsv.ts)
  pointsHeader: (missing: readonly (readonly [string, readonly string[]])[]) =>
    `header has no column for ${missing.map(([k, names]) => `${k} (${oneOf(names)})`).join('; ')}`,
  pointsNoDataRows: () => 'no data rows: paste x, y, label rows or open a CSV file',
  pointsBadHeader: () => 'the header does not name the x, y and label columns',
  pointsLabel: (name: string, text: string) => `${name} must be 0 or 1, got ${text}`,
  pointsTooFew: (usable: number, min: number) => `only ${usable} usable rows; training needs at least ${min}`,
  pointsOneClass: (label: number) => `every usable row has label ${label}; training needs both classes`,

  // A typed partition or coin set (partitions/parse.ts, builder.ts, list.ts)
  partitionEmpty: () => 'the partition is empty: type parts such as 5+3+3+1',
  partNotWhole: (token: string) => `'${token}' is not a positive whole number`,
  partsTooLarge: (sum: number, max: number) => `the parts add up to ${sum}; keep the total at most ${max}`,
  evenRepeated: (even: number) => `${even} is even and repeated: use only odd parts (repeats allowed) or only distinct parts`,
  evenAndRepeated: (even: number, repeated: number) =>
    `${even} is even and ${repeated} is repeated: use only odd parts (repeats allowed) or only distinct parts`,
  coinsEmpty: () => 'the coin set is empty: type values such as 1, 5, 10',
  coinsTooMany: (max: number, count: number) => `the coin set may hold at most ${max} values, got ${count}`,
  coinNotPositive: (token: string) => `'${token}' is not a positive integer`,
  coinTooLarge: (token: string, max: number) => `'${token}' is too large: coin values go up to ${max}`,
  partsNotArray: (name: string, value: Shown) => `${name} must be an array of positive integers, got ${got(value)}`,
  partNotOdd: (name: string, part: number) => `${name} must be odd, got ${part}`,
  partRepeated: (name: string, part: number) => `${name} repeats the part ${part}; parts must be distinct`,
  partsSum: (name: string, max: number, sum: number) => `${name} must add up to at most ${max}, got ${sum}`,

  // A typed vocabulary and text to segment (tokenize/vocabText.ts, vocabSource.ts, lattice.ts, widgets)
  probNotNumber: (raw: string) => `'${raw}' is not a number: write p(w) as 0.25, 2.5e-3 or 1/4`,
  probNotFinite: (raw: string) => `'${raw}' is not a finite number`,
  probNotPositive: (raw: string) => `p(w) must be greater than 0, got ${raw}`,
  vocabNoProbability: (line: string) => `'${line}' has no probability: write the piece, a space, then p(w)`,
  vocabPieceProblem: (piece: string, problem: Sentence) => `${piece}: ${problem}`,
  vocabTwice: (piece: string, first: number) => `'${piece}' is listed twice (first on line ${first}); the first is used`,
  vocabBadLine: (line: number, problem: Sentence, more: number) =>
    `vocabulary line ${line}: ${problem}${more > 0 ? ` (and ${more} more bad line${more > 1 ? 's' : ''})` : ''}`,
  vocabEmpty: () => 'the vocabulary is empty: write one piece and its p(w) per line',
  textOnlySpaces: () => 'text must be a non-empty string, got only spaces',
  textEmpty: (value: Shown) => `text must be a non-empty string, got ${got(value)}`,
  textTooLong: (max: number, chars: number) => `text must have at most ${max} characters here, got ${chars}`,
  textTooLongPrepared: (max: number, chars: number) => `text must have at most ${max} characters once the model has prepared it, got ${chars}`,
  unsegmentable: (text: Shown, at: number, rest: Shown, cut: boolean) =>
    `text ${got(text)} has no segmentation into vocabulary pieces: no piece starts at character ${at} (${got(rest)}${cut ? '…' : ''}), the furthest any segmentation reaches`,

  // A pasted RoPE config (rope/config*.ts, scalingFields.ts, jsonError.ts)
  configEmpty: () => 'config is empty: paste a config.json or its rope_scaling object',
  configNotJson: (engine: string) => `config is not valid JSON: ${engine}`,
  configJsonAt: (reason: Sentence, line: number, column: number, offset: number) =>
    `config is not valid JSON: ${reason} at line ${line}, column ${column} (position ${offset})`,
  jsonTrailingText: () => 'unexpected text after the end of the JSON value',
  /** `found` is a quoted character, or null at the end of the text. */
  jsonExpected: (what: 'value' | 'key' | 'colon' | 'commaBrace' | 'commaBracket', found: string | null) =>
    `expected ${{ value: 'a value', key: 'a double-quoted key', colon: "':' after the key", commaBrace: "',' or '}'", commaBracket: "',' or ']'" }[what]}, found ${found ?? 'the end of the text'}`,
  jsonTooDeep: (max: number) => `nesting deeper than ${max} levels`,
  jsonSingleQuotes: () => "strings must use double quotes (\"), found '",
  jsonTrailingComma: (close: '}' | ']') => `trailing comma before ${close}`,
  jsonControl: () => 'control character (such as a raw line break) inside a string',
  jsonEscape: () => 'invalid escape sequence in a string',
  jsonUnclosed: () => 'string never closed',
  jsonNumber: () => 'malformed number',
  configNotObject: (value: Shown) => `config must be a JSON object (a config.json or its rope_scaling block), got ${got(value)}`,
  configNoRope: () => 'rope_parameters is null for every layer type: this model uses no RoPE',
  configNoLength: () => 'max_position_embeddings is missing: the config needs the context length it was trained on',
  configNoTheta: (modelType: string) =>
    `rope_theta is missing, and transformers' default for model_type '${modelType}' is not one this notebook carries: add rope_theta to the config`,
  configNoHeadDim: () => 'head_dim is missing: the config needs head_dim, or hidden_size and num_attention_heads',
  configPartialRotary: (share: number, rotary: number, headDim: number) =>
    `partial_rotary_factor ${share} leaves ${rotary} rotated dims of head_dim ${headDim}; RoPE needs a positive even number`,
  configBlockNotObject: (key: string, value: Shown) => `${key} must be an object or null, got ${got(value)}`,
  ropeTypeNotString: (where: string, value: Shown) => `${where}.rope_type must be a string, got ${got(value)}`,
  ropeTypeAxial: (where: string) => `${where}.rope_type 'axial' is transformers' 2-D RoPE for image patches; this widget draws 1-D token positions`,
  ropeTypeUnknown: (where: string, type: string, supported: readonly string[]) =>
    `${where}.rope_type '${type}' is not a type transformers 5 computes; supported: ${supported.join(', ')}`,
  scalingRequired: (key: string, type: string) => `rope_scaling.${key} is required for rope_type '${type}'`,
  dynamicNoLength: () => 'max_position_embeddings is missing: dynamic NTK needs the length the model was trained on',
  typeNoLength: (type: string) =>
    `max_position_embeddings is missing: rope_type '${type}' needs the length the model was trained on (or rope_scaling.original_max_position_embeddings)`,
  longropeNoLength: () => "max_position_embeddings is missing: rope_type 'longrope' needs the original length to choose short_factor or long_factor",
  scalingAtLeastZero: (key: string, value: Shown) => `rope_scaling.${key} must be a finite number of at least 0, got ${got(value)}`,
  originalLengthRequired: (type: string) =>
    `rope_scaling.original_max_position_embeddings (the pre-extension context length) is required for rope_type '${type}'`,
  originalLengthNotInteger: (value: Shown) => `rope_scaling.original_max_position_embeddings must be a positive integer, got ${got(value)}`,
  factorsNotList: (key: string, value: Shown) => `rope_scaling.${key} must be a list of numbers, got ${got(value)}`,
  factorsLength: (key: string, pairs: number, length: number) =>
    `rope_scaling.${key} must hold one factor per rotated pair, ${pairs} here (head_dim / 2), got ${length}`,
  factorNotPositive: (key: string, value: Shown) => `rope_scaling.${key} must be a finite number greater than 0, got ${got(value)}`,

  // An author's formula figure with the reader's parameters (formula/figures.ts)
  rangeNotFinite: (symbol: string, from: string, to: string) => `the range of ${symbol} needs finite ends, got ${from} … ${to}`,
  rangeEmpty: (symbol: string, from: string, to: string) => `the range of ${symbol} is empty: from ${from} to ${to}`,
  logRangeStart: (symbol: string, from: string) => `a log scale needs ${symbol} > 0, but the range starts at ${from}`,
  sequenceNotWhole: (symbol: string, from: string, to: string) => `${symbol} runs over whole numbers, not ${from} … ${to}`,
  sequenceTooLong: (terms: number, max: number) => `${terms} terms are more than the ${max.toLocaleString('en')} a sequence may have`,
  exactNotWhole: (name: string, value: string) => `exact mode needs whole-number parameters, but ${name} = ${value}`,

  // A formula the checker refuses (formula/check.ts): an author's, failing the build, or the reader's
  // own (lion-landscape). `formulaSyntax` passes mathjs's own English reason.
  formulaSyntax: (why: string) => `formula syntax error: ${why}`,
  emptyFormula: () => 'the formula is empty',
  unknownSymbol: (name: string, known: readonly string[]) =>
    `unknown symbol "${name}" (${known.length ? `known here: ${known.join(', ')}, ` : ''}and the constants pi, e, tau, phi)`,
  unknownFunction: (name: string) => `unknown function "${name}" (a formula may call only the functions the author guide lists)`,
  badArity: (name: string, min: number, max: number, got: number) =>
    `${name}() takes ${min === max ? min : max === Infinity ? `${min} or more` : `${min} to ${max}`} argument${max === 1 ? '' : 's'}, not ${got}`,
  propertyAccess: () => 'property access (a.b or a["b"]) is not allowed in a formula',
  assignmentInFormula: () => 'assignment ("=") is not allowed in a formula; to compare, write "=="',
  functionDefinition: () => 'defining a function (f(x) = …) is not allowed in a formula',
  notAllowed: (what: Sentence) => `${what} is not allowed in a formula`,
  badIndex: (seq: string, symbol: string) => `${seq}[…] reads an earlier term: write ${seq}[${symbol}-1], ${seq}[${symbol}-2], …`,
  notExact: (what: Sentence) => `${what} has no exact integer meaning; drop "exact: true" to compute in floating point`,
  // Why a sequence stopped (formula/exact.ts, evaluate.ts): the figure keeps the terms before it.
  termNotEarlier: (seq: string, index: string, n: number) => `${seq}[${index}] is not an earlier term at n = ${n}`,
  exactPastBits: (bits: number) => `a value passed ${bits} bits (about ${Math.round(bits * Math.log10(2)).toLocaleString('en')} digits)`,
  exactPowerNotWhole: (base: string, exponent: string) => `${base}^${exponent} is not a whole number`,
  exactPowerPastBits: (base: string, exponent: string, bits: number) => `${base}^${exponent} would pass ${bits} bits`,
  exactFactorialNegative: (n: string) => `${n}! is not defined`,
  exactFactorialPastBits: (n: string, bits: number) => `${n}! would pass ${bits} bits`,
  exactCombinationsNegative: (n: string, k: string) => `combinations(${n}, ${k}) needs n, k ≥ 0`,
  exactCombinationsTooLarge: (n: string, k: string) => `combinations(${n}, ${k}) is too large`,
  exactDivideByZero: (x: string) => `${x} / 0 is not defined`,
  exactDivideNotWhole: (x: string, y: string) => `${x} / ${y} is not a whole number`,
  // What notAllowed and notExact name.
  partRecurrence: () => 'a recurrence that does not read "a[n] = …"',
  partPercentage: () => 'a percentage (%)',
  partOperator: (op: string) => `the operator "${op}"`,
  partComparison: (op: string) => `the comparison "${op}"`,
  partCall: () => 'calling anything but a function by its name',
  partMatrix: () => 'a matrix or list [ … ]',
  partObject: () => 'an object { … }',
  partStatements: () => 'several statements (;)',
  partRange: () => 'a range a:b',
  partIndex: () => 'an index',
  partNode: (type: string) => `a ${type}`,
  partIndexing: () => 'indexing (only a recurrence reads its own earlier terms, as a[n-1])',
  partText: () => 'text in quotes',
  partValue: (value: string) => `the value ${value}`,
  partNumber: (value: string) => `the number ${value}`,
  partConstant: (name: string) => `the constant ${name}`,
  partFunction: (name: string) => `${name}()`,

  // The reader's own objective formula (lion-landscape: formula/objective.ts, objectiveWidgets.ts)
  noDerivative: (variable: 'x' | 'y', fn: string | null) =>
    `the gradient needs ∂f/∂${variable} as a formula, and mathjs cannot differentiate ${fn ? `${fn}()` : 'this formula'}; write it without ${fn ?? 'it'}`,
  objectiveNowhereFinite: () => 'f is undefined or infinite everywhere in the view',

  // Two sliders whose product has a cap (attention/retrieval.ts, weightsView.ts)
  retrievalTooLong: (max: number, trainLength: number, maxFactor: number) =>
    `trainLength × maxFactor must be at most ${max}, got ${trainLength} × ${maxFactor}`,
  weightsTooLong: (max: number, factor: number, trainLength: number) =>
    `factor × trainLength must be at most ${max}, got ${factor} × ${trainLength} = ${factor * trainLength}`,
};

export type ErrorCatalogue = typeof en;
