/**
 * The Vite plugin: the only part of the compiler that touches files and Vite. Any `.md` module under
 * `notebooks/` (or an app page under `src/app/pages/`) compiles to `export default <NotebookPage>`;
 * `virtual:kexue/notebooks` lists every notebook's metadata for the index, and
 * `virtual:kexue/figures` every formula figure (plot, map, sequence) of the notebooks and the author
 * guide, by embed address, for the embed page and the gallery (loaded only there). A compile error
 * fails `vite build` and shows in the dev overlay as `file:line: message`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { WidgetCard } from '../core/params';
import { widgetSpecs } from '../widgets/specs';
import { compileWithOutline, type NotebookMeta, type NotebookPage } from './compile';
import { NotebookError, messages } from './errors';
import type { FormulaFigure } from './formulaFigure';
import { TRANSLATION_SUFFIX, checkPairing } from './pairing';
import { pictureStates, type PictureState } from './pictureStates';
import { headEnd } from '../core/proseStretches';
import { PICTURE_VIEWPORTS } from '../core/pictures';

/** A translation (`<slug>.zh.md`) compiles with its English file, which it must match (pairing.ts). */
const isTranslation = (path: string) => path.endsWith(TRANSLATION_SUFFIX);
const englishOf = (path: string) => path.slice(0, -TRANSLATION_SUFFIX.length) + '.md';
const translationOf = (path: string) => path.slice(0, -'.md'.length) + TRANSLATION_SUFFIX;

const INDEX_ID = 'virtual:kexue/notebooks';
const RESOLVED_INDEX = '\0' + INDEX_ID;
const FIGURES_ID = 'virtual:kexue/figures';
const RESOLVED_FIGURES = '\0' + FIGURES_ID;
const CARDS_ID = 'virtual:kexue/widgets';
const RESOLVED_CARDS = '\0' + CARDS_ID;
const PICTURES_ID = 'virtual:kexue/pictures';
const RESOLVED_PICTURES = '\0' + PICTURES_ID;

/**
 * Which figures get a build-time picture (core/pictures.ts), from `KEXUE_PICTURES`: `all`, or the
 * widgets it names (`rope-digits,plot`); none when unset, as in the dev server and in builds that do
 * not run scripts/pictures.mjs after Vite, so no page asks for a picture that was never made.
 */
function picturesWanted(): ReadonlySet<string> | 'all' | null {
  const wanted = process.env.KEXUE_PICTURES?.trim();
  if (!wanted) return null;
  return wanted === 'all' ? 'all' : new Set(wanted.split(',').map((w) => w.trim()));
}

/**
 * What a page shows of a widget before its code loads (`virtual:kexue/widgets`): its title, notebook
 * and footprint, read from the specs here, so no page downloads every widget's spec. The specs are
 * read when the dev server starts: a card edited in a spec shows after a restart.
 */
export function widgetCardsModule(): string {
  const cards: Record<string, WidgetCard> = {};
  for (const [name, { title, notebook, footprint }] of Object.entries(widgetSpecs)) cards[name] = { title, notebook, footprint };
  return `export const widgetCards = ${JSON.stringify(cards)};`;
}

