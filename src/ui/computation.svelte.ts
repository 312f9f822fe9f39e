/**
 * Runs a widget's kernel through its worker channel and keeps what the view needs: the last good
 * result (kept on error, so the plot never blanks), and the status line (busy, error, progress, time).
 */
import { Channel, type Outcome } from '../worker/client';
import type { Coded } from '../worker/errors';
import { lastInputAt, resultClock } from '../core/inputClock';
import { whenNearViewport } from '../core/nearViewport';
import { ui } from '../core/i18n';
import type { Status } from './WidgetFrame.svelte';
import { readerErrorText } from './errorText';

export class Computation<T, I = undefined> {
  result: T | null = $state.raw(null);
  /**
   * The input `run` was given with the request behind `result`, set in the same step as `result`: a
   * figure built from both never pairs a new input with an old result (nor is drawn twice, once each).
   */
  input: I | null = $state.raw(null);
  private readonly state: Omit<Status, 'error'> = $state({ busy: false, progress: null, ms: null });
  /** The refusal shown, kept coded when the kernel coded it, so a change of language rewords it. */
  private failure: Coded | string = $state.raw('');
  readonly status: Status = $derived({ ...this.state, error: readerErrorText(this.failure) });
  readonly channel = new Channel();
  /** Construct during component initialisation: the worker is not woken before the widget is near. */
  private readonly near = whenNearViewport();
  /** Shared by the widget's computations and read by its plot (see inputClock.ts). */
  private readonly clock = resultClock();

  /**
   * Starts a request; a newer call supersedes it. `job` marks a cancellable long job with progress;
   * `input` is kept beside the result (see `input`).
   */
  async run(
    request: (channel: Channel, onProgress: (f: number) => void) => Promise<Outcome<T>>,
    { job = false, input }: { job?: boolean; input?: I } = {},
  ): Promise<void> {
    const inputAt = lastInputAt();
    this.clock.busy.add(this);
    this.state.busy = true;
    this.state.progress = job ? 0 : null;
    await this.near;
    // Progress reports travel on their own message port, so one can arrive after the result: ignore it.
    let settled = false;
    const outcome = await request(this.channel, (f) => {
      if (!settled) this.state.progress = f;
    });
    settled = true;
    if (outcome === null) return; // superseded: the newer request owns the status now
    if (outcome.ok && outcome.superseded) {
      // An older input's answer while the newest waits: drawn, and the status stays the newest's.
      this.clock.at = Math.max(this.clock.at, inputAt);
      this.result = outcome.value;
      this.input = input ?? null;
      return;
    }
    this.clock.busy.delete(this);
    this.state.busy = false;
    this.state.progress = null;
    if (outcome.ok) {
      this.clock.at = Math.max(this.clock.at, inputAt);
      this.result = outcome.value;
      this.input = input ?? null;
      this.failure = '';
      this.state.ms = outcome.ms;
    } else {
      this.failure = outcome.coded ?? outcome.error;
    }
  }

  /**
   * Whether the result on screen answers an older input than the controls now hold: the newest request
   * was refused (or failed), or a long job for it still runs. A quick request in flight does not count:
   * its answer is a frame away.
   */
  get outdated(): boolean {
    return this.result !== null && (this.status.error !== '' || this.status.progress !== null);
  }

  /** Reports an input problem found before any request (e.g. unparsable pasted text). */
  fail(message: string): void {
    this.channel.dispose();
    this.clock.busy.delete(this);
    this.state.busy = false;
    this.state.progress = null;
    this.failure = message;
  }

  cancel(): void {
    this.channel.cancel();
  }

  /** Abandons the request in flight without a word (its worker stops): a newer one is on its way. */
  drop(): void {
    this.dispose();
  }

  dispose(): void {
    this.channel.dispose();
    this.clock.busy.delete(this);
  }
}

/**
 * The note a widget frame puts over a figure (and its readouts) that answers older settings than the
 * controls show, or '' when it is up to date. `shows` names what the figure still shows.
 */
export function staleNote(outdated: boolean, error: string, shows: string = ui.previousSettings): string {
  if (!outdated) return '';
  return error ? ui.notRedrawn(shows) : ui.stillComputing(shows);
}
