/** Test-only helper: reads the independent reference values kept beside it in `reference/` (read-only). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Parses one reference JSON file, e.g. `loadReference('rope.json')`. */
export function loadReference<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, 'reference', name), 'utf8')) as T;
}
