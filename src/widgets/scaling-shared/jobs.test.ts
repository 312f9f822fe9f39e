import { expect, test } from 'vitest';
import { untilSettled } from './jobs';

test('progress reported after the job settled is dropped', async () => {
  const seen: number[] = [];
  let late: ((f: number) => void) | undefined;
  const value = await untilSettled(async (progress) => {
    progress(0.5);
    late = progress;
    return 42;
  }, (f) => seen.push(f));
  late?.(1);
  expect(value).toBe(42);
  expect(seen).toEqual([0.5]);
});

test('a failing job still stops the progress', async () => {
  const seen: number[] = [];
  let late: ((f: number) => void) | undefined;
  await expect(untilSettled(async (progress) => {
    late = progress;
    throw new Error('boom');
  }, (f) => seen.push(f))).rejects.toThrow('boom');
  late?.(1);
  expect(seen).toEqual([]);
});
