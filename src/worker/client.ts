/**
 * The widgets' side of the worker. One shared module worker serves quick kernels; each long job
 * (a kernel that reports progress), or any run the widget wants stoppable, gets a worker of its own,
 * so cancelling it is `terminate()` and takes effect at once. Per channel (one per widget) the newest
 * request counts: requests that never started are dropped, an older job is cancelled, and the one
 * computing when a newer came is still drawn (see `run`). A worker that dies or hangs is replaced.
 */
import { wrap, proxy, type Remote } from 'comlink';
import { isCoded, registerKernelErrors, type Coded } from './errors';
import type { WorkerApi } from './worker';

registerKernelErrors();

export type KernelName = keyof WorkerApi;
type Args<K extends KernelName> = Parameters<WorkerApi[K]>;
type Result<K extends KernelName> = Awaited<ReturnType<WorkerApi[K]>>;

/**
 * What a request settles to: the result, an error message for the widget, or null when superseded.
 * A kernel's coded refusal also brings its code and arguments (`coded`: the page words it in the
 * reader's language; `error` is the English sentence). `superseded` marks the answer to an older
 * input that was already computing when a newer one came: newer than anything on screen, so worth
 * drawing while the newer one waits its turn.
 */
export type Outcome<T> = { ok: true; value: T; ms: number; superseded?: true } | { ok: false; error: string; coded?: Coded } | null;

/** A quick kernel that has not answered in this long means a hung or dead worker. */
const HANG_MS = 15_000;

function spawn(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'kexue-kernels' });
}

interface Live {
  worker: Worker;
  remote: Remote<WorkerApi>;
  /** Rejects every call in flight; set when the worker dies. */
  fail: Set<(why: string) => void>;
}

let shared: Live | null = null;

function start(): Live {
  const worker = spawn();
  const live: Live = { worker, remote: wrap<WorkerApi>(worker), fail: new Set() };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    restart(live, 'The computation worker crashed and was restarted; change a control to try again.');
  });
  return live;
}

function restart(live: Live, why: string) {
  live.worker.terminate();
  for (const reject of live.fail) reject(why);
  live.fail.clear();
  if (shared === live) shared = null;
}

function sharedWorker(): Live {
  return (shared ??= start());
}

function failure(err: unknown): { ok: false; error: string; coded?: Coded } {
  const error = err instanceof Error ? err.message : String(err);
  return isCoded(err) ? { ok: false, error, coded: { code: err.code, args: err.args } as Coded } : { ok: false, error };
}

/** Calls a kernel on a worker, turning crashes, hangs and throws into an Outcome. */
async function call<T>(live: Live, invoke: () => Promise<T>, hangMs: number | null): Promise<Outcome<T>> {
  const t0 = performance.now();
  return new Promise<Outcome<T>>((resolve) => {
    const fail = (why: string) => resolve({ ok: false, error: why });
    live.fail.add(fail);
    const timer = hangMs === null ? 0 : setTimeout(() => restart(live, 'The computation took too long; the worker was restarted.'), hangMs);
    invoke().then(
      (value) => resolve({ ok: true, value, ms: performance.now() - t0 }),
      (err) => resolve(failure(err)),
    ).finally(() => {
      clearTimeout(timer);
      live.fail.delete(fail);
    });
  });
}

/** One widget's line to the kernels: latest request wins, jobs are cancellable. */
export class Channel {
  private seq = 0;
  private running: Live | null = null;
  /** The channel's request on the shared worker, if one is computing. */
  private inFlight: Promise<unknown> | null = null;
  /** The newest request whose answer was handed out: an older one is never handed out after it. */
  private delivered = 0;

  /**
   * Runs a quick kernel on the shared worker, one request of this channel at a time. A newer request
   * waits for the one computing, and a request still waiting when an even newer one comes is dropped
   * unsent (null), so a drag faster than the kernel never queues work behind it. The request that
   * was computing is answered (marked `superseded`): the figure follows the hand at the kernel's pace.
   */
  async run<K extends KernelName>(name: K, ...args: Args<K>): Promise<Outcome<Result<K>>> {
    const mine = ++this.seq;
    this.cancel();
    while (this.inFlight) {
      await this.inFlight;
      if (mine !== this.seq) return null;
    }
    const live = sharedWorker();
    const fn = live.remote[name] as unknown as (...a: Args<K>) => Promise<Result<K>>;
    const computing = call(live, () => fn(...args), HANG_MS);
    this.inFlight = computing;
    const outcome = await computing;
    if (this.inFlight === computing) this.inFlight = null;
    if (mine === this.seq) return this.deliver(mine, outcome);
    // Older than the newest request: drawn only if it is a result newer than any handed out.
    return outcome?.ok && mine > this.delivered ? this.deliver(mine, { ...outcome, superseded: true }) : null;
  }

  private deliver<T>(mine: number, outcome: Outcome<T>): Outcome<T> {
    this.delivered = Math.max(this.delivered, mine);
    return outcome;
  }

  /**
   * Runs a long kernel in a worker of its own, reporting progress (0…1). The kernel's last argument
   * is the progress callback. Cancelled by `cancel()` or by the next request on this channel.
   */
  job<K extends KernelName>(
    name: K,
    args: Args<K> extends [...infer A, ((f: number) => void)?] ? A : never,
    onProgress: (fraction: number) => void,
  ): Promise<Outcome<Result<K>>> {
    const mine = this.seq + 1; // the number isolated() is about to give this request
    return this.isolated<K>(name, [...args, proxy((f: number) => mine === this.seq && onProgress(f))]);
  }

  /**
   * Runs a kernel in a worker of its own, like a job but without progress: for a computation too long
   * to hold up the shared worker, which the next request on this channel (or `cancel()`) stops at once.
   */
  alone<K extends KernelName>(name: K, ...args: Args<K>): Promise<Outcome<Result<K>>> {
    return this.isolated<K>(name, args);
  }

  private async isolated<K extends KernelName>(name: K, args: unknown[]): Promise<Outcome<Result<K>>> {
    const mine = ++this.seq;
    this.cancel();
    const live = start();
    this.running = live;
    const fn = live.remote[name] as unknown as (...a: unknown[]) => Promise<Result<K>>;
    const outcome = await call(live, () => fn(...args), null);
    if (this.running === live) this.running = null;
    live.worker.terminate();
    return mine === this.seq ? this.deliver(mine, outcome) : null;
  }

  /** Stops the running job, if any, and drops any pending result. */
  cancel(): void {
    if (this.running) {
      const live = this.running;
      this.running = null;
      restart(live, 'Cancelled.');
    }
  }

  /** Forgets pending results (e.g. when the widget goes away). */
  dispose(): void {
    this.delivered = ++this.seq;
    this.cancel();
  }
}

/**
 * Test builds only (app/testHooks.ts): crashes the shared worker from inside; resolves once the
 * client has seen the crash and dropped that worker.
 */
export function crashWorkerForTest(): Promise<void> {
  const live = sharedWorker();
  return new Promise((done) => {
    // Registered after the client's own handler, so it runs once the worker has been dropped.
    live.worker.addEventListener('error', () => done());
    void (live.remote as unknown as { crash(): Promise<void> }).crash();
  });
}
