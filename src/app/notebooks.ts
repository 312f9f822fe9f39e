/** The notebooks the build found: metadata for the index (eager, small) and lazy page loaders. */
import type { NotebookPage } from '../notebook/compile';
import { notebooks } from 'virtual:kexue/notebooks';

export { notebooks };

const pages = import.meta.glob<{ default: NotebookPage }>('/notebooks/*.md');

/** Loads one compiled notebook page by slug, or null if there is none. */
export async function loadNotebook(slug: string): Promise<NotebookPage | null> {
  const load = pages[`/notebooks/${slug}.md`];
  return load ? (await load()).default : null;
}
