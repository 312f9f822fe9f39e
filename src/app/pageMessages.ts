/** The notebook page's and the author guide's own words (the pages' prose comes from their Markdown). */
import { defineMessages } from '../core/i18n';

export const pageMsg = defineMessages(
  {
    loadingNotebook: 'Loading the notebook…',
    noSuchNotebook: 'No such notebook',
    /** `{slug}` is the address's notebook name, `{all}` the link to the list of notebooks. */
    noSuchNotebookText: (slug: string) => `There is no notebook called “${slug}”. {all}`,
    seeAll: 'See all notebooks.',
    /** `{source}` is the linked title of the original (Chinese) article, `{date}` its date. */
    basedOn: 'Based on {source} by Su Jianlin, {date}.',
    contents: 'Contents',
    englishOnly: 'This notebook has no Chinese version yet; it is shown in English.',
    titleSuffix: (title: string) => `${title} · Kexue Notebook`,
  },
  {
    loadingNotebook: '正在载入笔记……',
    noSuchNotebook: '没有这篇笔记',
    noSuchNotebookText: (slug) => `没有名为“${slug}”的笔记。{all}`,
    seeAll: '查看全部笔记。',
    basedOn: '本文依据苏剑林的文章《{source}》（{date}）。',
    contents: '目录',
    englishOnly: '这篇笔记暂时还没有中文版，以下为英文原文。',
    titleSuffix: (title) => `${title} · Kexue Notebook`,
  },
);
