/** Test-only helper: reads the independent reference values in `../shared/reference/` (read-only). */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Folder of the shared reference values: `$KEXUE_SHARED/reference`, else `../shared/reference` beside the repo. */
export function referenceDir(): string {
  const root = process.env.KEXUE_SHARED ?? resolve(process.cwd(), '..', 'shared');
  const dir = resolve(root, 'reference');
  if (!existsSync(dir)) throw new Error(`reference values not found at ${dir} (set KEXUE_SHARED to the shared/ folder)`);
  return dir;
}

/** Parses one reference JSON file, e.g. `loadReference('rope.json')`. */
export function loadReference<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(resolve(referenceDir(), name), 'utf8')) as T;
}
