/**
 * What every segment-* view does on mounting: reads its state (spec, notebook block, URL), asks its
 * kernel whenever a value changes (newest request wins), mirrors the state into the URL, and says
 * when the figure shows older settings than the controls.
 */
import type { ParamSpecs, ParamValues, WidgetSpec } from '../../core/params';
import { Computation, staleNote } from '../../ui/computation.svelte';
import { WidgetState } from '../../ui/widgetState.svelte';
import type { Channel, Outcome } from '../../worker/client';
import type { WidgetProps } from '../registry';

export class SegmentView<S extends ParamSpecs, T> {
  readonly widget: WidgetState<S>;
  readonly compute = new Computation<T>();
  /** Prefix of the controls' element ids. */
  readonly id: string;
  /** The figure's width in CSS pixels as laid out (0 until measured), so labels can thin out on phones. */
  width = $state(0);

  /** Construct during component initialisation; `request` reads the values it needs (so they are tracked). */
  constructor(spec: WidgetSpec<S>, props: WidgetProps, request: (values: ParamValues<S>) => (channel: Channel) => Promise<Outcome<T>>) {
    this.widget = new WidgetState(spec, props);
    this.id = this.widget.prefix || 'embed';
    $effect(() => {
      const call = request(this.widget.values);
      this.widget.sync();
      void this.compute.run(call);
    });
    $effect(() => () => this.compute.dispose());
  }

  /** The note over a figure that answers older settings ('' when current). */
  get stale(): string {
    return staleNote(this.compute.outdated, this.compute.status.error);
  }
}
