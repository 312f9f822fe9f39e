/**
 * The worker client with a fake Worker: each fake runs a small kernel table in this process over a
 * MessageChannel, with comlink as the real worker does, and can crash, hang or be terminated.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { expose, type Endpoint } from 'comlink';
import { MessageChannel } from 'node:worker_threads';
import type * as ClientModule from './client';

/** Kernels of the fake worker: answers after `ms`, never (hang), or by throwing. */
const kernels = {
  echo: (value: number, ms = 0) => new Promise<number>((done) => setTimeout(() => done(value), ms)),
  hang: () => new Promise<never>(() => undefined),
  fail: () => {
    throw new Error('n must be a positive integer, got -1');
  },
  count: async (n: number, onProgress?: (f: number) => void) => {
    for (let i = 1; i <= n; i++) {
      await new Promise((r) => setTimeout(r, 1));
      onProgress?.(i / n);
    }
    return n;
  },
};

class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  terminated = false;
  private readonly port: MessagePort;
  constructor() {
    super();
    const { port1, port2 } = new MessageChannel();
    expose(kernels, port2 as unknown as Endpoint);
    this.port = port1 as unknown as MessagePort;
    this.port.addEventListener('message', (e) => !this.terminated && this.dispatchEvent(new MessageEvent('message', { data: (e as MessageEvent).data })));
    this.port.start();
    FakeWorker.made.push(this);
  }
  postMessage(data: unknown, transfer?: Transferable[]) {
    if (!this.terminated) this.port.postMessage(data, transfer ?? []);
  }
  terminate() {
    this.terminated = true;
    this.port.close();
  }
  /** What a real worker does on an uncaught error. */
  crash() {
    this.dispatchEvent(new Event('error', { cancelable: true }));
  }
}

type Client = typeof ClientModule;
let client: Client;
/** The client's channel, with the fake kernels' names. */
const channel = () => new client.Channel() as unknown as {
  run(name: string, ...args: unknown[]): ReturnType<InstanceType<Client['Channel']>['run']>;
  job(name: string, args: unknown[], onProgress: (f: number) => void): ReturnType<InstanceType<Client['Channel']>['run']>;
  alone(name: string, ...args: unknown[]): ReturnType<InstanceType<Client['Channel']>['run']>;
  cancel(): void;
  dispose(): void;
};

beforeEach(async () => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules(); // a fresh client: no shared worker from an earlier test
  client = await import('./client');
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  for (const w of FakeWorker.made) w.terminate();
});

describe('worker client', () => {
  test('answers with the result, and with the kernel\'s own message when it throws', async () => {
    const ch = channel();
    expect(await ch.run('echo', 7)).toMatchObject({ ok: true, value: 7 });
    expect(await ch.run('fail')).toEqual({ ok: false, error: 'n must be a positive integer, got -1' });
  });

  test('the newest request wins; the one computing when it came is still answered, marked superseded', async () => {
    const ch = channel();
    const older = ch.run('echo', 1, 30);
    const newer = ch.run('echo', 2, 0);
    const order: number[] = [];
    void older.then(() => order.push(1));
    void newer.then(() => order.push(2));
    expect(await newer).toMatchObject({ ok: true, value: 2 });
    expect(await older).toMatchObject({ ok: true, value: 1, superseded: true });
    expect(await newer).not.toHaveProperty('superseded');
    // One request at a time per channel: the newer one was sent only after the older one answered.
    expect(order).toEqual([1, 2]);
    // Quick kernels share one worker.
    expect(FakeWorker.made).toHaveLength(1);
  });

  test('a request still waiting when a newer one comes is dropped unsent', async () => {
    const ch = channel();
    const sent: unknown[] = [];
    const first = ch.run('echo', 1, 20);
    await new Promise((r) => setTimeout(r, 1));
    const worker = FakeWorker.made[0];
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (data: unknown, transfer?: Transferable[]) => {
      sent.push(data);
      post(data, transfer);
    };
    const second = ch.run('echo', 2, 0);
    const third = ch.run('echo', 3, 0);
    expect(await third).toMatchObject({ ok: true, value: 3 });
    expect(await second).toBeNull();
    expect(await first).toMatchObject({ ok: true, value: 1, superseded: true });
    // Only the third request reached the worker after the first.
    expect(sent.filter((m) => JSON.stringify(m).includes('"echo"'))).toHaveLength(1);
  });

  test('an older answer is never handed out after a newer one, nor after dispose()', async () => {
    const ch = channel();
    const quick = ch.run('echo', 1, 40);
    const job = ch.job('count', [2], () => undefined);
    expect(await job).toMatchObject({ ok: true, value: 2 });
    expect(await quick).toBeNull();

    const pending = ch.run('echo', 5, 20);
    ch.dispose();
    expect(await pending).toBeNull();
  });

  test('a hung worker is replaced, and the next request gets a new one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const ch = channel();
    const hung = ch.run('hang');
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await hung).toEqual({ ok: false, error: 'The computation took too long; the worker was restarted.' });
    expect(FakeWorker.made[0].terminated).toBe(true);
    vi.useRealTimers();
    expect(await ch.run('echo', 3)).toMatchObject({ ok: true, value: 3 });
    expect(FakeWorker.made).toHaveLength(2);
  });

  test('a crash fails the calls in flight with a message, and the next request starts a new worker', async () => {
    const ch = channel();
    const inFlight = ch.run('echo', 4, 50);
    await new Promise((r) => setTimeout(r, 5));
    FakeWorker.made[0].crash();
    expect(await inFlight).toEqual({ ok: false, error: 'The computation worker crashed and was restarted; change a control to try again.' });
    expect(FakeWorker.made[0].terminated).toBe(true);
    expect(await ch.run('echo', 5)).toMatchObject({ ok: true, value: 5 });
    expect(FakeWorker.made).toHaveLength(2);
  });

  test('a job runs in a worker of its own, reports progress, and cancel() stops it at once', async () => {
    const ch = channel();
    const seen: number[] = [];
    expect(await ch.job('count', [3], (f) => seen.push(f))).toMatchObject({ ok: true, value: 3 });
    // Progress travels on a port of its own, so the last report may land after the result.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((f, k) => f > 0 && f <= 1 && (k === 0 || f > seen[k - 1]))).toBe(true);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0].terminated).toBe(true); // a finished job's worker goes away

    const long = ch.job('count', [1000], () => undefined);
    await new Promise((r) => setTimeout(r, 5));
    ch.cancel();
    expect(await long).toEqual({ ok: false, error: 'Cancelled.' });
    expect(FakeWorker.made[1].terminated).toBe(true);
  });

  test('a newer request on the channel stops a running job and drops its result', async () => {
    const ch = channel();
    const job = ch.job('count', [1000], () => undefined);
    await new Promise((r) => setTimeout(r, 5));
    expect(await ch.run('echo', 9)).toMatchObject({ ok: true, value: 9 });
    expect(await job).toBeNull();
    expect(FakeWorker.made[0].terminated).toBe(true);
  });

  test('dispose() forgets a pending answer', async () => {
    const ch = channel();
    const pending = ch.run('echo', 1, 20);
    ch.dispose();
    expect(await pending).toBeNull();
  });
});
