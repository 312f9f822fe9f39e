/**
 * Widget name → spec and lazily loaded view. The names and specs come from `specs.ts` (the one
 * list); each view is the PascalCase `.svelte` file in the widget's folder, loaded only when its
 * slot nears the viewport.
 */
import type { Component } from 'svelte';
import type { FormulaFigure } from '../notebook/formulaFigure';
import { widgetSpecs } from './specs';

/** What every widget view receives: its URL prefix and the notebook block's parameters. */
export interface WidgetProps {
  /** Slot id on a notebook page (URL keys `prefix.param`); '' on the embed page. */
  prefix: string;
  params?: Record<string, unknown>;
  /** A formula block's figure (the plot, map and sequence views draw it). */
  figure?: FormulaFigure;
}

const views = import.meta.glob<{ default: Component<WidgetProps> }>('./*/*.svelte');

const pascal = (name: string) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/** Path of a widget's view module, e.g. `rope-digits` → `./rope-digits/RopeDigits.svelte`. */
export function viewPath(name: string): string {
  return `./${name}/${pascal(name)}.svelte`;
}

/** Loads a widget's view component. */
export async function loadView(name: string): Promise<Component<WidgetProps>> {
  const load = views[viewPath(name)];
  if (!load || !widgetSpecs[name]) throw new Error(`unknown widget "${name}"`);
  return (await load()).default;
}

export { widgetSpecs };
