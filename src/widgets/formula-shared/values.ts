/** A formula figure's parameter values as its formulas read them (numbers only). */
import type { ParamSpecs } from '../../core/params';

/** Numbers as they are, a choice's option as its number, true/false as 1/0. */
export function numericValues(specs: ParamSpecs, values: Readonly<Record<string, unknown>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, spec] of Object.entries(specs)) out[key] = spec.kind === 'boolean' ? (values[key] === true ? 1 : 0) : Number(values[key]);
  return out;
}
