/**
 * A formula block's `params`: each parameter declared with the fields of a widget spec (label, min,
 * max, step, default, log, unit, help; kind number, integer, choice or boolean), read into the same
 * ParamSpecs a built-in widget declares, so controls, URL state and embed links work alike.
 */
import { parseParam, type ParamSpec, type ParamSpecs } from '../core/params';
import { CONSTANTS, FUNCTION_NAMES } from '../compute/formula/tree';
import { isPlainMap, type BlockYaml } from './blockYaml';
import { messages } from './errors';

const NAME = /^[A-Za-z][A-Za-z0-9_]{0,23}$/;
/** Names a parameter may not take: constants, functions, and the names every JS object already has. */
const RESERVED = new Set([...Object.keys(CONSTANTS), ...FUNCTION_NAMES, 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty']);

const FIELDS = ['label', 'kind', 'integer', 'min', 'max', 'step', 'default', 'log', 'unit', 'help', 'options'];

/** Checks a symbol name an author gives (a parameter, or a variable such as x or n). */
export function checkSymbolName(yaml: BlockYaml, path: (string | number)[], name: unknown): string {
  if (typeof name !== 'string' || !NAME.test(name) || RESERVED.has(name)) yaml.fail(path, messages.badParamName(String(name)));
  return name;
}

/** Reads `params`; returns the specs in declaration order. */
export function readParams(yaml: BlockYaml, raw: unknown): ParamSpecs {
  if (raw === undefined || raw === null) return {};
  if (!isPlainMap(raw)) yaml.fail(['params'], messages.formulaBadValue('params', 'a map of parameter: {label, min, max, default, …}'));
  const out: ParamSpecs = {};
  for (const [name, decl] of Object.entries(raw)) {
    const path = ['params', name];
    checkSymbolName(yaml, path, name);
    if (!isPlainMap(decl)) yaml.fail(path, messages.formulaBadValue(`params.${name}`, 'a map such as {label: amplitude, min: 0, max: 4, default: 2}'));
    for (const key of Object.keys(decl)) if (!FIELDS.includes(key)) yaml.fail([...path, key], messages.formulaUnknownKey(`params.${name}`, key, FIELDS));
    out[name] = readParam(yaml, path, name, decl);
  }
  return out;
}

function readParam(yaml: BlockYaml, path: string[], name: string, d: Record<string, unknown>): ParamSpec {
  const at = (key: string) => [...path, key];
  const label = d.label === undefined ? name : d.label;
  if (typeof label !== 'string' || !label.trim()) yaml.fail(at('label'), messages.formulaBadValue(`params.${name}.label`, 'text'));
  const text = (key: 'unit' | 'help'): string | undefined => {
    if (d[key] === undefined) return undefined;
    if (typeof d[key] !== 'string') yaml.fail(at(key), messages.formulaBadValue(`params.${name}.${key}`, 'text'));
    return d[key] as string;
  };
  const kind = d.kind ?? (d.options !== undefined ? 'choice' : d.integer === true ? 'integer' : 'number');
  if (d.integer !== undefined && typeof d.integer !== 'boolean') yaml.fail(at('integer'), messages.formulaBadValue(`params.${name}.integer`, 'true or false'));
  const base = { label: label.trim(), ...(text('help') ? { help: text('help') } : {}) };
  let spec: ParamSpec;
  if (kind === 'number' || kind === 'integer') {
    const num = (key: string): number => {
      const v = d[key];
      if (typeof v !== 'number' || !Number.isFinite(v)) yaml.fail(at(key), messages.formulaBadValue(`params.${name}.${key}`, 'a number'));
      return v;
    };
    if (d.min === undefined) yaml.fail(path, messages.formulaMissingKey(`params.${name}`, 'min'));
    if (d.max === undefined) yaml.fail(path, messages.formulaMissingKey(`params.${name}`, 'max'));
    const min = num('min'), max = num('max');
    if (!(max > min)) yaml.fail(at('max'), messages.emptyRange(`parameter ${name}`, min, max));
    const log = d.log === undefined ? false : d.log;
    if (typeof log !== 'boolean') yaml.fail(at('log'), messages.formulaBadValue(`params.${name}.log`, 'true or false'));
    if (log && min <= 0) yaml.fail(at('min'), messages.formulaBadValue(`params.${name}.min`, 'above 0 on a log scale'));
    const step = d.step === undefined ? undefined : num('step');
    if (step !== undefined && !(step > 0)) yaml.fail(at('step'), messages.formulaBadValue(`params.${name}.step`, 'a positive number'));
    if (kind === 'integer' && (!Number.isInteger(min) || !Number.isInteger(max) || (step !== undefined && !Number.isInteger(step)))) {
      yaml.fail(path, messages.formulaBadValue(`params.${name}`, 'whole-number min, max and step for an integer'));
    }
    spec = { kind, ...base, min, max, default: d.default === undefined ? min : num('default'), ...(step ? { step } : {}), ...(log ? { log } : {}), ...(text('unit') ? { unit: text('unit') } : {}) };
  } else if (kind === 'boolean') {
    const def = d.default ?? false;
    if (typeof def !== 'boolean') yaml.fail(at('default'), messages.formulaBadValue(`params.${name}.default`, 'true or false'));
    spec = { kind, ...base, default: def };
  } else if (kind === 'choice') {
    spec = { kind, ...base, options: readOptions(yaml, at('options'), name, d.options), default: '' };
    const def = d.default === undefined ? spec.options[0]?.value : String(d.default);
    spec.default = def ?? '';
  } else {
    yaml.fail(at('kind'), messages.formulaBadValue(`params.${name}.kind`, 'number, integer, choice or boolean'));
  }
  const parsed = parseParam(spec, spec.default);
  if (parsed.problem) yaml.fail(at('default'), messages.formulaBadValue(`params.${name}.default`, `a valid value (${parsed.note})`));
  return spec;
}

/** A choice's options: numbers (`[1, 2, 4]`) or `{value: 2, label: "…"}` maps; a formula reads the number. */
function readOptions(yaml: BlockYaml, path: (string | number)[], name: string, raw: unknown): { value: string; label: string }[] {
  if (!Array.isArray(raw) || raw.length < 2) yaml.fail(path, messages.formulaBadValue(`params.${name}.options`, 'a list of at least two numbers'));
  return raw.map((o, i) => {
    const value = isPlainMap(o) ? o.value : o;
    const label = isPlainMap(o) && typeof o.label === 'string' ? o.label : String(value);
    if (typeof value !== 'number' || !Number.isFinite(value)) yaml.fail([...path, i], messages.formulaBadValue(`params.${name}.options[${i}]`, 'a number (or {value: number, label: text})'));
    return { value: String(value), label };
  });
}
