/**
 * A widget's parameter state: starts from the spec's defaults, overlaid with the notebook block's
 * values, overlaid with the URL; every change is parsed by the spec and mirrored into the URL.
 */
import {
  encodeValues,
  formatValue,
  labelText,
  parseParam,
  parseValues,
  pickWidgetQuery,
  type ParamSpecs,
  type ParamValues,
  type WidgetSpec,
} from '../core/params';
import { ui } from '../core/i18n';
import { embedQuery } from '../core/pictures';
import { location$, withLang, writeWidgetQuery } from '../core/route.svelte';

/** Each widget's values as last synced, by URL prefix: live values in prose start from these (app/bindings.ts). */
const latestValues = new Map<string, Record<string, unknown>>();

/** The values the widget with this prefix last synced, if it has mounted. */
export function syncedValues(prefix: string): Record<string, unknown> | undefined {
  return latestValues.get(prefix);
}

export class WidgetState<S extends ParamSpecs> {
  values: ParamValues<S>;
  notes: Record<string, string | undefined> = $state({});
  /** The notebook's values for this slot: a URL only records differences from these. */
  readonly base: ParamValues<S>;

  /** URL key prefix: the slot id on a notebook page, '' on the embed page. */
  readonly prefix: string;

  /** Reads the slot's props once: a widget is re-created, not re-targeted, when its slot changes. */
  constructor(
    readonly spec: WidgetSpec<S>,
    props: { prefix: string; params?: Record<string, unknown> },
  ) {
    this.prefix = props.prefix;
    this.base = parseValues(spec.params, props.params ?? {}).values;
    const fromUrl = parseValues(spec.params, pickWidgetQuery(spec, location$.query, this.prefix), this.base);
    this.values = $state(fromUrl.values);
    this.notes = fromUrl.notes as Record<string, string>;
  }

  /**
   * Sets one parameter from a reader's input. Out-of-range input is clamped, and junk keeps the value in
   * use (so the figure stays the last good one), each with a note by the control saying so.
   */
  set(key: keyof S & string, raw: unknown): void {
    const spec = this.spec.params[key];
    const parsed = parseParam(spec, raw);
    if (parsed.problem === 'invalid') {
      this.notes[key] = ui.keeping(labelText(spec), parsed.reason ?? '', formatValue(spec, this.values[key]));
      return;
    }
    (this.values as Record<string, unknown>)[key] = parsed.value;
    this.notes[key] = parsed.note;
  }

  /** Query entries for the current values (only those differing from the notebook's). */
  entries(prefix = this.prefix, base: Record<string, unknown> = this.base): [string, string][] {
    return encodeValues(this.spec.params, this.values, base, prefix);
  }

  /** Writes the state to the address bar (throttled), and tells the page's bound prose and equations. Call from an effect. */
  sync(): void {
    writeWidgetQuery(this.prefix, this.entries());
    const values = { ...this.values };
    latestValues.set(this.prefix, values);
    document.dispatchEvent(new CustomEvent('kexue:params', { detail: { prefix: this.prefix, values } }));
  }

  /** Re-reads the URL after back/forward. */
  reload(): void {
    const { values, notes } = parseValues(this.spec.params, pickWidgetQuery(this.spec, location$.query, this.prefix), this.base);
    Object.assign(this.values, values);
    this.notes = notes as Record<string, string>;
  }

  /** The embed query of this exact state (values other than the defaults spelled out). */
  embedQuery(): string {
    return embedQuery(this.spec.embedAs ?? this.spec.name, this.spec.params, this.values);
  }

  /** A link to the embed page in this exact state and language. */
  embedUrl(): string {
    const url = new URL(location.href);
    url.hash = '';
    url.search = this.embedQuery();
    return withLang(url).toString();
  }
}
