// The message catalogue (locales/{tag}/*.ftl, Project Fluent) for every page of the web app.
// A page awaits `initI18n([...files])` once, then asks `t(id, args)` for each text it shows.
// Only the active language's files are fetched (one small chunk per file and language);
// en-GB is fetched besides only when that language lists untranslated messages.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';

/** The languages people can choose, each named in itself (the picker's order). */
export const LANGUAGES: readonly { tag: string; name: string }[] = [
  { tag: 'en-GB', name: 'English (UK)' },
  { tag: 'pl', name: 'Polski' },
  { tag: 'ro', name: 'Română' },
  { tag: 'pt', name: 'Português' },
  { tag: 'ur', name: 'اردو' },
  { tag: 'ar', name: 'العربية' },
];

export const SOURCE_LANG = 'en-GB';
/** The pseudo-locale the tests use: en-GB's messages accented, lengthened and bracketed. */
export const PSEUDO_LANG = 'en-XA';
const COOKIE = 'waymark_lang';
const RTL = new Set(['ur', 'ar']);
const PICKABLE = LANGUAGES.map((l) => l.tag);
const SUPPORTED = [...PICKABLE, PSEUDO_LANG];

// Each file becomes its own lazily loaded chunk; nothing is fetched until a page asks.
const FILES = import.meta.glob<string>('../../locales/*/*.ftl', { query: '?raw', import: 'default' });
const UNTRANSLATED = import.meta.glob<string>('../../locales/*/UNTRANSLATED', { query: '?raw', import: 'default' });

let active = SOURCE_LANG;
let bundle: FluentBundle | null = null;
let fallback: FluentBundle | null = null;
const logged = new Set<string>();

/** The supported tag `tag` names (any case), or null. */
function supported(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const lower = tag.trim().toLowerCase();
  return SUPPORTED.find((s) => s.toLowerCase() === lower) ?? null;
}

function cookieLang(): string | null {
  const pair = document.cookie.split(/;\s*/).find((c) => c.startsWith(`${COOKIE}=`));
  return pair ? decodeURIComponent(pair.slice(COOKIE.length + 1)) : null;
}

