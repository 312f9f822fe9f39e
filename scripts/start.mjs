/** `npm start`: installs what is missing, then serves the notebooks with hot reload. */
import { spawnSync } from 'node:child_process';
import { ensureDeps } from './ensureDeps.mjs';

ensureDeps();
const result = spawnSync(process.execPath, ['scripts/vite.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
