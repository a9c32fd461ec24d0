/**
 * Every word of the interface comes from here: `t('chat.primary')`, `tn('panel.more', n)`.
 * The keys are typed from locales/en.yml (@wxt-dev/i18n generates the types).
 *
 * By default the browser picks the catalog (browser.i18n.getMessage follows its language).
 * That API cannot switch language, so when the person chose one in the settings, the caller
 * hands the chosen catalog to `setCatalog` (platform/i18n.ts fetches it: extension pages read
 * _locales directly, content scripts get it from the background) and lookups read it instead.
 * Lookups are live: a chosen language applies to what is drawn next.
 */

import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure } from '#i18n';
import {
  type Catalog,
  formatMessage,
  formatNumber,
  intlLocaleFor,
  type Language,
  type MessageParams,
  matchLanguage,
  pluralCategory,
} from '../lib/i18n';

export type { Catalog };
export type MessageKey = keyof GeneratedI18nStructure & string;
/** A key with plural forms: `panel.more` for `panel.more_one`, `panel.more_other`, … */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/** The `{placeholders}` a key's English message has, as an object type (none: no argument). */
type ParamsOf<K extends string, Extra extends string = never> = K extends keyof GeneratedI18nStructure
  ? GeneratedI18nStructure[K] extends { namedSubstitutions: readonly (infer N extends string)[] }
    ? [Exclude<N, Extra>] extends [never]
      ? []
      : [params: Record<Exclude<N, Extra>, string | number>]
    : []
  : [];

let chosen: { catalog: Catalog; language: Language } | null = null;

/** Read `catalog` from now on (a language chosen in the settings); null goes back to the browser's. */
export function setCatalog(catalog: Catalog | null, language?: Language): void {
  chosen = catalog && language ? { catalog, language } : null;
}

function raw(name: string): string {
  if (chosen) return chosen.catalog[name] ?? '';
  try {
    // Typed for the built-in names only; ours are typed by MessageKey above.
    return (browser.i18n.getMessage as (messageName: string) => string)(name) ?? '';
  } catch {
    return '';
  }
}

/** The language of the catalog in use. */
export function language(): Language {
  return chosen?.language ?? matchLanguage(raw('meta_language')) ?? 'en';
}

/** The catalog the browser itself picks (what 'auto' shows). */
export function browserLanguage(): Language {
  try {
    return matchLanguage(browser.i18n.getUILanguage()) ?? 'en';
  } catch {
    return 'en';
  }
}

/** The BCP 47 locale for Intl that goes with the catalog in use. */
export function locale(): string {
  const lang = language();
  if (chosen) return lang;
  let ui: string | undefined;
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    ui = undefined;
  }
  return intlLocaleFor(lang, ui);
}

/** One message of the catalog, its `{placeholders}` filled (numbers formatted for the locale). */
export function t<K extends MessageKey>(key: K, ...params: ParamsOf<K>): string {
  return formatMessage(raw(key.replaceAll('.', '_')), params[0] as MessageParams | undefined, locale());
}

/**
 * The plural form of `key` for `count` (Intl.PluralRules in the catalog's locale), with
 * `{count}` and the other placeholders filled. A language without that form uses `_other`.
 */
export function tn<K extends PluralKey>(key: K, count: number, ...params: ParamsOf<`${K}_other`, 'count'>): string {
  const loc = locale();
  const name = key.replaceAll('.', '_');
  const message = raw(`${name}_${pluralCategory(count, loc)}`) || raw(`${name}_other`);
  return formatMessage(message, { count, ...(params[0] as MessageParams | undefined) }, loc);
}

/** "a, b and c" in the catalog's locale. */
export function list(items: readonly string[]): string {
  try {
    return new Intl.ListFormat(locale(), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** "5 minutes ago", "vor 5 Minuten", "5 分前": `at` relative to `now`, in the largest whole unit. */
export function relativeTime(at: number, now: number): string {
  const seconds = Math.round((Math.min(at, now) - now) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 86400],
    ['month', 30 * 86400],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ];
  const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
  // Never "in 0 seconds": a moment ago is in the past (-0 formats as "0 seconds ago").
  return new Intl.RelativeTimeFormat(locale(), { numeric: 'always' }).format(Math.round(seconds / size) || -0, unit);
}

/** A number in the catalog's locale. */
export function num(value: number, options?: Intl.NumberFormatOptions): string {
  return formatNumber(value, locale(), options);
}

/** Hours in the catalog's words ("3 h", "3 Std.", "3時間"), to a tenth. */
export function hours(value: number): string {
  return t('unit.hours', { count: Math.round(value * 10) / 10 });
}

/** Minutes as a duration in the catalog's words ("45 min", "1 h 30 min", "1時間30分"). */
export function duration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return t('unit.minutes', { count: m });
  const h = Math.floor(m / 60);
  return m % 60 === 0 ? t('unit.hours', { count: h }) : t('unit.hours_minutes', { hours: h, minutes: m % 60 });
}