function writeCookie(tag: string): void {
  document.cookie = `${COOKIE}=${encodeURIComponent(tag)}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

/**
 * The language to show: `?lang=`, else the cookie, else the browser's languages negotiated
 * against ours (`pl-PL` → `pl`, `en-US` → `en-GB`), else en-GB. Never fails.
 */
export function negotiate(query: string | null, cookie: string | null, accepted: readonly string[]): string {
  const chosen = supported(query) ?? supported(cookie);
  if (chosen) return chosen;
  try {
    return negotiateLanguages([...accepted], PICKABLE, { strategy: 'lookup', defaultLocale: SOURCE_LANG })[0] ?? SOURCE_LANG;
  } catch {
    return SOURCE_LANG;
  }
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçďéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i],
  ]),
);

/**
 * en-XA's transform of one text element: letters accented, vowels written twice (the second
 * in lower case), the whole bracketed: `Add a pin` → `[Ááďď áá þííñ]`.
 */
export function pseudo(text: string): string {
  if (!/\S/.test(text)) return text;
  let out = '';
  for (const c of text) {
    const accented = ACCENTED[c];
    if (accented === undefined) out += c;
    else out += /[aeiou]/i.test(c) ? accented + ACCENTED[c.toLowerCase()] : accented;
  }
  return `[${out}]`;
}

function newBundle(tag: string): FluentBundle {
  return new FluentBundle(tag === PSEUDO_LANG ? SOURCE_LANG : tag, {
    // Bidi isolation of placeables matters only where the page runs right to left; elsewhere
    // it would put invisible marks into every message with a variable.
    useIsolating: RTL.has(tag),
    transform: tag === PSEUDO_LANG ? pseudo : (text: string) => text,
  });
}

/** Adds catalogue files `names` of language `tag` to `bundle`. */
async function addFiles(target: FluentBundle, tag: string, names: readonly string[]): Promise<void> {
  const source = tag === PSEUDO_LANG ? SOURCE_LANG : tag;
  const texts = await Promise.all(
    names.map((name) => {
      const load = FILES[`../../locales/${source}/${name}.ftl`];
      return load ? load() : Promise.resolve('');
    }),
  );
  for (const text of texts) {
    for (const e of target.addResource(new FluentResource(text))) console.warn('i18n:', e);
  }
}

/** Whether `tag`'s own UNTRANSLATED list names a message of one of `names`' files. */
async function lacksMessages(tag: string, names: readonly string[]): Promise<boolean> {
  if (tag === SOURCE_LANG || tag === PSEUDO_LANG) return false;
  const load = UNTRANSLATED[`../../locales/${tag}/UNTRANSLATED`];
  if (!load) return false;
  const ids = (await load()).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  // Ids start with their file's name, or its singular (`problem-` in problems.ftl).
  const prefixes = names.flatMap((name) => [`${name}-`, name.endsWith('s') ? `${name.slice(0, -1)}-` : null]).filter((p) => p !== null);
  return ids.some((id) => prefixes.some((prefix) => id.startsWith(prefix)));
}

let chosen = false;
const loaded = new Set<string>();

/**
 * Loads the catalogue files `names` (e.g. `['map', 'common']`) of the page's language. The
 * first call chooses that language (see `negotiate`) and sets `<html lang dir>`; a page
 * opened with `?lang=` keeps the choice in the cookie, so the API calls it makes are
 * answered in the same language. Later calls add files (a page module adding its own).
 */
export async function initI18n(names: readonly string[]): Promise<void> {
  if (!chosen) {
    chosen = true;
    const query = new URLSearchParams(location.search).get('lang');
    active = negotiate(query, cookieLang(), navigator.languages ?? [navigator.language]);
    if (supported(query)) writeCookie(active);
    document.documentElement.lang = active;
    document.documentElement.dir = isRtl() ? 'rtl' : 'ltr';
    bundle = newBundle(active);
  }
  const wanted = names.filter((n) => !loaded.has(n));
  wanted.forEach((n) => loaded.add(n));
  if (!wanted.length || !bundle) return;
  try {
    const [, lacks] = await Promise.all([addFiles(bundle, active, wanted), lacksMessages(active, wanted)]);
    if (lacks) {
      fallback ??= newBundle(SOURCE_LANG);
      await addFiles(fallback, SOURCE_LANG, wanted);
    }
  } catch (err) {
    // A chunk that could not be fetched: English rather than bare message ids.
    console.warn('i18n: could not load', active, err);
    fallback ??= newBundle(SOURCE_LANG);
    await addFiles(fallback, SOURCE_LANG, wanted).catch(() => undefined);
  }
}

function logOnce(key: string, ...what: unknown[]): void {
  if (logged.has(key)) return;
  logged.add(key);
  console.warn('i18n:', ...what);
}

/** The message `id` in the active language (en-GB where it lacks one; the id itself if none has it). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  for (const b of [bundle, fallback]) {
    const message = b?.getMessage(id);
    if (!b || !message?.value) continue;
    const errors: Error[] = [];
    const text = b.formatPattern(message.value, args ?? null, errors);
    if (errors.length) logOnce(`${id}:args`, id, errors);
    return text;
  }
  logOnce(id, 'no message', id);
  return id;
}

/** The tag of the language the page is in (`en-XA` for the pseudo-locale). */
export const activeLang = (): string => active;

export const isRtl = (): boolean => RTL.has(active);

/** The tag Intl formats with: the pseudo-locale formats as en-GB. */
const intlLang = (): string => (active === PSEUDO_LANG ? SOURCE_LANG : active);

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLang(), options).format(n);
}

/** A date in the page's language; in the pseudo-locale marked like the catalogue's text, so
 * the tests can tell a date the i18n layer wrote ("12 March 2026") from one it never saw. */
export function formatDate(date: Date | number, options?: Intl.DateTimeFormatOptions): string {
  const text = new Intl.DateTimeFormat(intlLang(), options).format(date);
  return active === PSEUDO_LANG ? pseudo(text) : text;
}

/** The name of language `tag` in the active language ("Polish", "polski"…), or the tag. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([intlLang()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The language picker: a labelled `<select>` naming each language in itself (`hideLabel`
 * where space is short: still read out). Choosing one keeps it in the cookie and reloads
 * the page without any `?lang=` (which would win).
 */
export function languagePicker(idPrefix = 'lang', { hideLabel = false } = {}): HTMLElement {
  const select = document.createElement('select');
  select.id = `${idPrefix}-picker`;
  select.className = 'lang-picker-select';
  const options = PICKABLE.includes(active) ? LANGUAGES : [{ tag: active, name: active }, ...LANGUAGES];
  for (const { tag, name } of options) {
    const option = new Option(name, tag, false, tag === active);
    // Each name is in its own language: read out and spelled as such, never translated.
    option.lang = tag;
    option.translate = false;
    select.append(option);
  }
  select.addEventListener('change', () => {
    writeCookie(select.value);
    const url = new URL(location.href);
    url.searchParams.delete('lang');
    // Assigning the same address with a #fragment would not reload.
    if (url.href === location.href) location.reload();
    else location.assign(url.href);
  });
  const label = document.createElement('label');
  label.htmlFor = select.id;
  label.textContent = t('common-language-label');
  if (hideLabel) label.className = 'visually-hidden';
  const wrap = document.createElement('div');
  wrap.className = 'lang-picker';
  wrap.append(label, select);
  return wrap;
}
