// Modules the notebook plugin (src/notebook/plugin.ts) generates at build time.
declare module 'virtual:kexue/notebooks' {
  import type { NotebookMeta } from '../notebook/compile';
  export const notebooks: NotebookMeta[];
}

declare module 'virtual:kexue/figures' {
  import type { FormulaFigure } from '../notebook/compile';
  /** Every formula figure of the notebooks and the author guide, by embed address (`slug/id`). */
  export const figures: Record<string, FormulaFigure>;
}

declare module 'virtual:kexue/widgets' {
  import type { WidgetCard } from '../core/params';
  /** Every built-in widget's title, notebook and footprint, by name (src/notebook/plugin.ts). */
  export const widgetCards: Record<string, WidgetCard>;
}

declare module '*.md' {
  import type { NotebookPage } from '../notebook/compile';
  const page: NotebookPage;
  export default page;
}

declare module 'virtual:kexue/pictures' {
  /** The stems of the pictures the build made (core/pictures.ts); empty when it made none. */
  export const pictureStems: ReadonlySet<string>;
}
