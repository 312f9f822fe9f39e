/**
 * The site's own words in English: the source of the catalogue's keys (zh.ts must have each of them).
 * Widgets keep their words in their own folder (`src/widgets/<name>/messages.ts`, and `Text` pairs in
 * `spec.ts`); this file holds the shell, the shared controls and toolbar, and the parameter notes.
 */
export const en = {
  // The shell
  brand: 'Kexue Notebook',
  skipToContent: 'Skip to content',
  siteNav: 'Site',
  navNotebooks: 'Notebooks',
  navWidgets: 'Widgets',
  navGuide: 'Author guide',
  theme: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  language: 'Language',
  pageTitle: (page: string) => `${page} · Kexue Notebook`,
  pageNotFound: 'Page not found',
  noSuchPage: (name: string) => `There is no page “${name}”.`,
  seeAllNotebooks: 'See all notebooks.',
  /** `{link}` is the link to kexue.fm. */
  footer: "Explanations and code are Kexue Notebook's own; each notebook links the article it follows on {link}.",
  // The index
  /** `{link}` is the link to the blog, named by `blogName`. */
  indexLede:
    "Interactive companions to articles from Su Jianlin's blog {link}: each notebook walks through one derivation, with widgets whose numbers are computed live in your browser.",
  blogName: 'Scientific Spaces (科学空间)',
  onlyInEnglish: 'In English only for now',
  // A notebook page
  loadingNotebook: 'Loading the notebook…',
  noSuchNotebook: 'No such notebook',
  noNotebookCalled: (slug: string) => `There is no notebook called “${slug}”.`,
  contents: 'Contents',
  /** `{article}` is the link to the original article, `{date}` its date. */
  basedOn: 'Based on {article} by Su Jianlin, {date}.',
  /** Over a notebook shown in English to a reader who asked for Chinese (no translation yet). */
  notTranslated: 'This notebook has no Chinese version yet: below is the English one.',
  // The author guide
  loadingGuide: 'Loading the author guide…',
  guideFailed: 'The author guide could not be loaded; reload the page to try again.',
  guideNotTranslated: 'The author guide has no Chinese version yet: below is the English one.',
  // The gallery
  galleryTitle: 'Widgets',
  /** `{block}` is the fence ```widget name, `{address}` an embed address, `{plot}` `{map}` `{sequence}` the formula kinds, `{figures}` a link. */
  galleryIntro:
    'Every widget can be placed in a notebook with a {block} block, opened alone from its embed link, and set through its address: {address}. These are their parameters. Authors can also declare figures of their own formulas ({plot}, {map}, {sequence}): {figures} are listed at the end.',
  galleryFiguresLink: 'the notebooks’ figures',
  openExampleAlone: 'Open the example alone',
  howToWriteOne: 'How to write one',
  /** The id of the author guide's section on formula figures (made from its heading in this language). */
  guideFiguresSection: 'your-own-figures-from-formulas',
  paramsPerBlock: 'Its parameters are the ones each block declares.',
  openAlone: 'Open alone',
  itsNotebook: 'Its notebook',
  inItsNotebook: 'In its notebook',
  figuresDeclared: 'Figures declared in the notebooks',
  figuresLoadOnScroll: 'The notebooks’ own figures load as you scroll here.',
  loadingFigures: 'Loading the notebooks’ figures…',
  noFigures: 'No notebook declares a figure of its own yet.',
  figuresFailed: 'The list of notebook figures could not be loaded; reload the page to try again.',
  // A widget's parameters as a table (the gallery)
  paramsOf: (title: string) => `Parameters of ${title}`,
  colParameter: 'Parameter',
  colLabel: 'Label',
  colValues: 'Values',
  colDefault: 'Default',
  rangeNumber: (kind: 'number' | 'integer', min: number, max: number, step: number | undefined, log: boolean, unit: string) =>
    `${kind}, ${min} … ${max}${step ? `, step ${step}` : ''}${log ? ', log scale' : ''}${unit ? ` (${unit})` : ''}`,
  rangeChoice: (values: string) => `one of ${values}`,
  rangeText: (max: number) => `text, up to ${max} characters`,
  rangeBoolean: 'true or false',
  empty: '(empty)',
  // The embed page
  fromNotebook: 'From the notebook {link} on Kexue Notebook.',
  fromPage: 'From the page {link} on Kexue Notebook.',
  loadingFigure: 'Loading the figure…',
  noSuchWidget: (name: string) => `There is no widget called “${name}”.`,
  noSuchFigure: (name: string) => `There is no figure called “${name}”.`,
  seeAllWidgets: 'See all widgets.',
  embedTitle: (title: string) => `${title} (Kexue Notebook)`,
  // A widget's slot and frame
  widgetLoading: (title: string) => `${title}: loading…`,
  widgetFailed: (why: string) => `This widget could not be loaded (${why}). Reload the page to try again.`,
  toolbar: (title: string) => `${title}: share and save`,
  copyLink: 'Copy link',
  copyEmbed: 'Copy embed code',
  downloadCsv: 'Download CSV',
  savePng: 'Save PNG',
  saveSvg: 'Save SVG',
  // The numbers behind a figure, as a table (ui/DataTable.svelte)
  showTable: 'Show the numbers as a table',
  showTableRows: (rows: number) => `Show the numbers as a table (${rows} rows)`,
  tableCaption: (title: string) => `${title}: the numbers behind the figure`,
  tableCut: (shown: number, total: number) => `The first ${shown} of ${total} rows; the CSV download has every row.`,
  /** A widget's accessible name when it appears more than once on a page: its title and its slot. */
  widgetInstance: (title: string, slot: string) => `${title} (${slot})`,
  linkCopied: 'Link copied.',
  embedCopied: 'Embed code copied.',
  copyByHand: 'Copy this by hand:',
  textToCopy: 'Text to copy',
  computing: 'Computing…',
  computedIn: (ms: string) => `Computed in ${ms} ms in a worker.`,
  cancel: 'Cancel',
  /**
   * Wraps a kernel's message where the UI shows it: a coded refusal arrives already in the page's
   * language (src/compute/errors); the rest are English, and zh.ts marks them so.
   */
  kernelError: (message: string) => message,
  previousSettings: 'the previous settings',
  notRedrawn: (shows: string) => `Not redrawn: the figure and numbers below still show ${shows}.`,
  stillComputing: (shows: string) => `Computing: the figure and numbers below still show ${shows}.`,
  moreSettings: (group: string) => `More ${group} settings`,
  play: 'Play',
  pause: 'Pause',
  openFile: 'Open a file',
  fileRead: (name: string) => `Read ${name}.`,
  textTooLong: (chars: string, max: string) => `That is ${chars} characters; this widget reads up to ${max}.`,
  fileTooLarge: (name: string, bytes: string, max: string) => `${name} is ${bytes} bytes; this widget reads up to ${max}.`,
  /** A formula a widget typesets (ui/Formula.svelte), as a focusable group. */
  formula: 'Formula',
  // The plot
  plotLoadFailed: 'The plotting library could not be loaded; check the connection and reload.',
  noFigureYet: 'No figure yet.',
  loadingPlot: 'Loading plot…',
  /** Over a build-time picture of a figure, until the live plot takes its place. */
  pictureShown: 'Picture of the figure; the live one is loading…',
  // Notes by a control: why the input was not taken as it was typed, and what is used instead
  usingDefault: (label: string, why: string, value: string) => `${label}: ${why}; using the default ${value}`,
  usingClamped: (label: string, why: string, value: string) => `${label}: ${why}; using ${value}`,
  keeping: (label: string, why: string, value: string) => `${label}: ${why}; keeping ${value}`,
  nanNotNumber: 'NaN is not a number',
  notNumber: (raw: string) => `${raw} is not a number`,
  notDecimal: (raw: string) => `${raw} is not a decimal number`,
  outside: (raw: string, min: number, max: number) => `${raw} is outside ${min}…${max}`,
  notMultiple: (raw: string, step: number, min: number) => `${raw} is not a multiple of ${step} from ${min}`,
  notWhole: (raw: string) => `${raw} is not a whole number`,
  notOneOf: (raw: string, values: string) => `${raw} is not one of ${values}`,
  notBoolean: (raw: string) => `${raw} is not true or false`,
  notText: (raw: string) => `${raw} is not text`,
  tooLong: (max: number) => `the text is longer than ${max} characters`,
};
