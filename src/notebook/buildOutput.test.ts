/**
 * What an author sees when `vite build` stops at a mistake in a notebook (through scripts/vite.mjs, as
 * npm's scripts run it): the message once, at file:line, with no stack of our compiler beneath it and
 * none of the config loader's warnings above it. Builds a two-file site in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const site = mkdtempSync(join(tmpdir(), 'kexue-build-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Builds a site of the given notebooks (name → fixture) in a fresh folder; the build's status and output. */
function buildSite(notebooks: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(site, 'case-'));
  mkdirSync(join(dir, 'notebooks'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  copyFileSync(join(repo, 'svelte.config.js'), join(dir, 'svelte.config.js'));
  for (const [name, fixture] of Object.entries(notebooks)) copyFileSync(join(repo, 'src/notebook/fixtures', fixture), join(dir, 'notebooks', name));
  // The index's list of notebooks and the pages themselves, as src/app/notebooks.ts imports them.
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>t</title><script type="module">
    import { notebooks } from 'virtual:kexue/notebooks';
    console.log(notebooks, import.meta.glob('/notebooks/*.md'));
  </script>`);
  const run = spawnSync(process.execPath, [join(repo, 'scripts/vite.mjs'), 'build', '--config', join(repo, 'vite.config.ts'), '--outDir', join(dir, 'dist')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

test('a translation that drops an equation label fails the build at its own line', () => {
  const { status, output } = buildSite({ 'x.md': 'ok/basic.md', 'x.zh.md': 'pairing/pairLabelMissing.zh.md' });
  expect(status, output).not.toBe(0);
  expect(output).toContain('notebooks/x.zh.md:26');
  expect(output.split('notebooks/x.md:26 labels an equation "second", which this translation lacks').length - 1, output).toBe(1);
});

test('a translation without its English notebook fails the build', () => {
  const { status, output } = buildSite({ 'y.zh.md': 'pairing/ok.zh.md' });
  expect(status, output).not.toBe(0);
  expect(output).toContain('notebooks/y.zh.md:1');
  expect(output).toContain('a translation needs its English notebook notebooks/y.md');
});

test('a notebook without its Chinese version fails the build', () => {
  const { status, output } = buildSite({ 'z.md': 'ok/basic.md' });
  expect(status, output).not.toBe(0);
  expect(output).toContain('notebooks/z.md:1');
  expect(output).toContain('this notebook has no Chinese version: add notebooks/z.zh.md');
});

test('a failing build names each notebook error once, without stacks or config warnings', () => {
  const { status, output } = buildSite({ 'bad.md': 'errors/badParam.md' });
  expect(status, output).not.toBe(0);
  expect(output.split('parameter "dim": Head dimension d: 127 is not a multiple of 2 from 2').length - 1, output).toBe(1);
  expect(output).toContain('notebooks/bad.md:12');
  expect(output).not.toContain('without a file extension');
  // Frames of the notebook compiler or of the bundled config module (what the plugin runs from).
  expect(output.split('\n').filter((line) => /^\s+at .*(src\/notebook|\.vite-temp|vite\.config)/.test(line)), output).toEqual([]);
});
