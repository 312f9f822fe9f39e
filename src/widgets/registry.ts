/**
 * Widget name → card, spec and view. A page loads none of the widgets' specs up front: the build
 * writes each widget's card (title, notebook, footprint: what a slot shows before the view loads) into
 * `virtual:kexue/widgets`, and the spec and the view — the PascalCase `.svelte` file in the widget's
 * folder — load when its slot nears the viewport. `specs.ts` stays the one list, for the build and the
 * gallery.
 */
import type { Component } from 'svelte';
import type { WidgetSpec } from '../core/params';
import type { FormulaFigure } from '../notebook/formulaFigure';
import { widgetCards } from 'virtual:kexue/widgets';

/** What every widget view receives: its URL prefix and the notebook block's parameters. */
export interface WidgetProps {
  /** Slot id on a notebook page (URL keys `prefix.param`); '' on the embed page. */
  prefix: string;
  params?: Record<string, unknown>;
  /** A formula block's figure (the plot, map and sequence views draw it). */
  figure?: FormulaFigure;
}

const views = import.meta.glob<{ default: Component<WidgetProps> }>('./*/*.svelte');
const specModules = import.meta.glob<Record<string, unknown>>('./*/spec.ts');

const pascal = (name: string) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/** Path of a widget's view module, e.g. `rope-digits` → `./rope-digits/RopeDigits.svelte`. */
export function viewPath(name: string): string {
  return `./${name}/${pascal(name)}.svelte`;
}

/** Loads a widget's view component. */
export async function loadView(name: string): Promise<Component<WidgetProps>> {
  const load = views[viewPath(name)];
  if (!load || !Object.hasOwn(widgetCards, name)) throw new Error(`unknown widget "${name}"`);
  return (await load()).default;
}

/** Loads a widget's spec (the module its view imports too, so it is fetched once). */
export async function loadSpec(name: string): Promise<WidgetSpec> {
  const load = specModules[`./${name}/spec.ts`];
  if (!load || !Object.hasOwn(widgetCards, name)) throw new Error(`unknown widget "${name}"`);
  const spec = Object.values(await load()).find((v): v is WidgetSpec => typeof v === 'object' && v !== null && (v as WidgetSpec).name === name);
  if (!spec) throw new Error(`./${name}/spec.ts exports no spec named "${name}"`);
  return spec;
}

export { widgetCards };