export function notebookPlugin(options: { root?: string } = {}): Plugin {
  const root = resolve(options.root ?? process.cwd());
  const notebooksDir = resolve(root, 'notebooks');
  const pagesDir = resolve(root, 'src/app/pages');
  let server: ViteDevServer | undefined;
  let building = false;

  const compileOne = (path: string, source: string) => {
    const zh = isTranslation(path);
    return compileWithOutline(source, {
      file: relative(root, path),
      slug: basename(path, zh ? TRANSLATION_SUFFIX : '.md'),
      specs: widgetSpecs,
      requireOriginal: path.startsWith(notebooksDir + '/'),
      lang: zh ? 'zh' : 'en',
    });
  };
  /** A page; a translation is also checked against its English file. */
  const compileFile = (path: string, source: string): NotebookPage => {
    const { page, outline } = compileOne(path, source);
    if (isTranslation(path)) {
      const english = englishOf(path);
      if (!existsSync(english)) throw new NotebookError(relative(root, path), 1, messages.noEnglish(relative(root, english)));
      checkPairing(compileOne(english, readFileSync(english, 'utf8')).outline, outline);
    }
    return page;
  };

  // A notebook is transformed twice (its first stretch, then its tail): compiled once per source (a
  // translation's with its English file's, which it is checked against).
  const compiled = new Map<string, { key: string; page: NotebookPage }>();
  const compileCached = (path: string, source: string): NotebookPage => {
    const english = isTranslation(path) && existsSync(englishOf(path)) ? readFileSync(englishOf(path), 'utf8') : '';
    const key = `${source}\0${english}`;
    const hit = compiled.get(path);
    if (hit?.key === key) return hit.page;
    const page = compileFile(path, source);
    compiled.set(path, { key, page });
    return page;
  };

  const listNotebooks = (): NotebookMeta[] =>
    readdirSync(notebooksDir)
      .filter((f) => f.endsWith('.md') && !isTranslation(f))
      .flatMap((f) => {
        const path = resolve(notebooksDir, f);
        // Every notebook has its Chinese version: an English file alone fails the build (no module of
        // its own would report this, so it is thrown here, not left out below). The dev server shows
        // it in English meanwhile, so an author can write the English first.
        const zhPath = translationOf(path);
        const translated = existsSync(zhPath);
        if (building && !translated) throw new NotebookError(relative(root, path), 1, messages.noTranslation(relative(root, zhPath)));
        try {
          const meta = compileFile(path, readFileSync(path, 'utf8')).meta;
          if (!translated) return [meta];
          const zh = compileFile(zhPath, readFileSync(zhPath, 'utf8')).meta;
          return [{ ...meta, zh: { title: zh.title, summary: zh.summary } }];
        } catch (err) {
          // A build also compiles each notebook as a module of its own, which reports the error: here
          // it would be printed a second time. (The dev server compiles a page only when it is opened,
          // so there the index reports it.)
          if (building && err instanceof NotebookError) return [];
          throw err;
        }
      })
      .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));

  /**
   * Every formula figure of the notebooks and the author guide, keyed by its embed address. A page
   * that fails to compile is left out while building: its own module reports the error.
   */
  const listFigures = (): Record<string, FormulaFigure> => {
    const files = [
      ...readdirSync(notebooksDir).filter((f) => f.endsWith('.md') && !isTranslation(f)).map((f) => resolve(notebooksDir, f)),
      resolve(pagesDir, 'guide.md'),
    ];
    const out: Record<string, FormulaFigure> = {};
    for (const path of files) {
      let segments;
      try {
        segments = compileFile(path, readFileSync(path, 'utf8')).segments;
      } catch (err) {
        if (building && err instanceof NotebookError) continue;
        throw err;
      }
      for (const segment of segments) if (segment.kind === 'widget' && segment.slot.figure) out[segment.slot.figure.address] = segment.slot.figure;
    }
    return out;
  };

  /** The states the build's pictures module listed, for pictures.json (one compile of every page, not two). */
  let pictured: PictureState[] | null = null;
  /** The states to picture: none unless the build asks (picturesWanted). */
  const listPictures = (): PictureState[] => {
    const wanted = picturesWanted();
    if (!wanted) return [];
    const files = [
      ...readdirSync(notebooksDir).filter((f) => f.endsWith('.md')).map((f) => resolve(notebooksDir, f)),
      resolve(pagesDir, 'guide.md'),
    ];
    const pages = files.map((path) => compileFile(path, readFileSync(path, 'utf8')).segments);
    return pictureStates(widgetSpecs, pages, wanted === 'all' ? undefined : wanted);
  };

  return {
    name: 'kexue-notebooks',
    configResolved(config) {
      building = config.command === 'build';
    },
    configureServer(s) {
      server = s;
      // A notebook added or removed changes the lists of notebooks: handleHotUpdate below sees only
      // files already in the module graph, so a new one reached the index only once edited again.
      const relist = (file: string) => {
        if (!file.startsWith(notebooksDir + '/') || !file.endsWith('.md')) return;
        for (const m of s.moduleGraph.idToModuleMap.values()) if (m.id?.startsWith('\0virtual:kexue/')) s.moduleGraph.invalidateModule(m);
        s.ws.send({ type: 'full-reload' });
      };
      s.watcher.on('add', relist);
      s.watcher.on('unlink', relist);
    },
    resolveId(id) {
      const ids: Record<string, string> = { [INDEX_ID]: RESOLVED_INDEX, [FIGURES_ID]: RESOLVED_FIGURES, [CARDS_ID]: RESOLVED_CARDS, [PICTURES_ID]: RESOLVED_PICTURES };
      return Object.hasOwn(ids, id) ? ids[id] : undefined;
    },
    load(id) {
      if (id === RESOLVED_CARDS) return widgetCardsModule();
      if (id === RESOLVED_PICTURES) {
        try {
          pictured = listPictures();
          return `export const pictureStems = new Set(${JSON.stringify(pictured.map((p) => p.stem))});`;
        } catch (err) {
          fail(this, err);
        }
      }
      if (id === RESOLVED_FIGURES) {
        try {
          for (const f of readdirSync(notebooksDir)) this.addWatchFile(resolve(notebooksDir, f));
          this.addWatchFile(resolve(pagesDir, 'guide.md'));
          return `export const figures = ${JSON.stringify(listFigures())};`;
        } catch (err) {
          fail(this, err);
        }
      }
      if (id !== RESOLVED_INDEX) return;
      try {
        for (const f of readdirSync(notebooksDir)) this.addWatchFile(resolve(notebooksDir, f));
        return `export const notebooks = ${JSON.stringify(listNotebooks())};`;
      } catch (err) {
        fail(this, err);
      }
    },
    transform(source, id) {
      const [path, query] = id.split('?');
      if (!path.endsWith('.md') || !(path.startsWith(notebooksDir + '/') || path.startsWith(pagesDir + '/'))) return;
      try {
        if (isTranslation(path)) this.addWatchFile(englishOf(path));
        const page = compileCached(path, source);
        if (!path.startsWith(notebooksDir + '/')) return { code: `export default ${JSON.stringify(page)};`, map: null };
        // A notebook: its first stretch and its first widget in this chunk, the rest in `<file>?tail`
        // (core/proseStretches.ts: the page fetches the tail once a figure is drawn).
        const split = headEnd(page.segments);
        if (query === 'tail') return { code: `export default ${JSON.stringify(page.segments.slice(split))};`, map: null };
        if (split === page.segments.length) return { code: `export default ${JSON.stringify(page)};`, map: null };
        const head = JSON.stringify({ ...page, segments: page.segments.slice(0, split) });
        const tail = JSON.stringify(`./${basename(path)}?tail`);
        return { code: `const page = ${head};\npage.tail = () => import(${tail});\nexport default page;`, map: null };
      } catch (err) {
        fail(this, err);
      }
    },
    generateBundle() {
      // What scripts/pictures.mjs is to photograph, and at which widths, beside the site it serves.
      const states = pictured ?? listPictures();
      if (states.length) this.emitFile({ type: 'asset', fileName: 'pictures.json', source: JSON.stringify({ viewports: PICTURE_VIEWPORTS, states }, null, 1) });
    },
    handleHotUpdate({ file }) {
      // The index module lists front matter of every notebook: refresh it when any notebook changes.
      if (server && file.startsWith(notebooksDir + '/') && file.endsWith('.md')) {
        const index = server.moduleGraph.getModuleById(RESOLVED_INDEX);
        if (index) server.moduleGraph.invalidateModule(index);
        const figures = server.moduleGraph.getModuleById(RESOLVED_FIGURES);
        if (figures) server.moduleGraph.invalidateModule(figures);
        server.ws.send({ type: 'full-reload' });
        return [];
      }
    },
  };
}

function fail(ctx: { error: (e: Error) => never }, err: unknown): never {
  if (err instanceof NotebookError) {
    // The author's mistake and its place: the compiler's call stack would only bury it (vite build
    // printed some 25 lines of it under each message).
    const error = Object.assign(new Error(err.message), { id: err.file, loc: { file: err.file, line: err.line, column: err.column || 1 } });
    error.stack = '';
    ctx.error(error);
  }
  throw err;
}
