import { expect, test } from 'vitest';
import { combineStatus } from './status';

const idle = { busy: false, error: '', progress: null, ms: 12 };

test('busy if any is busy; first error and progress win; the time is the main one', () => {
  expect(combineStatus(idle, { ...idle, ms: 99 })).toEqual(idle);
  expect(combineStatus(idle, { ...idle, busy: true, ms: null })).toEqual({ ...idle, busy: true });
  expect(combineStatus({ ...idle, error: 'Cancelled.' }, { ...idle, error: 'other' }).error).toBe('Cancelled.');
  expect(combineStatus(idle, { ...idle, busy: true, progress: 0.5 }).progress).toBe(0.5);
});
