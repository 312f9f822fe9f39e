/**
 * `npm run build`: the site (Vite, with any arguments given, e.g. `--outDir DIR`), then a picture of
 * every figure in the state it starts in (pictures.mjs), shown while plotly loads. The pictures need
 * a Chromium: where there is none the site is built without them, and says so (every figure still
 * works; it shows "Loading plot…" until plotly arrives). `KEXUE_PICTURES` picks which widgets get
 * pictures (`all` by default; `none` for none; or names: `rope-digits,map`).
 */
import { spawnSync } from 'node:child_process';
import { chromiumIfPresent } from './browser.mjs';
import { makePictures } from './pictures.mjs';

const args = process.argv.slice(2);
const outDir = args.includes('--outDir') ? args[args.indexOf('--outDir') + 1] : 'dist';
const chromium = chromiumIfPresent();
const asked = process.env.KEXUE_PICTURES ?? 'all';
const wanted = chromium && asked !== 'none' ? asked : '';
if (!chromium && asked !== 'none') console.log('[pictures] no Chromium on this machine: building without pictures of the figures');
const built = spawnSync(process.execPath, ['scripts/vite.mjs', 'build', ...args], { stdio: 'inherit', env: { ...process.env, KEXUE_PICTURES: wanted } });
if (built.status !== 0) process.exit(built.status ?? 1);
if (wanted) await makePictures(outDir, chromium);
