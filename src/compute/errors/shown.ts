/**
 * A value as an error message shows it, kept as data so each language can word it: literals
 * (numbers, quoted strings, bigints, true/false/null/undefined) read the same in every language and
 * are kept as their text; arrays, typed arrays and other objects are named by kind (never dumped).
 */
export type Shown = { readonly literal: string } | { readonly kind: 'array' } | { readonly kind: 'view'; readonly name: string } | { readonly kind: 'type'; readonly type: string };

/** How `value` appears inside an error message: strings quoted (and cut), objects by kind. */
export function shown(value: unknown): Shown {
  if (typeof value === 'string') return { literal: `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'` };
  if (typeof value === 'bigint') return { literal: `${value}n` };
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return { literal: String(value) };
  if (Array.isArray(value)) return { kind: 'array' };
  if (ArrayBuffer.isView(value)) return { kind: 'view', name: value.constructor.name };
  return { kind: 'type', type: typeof value };
}

/** A shown value in English: `'abc'`, `3`, `an array`, `a Float64Array`, `a value of type object`. */
export function shownEn(value: Shown): string {
  if ('literal' in value) return value.literal;
  if (value.kind === 'array') return 'an array';
  if (value.kind === 'view') return `a ${value.name}`;
  return `a value of type ${value.type}`;
}

/** A shown value in Chinese. */
export function shownZh(value: Shown): string {
  if ('literal' in value) return value.literal;
  if (value.kind === 'array') return '一个数组';
  if (value.kind === 'view') return `一个 ${value.name}`;
  return `一个 ${value.type} 类型的值`;
}
