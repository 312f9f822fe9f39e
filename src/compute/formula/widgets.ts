/**
 * What the formula widgets (plot, map, sequence) call through the worker: one request per input, the
 * figure's plan (made at build time) and the parameters' values. No mathjs here: the plans hold
 * checked trees, compiled to closures per request.
 */
import { describe } from '../numerics/checks';
import { sampleMap, samplePlot, sampleSequence, type MapResult, type ParamValuesIn, type PlotResult, type SequenceResult } from './figures';
import type * as ObjectiveWidgets from './objectiveWidgets';
import type { MapPlan, PlotPlan, SequencePlan } from './plan';

export type { MapResult, PlotResult, SequenceResult } from './figures';

function requireRequest<P>(args: unknown, kind: string): { plan: P; values: ParamValuesIn } {
  const a = args as { plan?: { kind?: string }; values?: unknown } | null;
  if (typeof a !== 'object' || a === null) throw new Error(`args must be an object, got ${describe(args)}`);
  if (a.plan?.kind !== kind) throw new Error(`plan must be a ${kind} plan, got ${describe(a.plan?.kind)}`);
  if (typeof a.values !== 'object' || a.values === null) throw new Error(`values must be an object, got ${describe(a.values)}`);
  return a as { plan: P; values: ParamValuesIn };
}

/** A plot block's curves at its parameters' values (figures.ts, samplePlot). */
export function formulaPlot(args: { plan: PlotPlan; values: ParamValuesIn }): PlotResult {
  const { plan, values } = requireRequest<PlotPlan>(args, 'plot');
  return samplePlot(plan, values);
}

/** A map block's grid and contour lines (figures.ts, sampleMap). */
export function formulaMap(args: { plan: MapPlan; values: ParamValuesIn }): MapResult {
  const { plan, values } = requireRequest<MapPlan>(args, 'map');
  return sampleMap(plan, values);
}

/** A sequence block's terms (figures.ts, sampleSequence). */
export function formulaSequence(args: { plan: SequencePlan; values: ParamValuesIn }): SequenceResult {
  const { plan, values } = requireRequest<SequencePlan>(args, 'sequence');
  return sampleSequence(plan, values);
}

type ObjectiveKernels = typeof ObjectiveWidgets;

/** The landscape's surface of a reader's formula (objectiveWidgets.ts; loads mathjs on first call). */
export async function customObjectiveSurface(...args: Parameters<ObjectiveKernels['customObjectiveSurface']>): Promise<ReturnType<ObjectiveKernels['customObjectiveSurface']>> {
  return (await import('./objectiveWidgets')).customObjectiveSurface(...args);
}

/** The optimizers' runs on a reader's formula (objectiveWidgets.ts; loads mathjs on first call). */
export async function compareCustomTrajectories(...args: Parameters<ObjectiveKernels['compareCustomTrajectories']>): Promise<ReturnType<ObjectiveKernels['compareCustomTrajectories']>> {
  return (await import('./objectiveWidgets')).compareCustomTrajectories(...args);
}
