/**
 * The one list of widgets: name → parameter spec. Pure data, so the build (notebook validation) and
 * the browser (controls, URL, gallery) read the same declarations. Views are found by `registry.ts`.
 */
import type { WidgetSpec } from './params';
import { ropeDigitsSpec } from './rope-digits/spec';

export const widgetSpecs: Record<string, WidgetSpec> = {
  [ropeDigitsSpec.name]: ropeDigitsSpec,
};
