/** The site's languages: the language in force, catalogues, and the shell's own messages (`ui`). */
import { en } from './en';
import { defineMessages } from './messages';
import { zh } from './zh';

export { HTML_LANG, LANG_KEY, LANGS, isLang, lang, pickLang, setLang, type Lang } from './lang';
export { defineMessages, same, tr, type Catalogue, type Text, type Translation } from './messages';

/** The shell's, the shared controls' and the toolbar's messages, in the language in force. */
export const ui = defineMessages(en, zh);
