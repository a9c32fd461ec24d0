/**
 * The interface's languages, and the pure half of translating: which catalog a browser
 * language or a setting picks, filling a message's `{named}` placeholders, and choosing a
 * plural form with Intl.PluralRules. The catalogs are locales/*.yml (built by @wxt-dev/i18n
 * into _locales/<dir>/messages.json); the lookup is components/i18n.ts. Pure.
 */

/** The languages the interface is written in; the first is the default (manifest default_locale). */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The setting: follow the browser ('auto'), or one of the languages. */
export const LANGUAGE_SETTINGS = ['auto', ...LANGUAGES] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/** Each language in its own words (never translated: a person looks for their own language). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  ja: '日本語',
};

/** The folder of a language under _locales ("pt-BR" → "pt_BR"). */
export function localeDir(language: Language): string {
  return language.replace('-', '_');
}

/** The catalog a BCP 47 tag falls to ("de-AT" → "de", "pt-PT" → "pt-BR"), or null for none of ours. */
export function matchLanguage(tag: string | undefined | null): Language | null {
  const lower = (tag ?? '').toLowerCase().replace('_', '-');
  const exact = LANGUAGES.find((language) => language.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0] ?? '';
  return LANGUAGES.find((language) => language.split('-')[0] === base) ?? null;
}

/**
 * The locale for Intl (numbers, money, dates) that goes with the catalog in use: the browser's
 * own tag when it is that language (so en-GB keeps its dates), else the catalog's language.
 */
export function intlLocaleFor(catalog: Language, uiLanguage: string | undefined | null): string {
  return matchLanguage(uiLanguage) === catalog && uiLanguage ? uiLanguage.replace('_', '-') : catalog;
}

export type MessageParams = Record<string, string | number>;

/** Messages by their _locales name (dots as underscores), as in messages.json. */
export type Catalog = Record<string, string>;

/**
 * A message with its `{name}` placeholders filled; numbers are formatted for `locale`. A
 * placeholder with no value stays as it is (a test keeps the catalogs' placeholders in step).
 */
export function formatMessage(message: string, params: MessageParams | undefined, locale: string): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A plain number in `locale` ("1,234.5", "1.234,5", "1 234,5"), at most one decimal. */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, ...options });
    } catch {
      format = new Intl.NumberFormat('en', { maximumFractionDigits: 1, ...options });
    }
    if (numberFormats.size > 50) numberFormats.clear();
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of `n` in `locale` ("one", "few", "many", "other", …). */
export function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(n);
}
