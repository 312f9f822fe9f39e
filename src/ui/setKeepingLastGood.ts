import { ui } from '../core/i18n';
import { formatValue, labelText, parseParam, type ParamSpecs } from '../core/params';
import type { WidgetState } from './widgetState.svelte';

/**
 * Sets a parameter from a reader's input like WidgetState.set, except that junk (not a number, not an
 * option) keeps the current value instead of falling back to the default: the note by the control
 * names the field, and the plot keeps showing the last good input. Out-of-range input is still clamped.
 */
export function setKeepingLastGood<S extends ParamSpecs>(widget: WidgetState<S>, key: keyof S & string, raw: unknown): void {
  const spec = widget.spec.params[key];
  const parsed = parseParam(spec, raw);
  if (parsed.problem !== 'invalid') {
    widget.set(key, raw);
    return;
  }
  widget.notes[key] = ui.keeping(labelText(spec), parsed.reason ?? '', formatValue(spec, widget.values[key]));
}
