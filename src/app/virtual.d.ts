// Modules the notebook plugin (src/notebook/plugin.ts) generates at build time.
declare module 'virtual:kexue/notebooks' {
  import type { NotebookMeta } from '../notebook/compile';
  export const notebooks: NotebookMeta[];
}

declare module '*.md' {
  import type { NotebookPage } from '../notebook/compile';
  const page: NotebookPage;
  export default page;
}
