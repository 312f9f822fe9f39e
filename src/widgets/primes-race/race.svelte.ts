/**
 * Runs the race's laps one after another; laps arrive one by one for the figure. Small laps (a few
 * milliseconds) run on the shared worker, already started and warm; larger ones each in a worker of
 * their own (Channel.alone), so that Stop takes effect at once. A method leaves the race after a lap
 * longer than the budget. A new start (new settings) abandons the old race.
 */
import type { RaceLap, RaceMethod } from '../../compute/primes/widgets';
import { Channel } from '../../worker/client';
import type { Status } from '../../ui/WidgetFrame.svelte';

/** Laps up to this x take milliseconds, so they need no worker of their own to be stoppable. */
const SHARED_WORKER_X = 10_000_000;

export class Race {
  laps: RaceLap[] = $state.raw([]);
  status: Status = $state({ busy: false, error: '', progress: null, ms: null });
  /** Set when the reader stopped the race before its end. */
  stopped = $state(false);
  private readonly channel = new Channel();
  private generation = 0;

  async start(plan: { method: RaceMethod; x: number }[], budgetMs: number): Promise<void> {
    const mine = ++this.generation;
    this.laps = [];
    this.stopped = false;
    this.status.busy = true;
    this.status.error = '';
    this.status.ms = null;
    const out = new Set<RaceMethod>();
    const t0 = performance.now();
    for (let i = 0; i < plan.length; i++) {
      const { method, x } = plan[i];
      this.status.progress = i / plan.length;
      if (out.has(method)) continue;
      const outcome = x <= SHARED_WORKER_X ? await this.channel.run('raceLap', method, x) : await this.channel.alone('raceLap', method, x);
      if (mine !== this.generation || outcome === null) return;
      if (!outcome.ok) {
        this.status.error = outcome.error;
        break;
      }
      this.laps = [...this.laps, outcome.value];
      if (outcome.value.ms > budgetMs) out.add(method);
    }
    this.status.busy = false;
    this.status.progress = null;
    this.status.ms = performance.now() - t0;
  }

  /** Stops the lap in progress and the race. */
  stop(): void {
    this.generation++;
    this.channel.cancel();
    this.status.busy = false;
    this.status.progress = null;
    this.stopped = true;
  }

  dispose(): void {
    this.generation++;
    this.channel.dispose();
  }
}
