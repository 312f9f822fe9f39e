/** The notebooks the build found: metadata for the index (eager, small) and lazy page loaders. */
import type { Lang } from '../core/i18n';
import type { NotebookPage } from '../notebook/compile';
import { notebooks } from 'virtual:kexue/notebooks';

export { notebooks };

// Every notebook and its translation (`<slug>.zh.md`), each a chunk of its own loaded on demand.
const pages = import.meta.glob<{ default: NotebookPage }>('/notebooks/*.md');

/**
 * Loads one compiled notebook page by slug, in `inLang` when it has that version and otherwise in
 * English (the page's `lang` says which), or null if there is no such notebook.
 */
export async function loadNotebook(slug: string, inLang: Lang): Promise<NotebookPage | null> {
  // A slug names the English file; `x.zh` is not a notebook of its own.
  if (slug.endsWith('.zh')) return null;
  const load = (inLang === 'zh' ? pages[`/notebooks/${slug}.zh.md`] : undefined) ?? pages[`/notebooks/${slug}.md`];
  return load ? (await load()).default : null;
}
