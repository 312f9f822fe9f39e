/** For the compiler's tests: `run` must fail with a NotebookError at `file:line` whose text matches. */
import { expect } from 'vitest';
import { NotebookError } from './errors';

export function expectFailureAt(run: () => unknown, file: string, line: number, pattern: RegExp): void {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(NotebookError);
  const message = (error as Error).message;
  expect(message.startsWith(`${file}:${line}: `), message).toBe(true);
  expect(message).toMatch(pattern);
}
