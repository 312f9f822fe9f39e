/**
 * The address bar as app state. Routes live in the query so every page is `index.html` and any static
 * host serves it without rewrites: `?notebook=slug`, `?page=gallery|guide`, `?embed=widget`. Widget
 * state sits beside it as `widgetId.param=value`; the hash stays free for heading and equation anchors.
 * `lang=zh|en` names the language; an address that names one hands it on to every link it makes.
 */
import { BurstLimit } from './burstLimit';
import { browserLangs, isLang, LANG_KEY, lang, pickLang, rememberLang, setLang, storedLang, type Lang } from './i18n/lang';

export type Route =
  | { kind: 'index' }
  | { kind: 'notebook'; slug: string }
  | { kind: 'page'; name: string }
  | { kind: 'embed'; widget: string };

/** Keys of the page, not of a widget: the embed page's widget state never removes them. `plot=plain` turns the plot movers off (plot/plotlyInternals.ts). */
const ROUTE_KEYS = ['notebook', 'page', 'embed', LANG_KEY, 'plot'];

function read(): { route: Route; query: URLSearchParams } {
  const query = new URLSearchParams(location.search);
  const notebook = query.get('notebook');
  const page = query.get('page');
  const embed = query.get('embed');
  const route: Route = embed
    ? { kind: 'embed', widget: embed }
    : notebook
      ? { kind: 'notebook', slug: notebook }
      : page
        ? { kind: 'page', name: page }
        : { kind: 'index' };
  setLang(pickLang({ query: query.get(LANG_KEY), stored: storedLang(), browser: browserLangs() }));
  return { route, query };
}

export const location$ = $state(read());

/** Follows a link inside the app without reloading (pushes history); the address's language goes along. */
export function navigate(href: string): void {
  const url = new URL(href, location.href);
  const named = addressLang();
  if (named && !url.searchParams.has(LANG_KEY)) url.searchParams.set(LANG_KEY, named);
  history.pushState(null, '', url);
  Object.assign(location$, read());
  if (url.hash) document.getElementById(decodeURIComponent(url.hash.slice(1)))?.scrollIntoView();
  else window.scrollTo(0, 0);
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => Object.assign(location$, read()));
}

/** The language the address names, if it names one (then links hand it on). */
export function addressLang(): Lang | null {
  const named = location$.query.get(LANG_KEY);
  return isLang(named) ? named : null;
}

/** Link to a route, keeping nothing of the current query but the language the address names. */
export function hrefFor(route: Route): string {
  const named = addressLang();
  const tail = named ? `${LANG_KEY}=${named}` : '';
  switch (route.kind) {
    case 'index':
      return tail ? `./?${tail}` : './';
    case 'notebook':
      return `?notebook=${encodeURIComponent(route.slug)}${tail && '&' + tail}`;
    case 'page':
      return `?page=${encodeURIComponent(route.name)}${tail && '&' + tail}`;
    case 'embed':
      return `?embed=${encodeURIComponent(route.widget)}${tail && '&' + tail}`;
  }
}

/** An address in the language in force, named explicitly (share links and embed codes). */
export function withLang(url: URL): URL {
  url.searchParams.set(LANG_KEY, lang());
  return url;
}

/**
 * The header's switch: shows the page in `choice`, names it in the address (so links and reloads keep
 * it) and remembers it for visits whose address names none. Not a navigation: history is replaced.
 */
export function switchLang(choice: Lang): void {
  rememberLang(choice);
  const url = new URL(location.href);
  url.searchParams.set(LANG_KEY, choice);
  history.replaceState(history.state, '', url);
  Object.assign(location$, read());
}

let pending: ReturnType<typeof setTimeout> | undefined;
const queued = new Map<string, [string, string][]>();
/** A few writes at once, then a few a second (see burstLimit.ts). */
const limit = new BurstLimit(4, 1000);

/**
 * Replaces one widget's entries in the query (keys `prefix.*`, or every non-route key when the prefix
 * is empty, as on the embed page), with replaceState so history is not flooded. A single change lands
 * at once; during a slider drag the writes are spaced out and the last state always lands, also when
 * the page is hidden or left before its turn.
 */
export function writeWidgetQuery(prefix: string, entries: [string, string][]): void {
  queued.set(prefix, entries);
  if (pending !== undefined) return;
  const wait = limit.delay(performance.now());
  if (wait <= 0) flush();
  else pending = setTimeout(flush, wait);
}

if (typeof window !== 'undefined') {
  const flushNow = () => {
    if (pending === undefined) return;
    clearTimeout(pending);
    flush();
  };
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushNow());
}

function flush() {
  pending = undefined;
  const query = new URLSearchParams(location.search);
  for (const [prefix, entries] of queued) {
    for (const key of [...query.keys()]) {
      if (prefix ? key.startsWith(prefix + '.') : !ROUTE_KEYS.includes(key)) query.delete(key);
    }
    for (const [k, v] of entries) query.append(k, v);
  }
  queued.clear();
  const search = query.toString().replace(/%2C/g, ',');
  const url = `${location.pathname}${search ? '?' + search : ''}${location.hash}`;
  if (url === location.pathname + location.search + location.hash) return; // nothing new: no write to count
  history.replaceState(history.state, '', url);
  limit.record(performance.now());
  location$.query = query;
}
