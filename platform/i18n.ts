/**
 * The catalog of the language chosen in the settings. The browser's own catalog
 * (browser.i18n) follows the browser's language and cannot be switched, so a chosen one is
 * read from the extension's _locales files: directly by the background and the extension's
 * pages, through the background by content scripts (a page's frame cannot read the
 * extension's files). The caller hands it to components/i18n.ts (`setCatalog`).
 */
import { browser } from 'wxt/browser';
import { type Catalog, type Language, type LanguageSetting, localeDir } from '../lib/i18n';
import { sendMessage } from './messaging';

function isCatalog(value: unknown): value is Catalog {
  return (
    typeof value === 'object' && value !== null && Object.values(value).every((message) => typeof message === 'string')
  );
}

/** One language's messages.json, as names and messages (the background and extension pages). */
export async function fetchCatalog(language: Language): Promise<Catalog> {
  const url = (browser.runtime.getURL as (path: string) => string)(`/_locales/${localeDir(language)}/messages.json`);
  const json = (await (await fetch(url)).json()) as Record<string, { message?: unknown }>;
  const catalog: Catalog = {};
  for (const [name, entry] of Object.entries(json))
    if (typeof entry?.message === 'string') catalog[name] = entry.message;
  return catalog;
}

/** In an extension page: the chosen language's catalog, or null for the browser's ('auto', or unreadable). */
export async function chosenCatalog(setting: LanguageSetting): Promise<Catalog | null> {
  if (setting === 'auto') return null;
  return fetchCatalog(setting).catch(() => null);
}

/** In a content script: the same, from the background, asked only when a language is chosen. */
export async function chosenCatalogInPage(setting: LanguageSetting): Promise<Catalog | null> {
  if (setting === 'auto') return null;
  const reply = await sendMessage({ type: 'i18n/catalog', language: setting });
  return reply.ok && isCatalog(reply.value) ? reply.value : null;
}
