/**
 * The catalogs of locales/*.yml as the extension gets them (_locales/<dir>/messages.json, built
 * by @wxt-dev/i18n's own build functions), for the unit and DOM tiers, which have no browser.
 */
import { join } from 'node:path';
import { generateChromeMessages, type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';
import { type Language, localeDir } from '../lib/i18n';

const LOCALES_DIR = join(import.meta.dirname, '..', 'locales');

export function localeFile(language: Language): string {
  return join(LOCALES_DIR, `${localeDir(language)}.yml`);
}

export async function parsedCatalog(language: Language): Promise<ParsedMessage[]> {
  return parseMessagesFile(localeFile(language));
}

/** Messages by their _locales name, as components/i18n.ts reads them. */
export async function loadCatalog(language: Language): Promise<Record<string, string>> {
  const chrome = generateChromeMessages(await parsedCatalog(language));
  return Object.fromEntries(Object.entries(chrome).map(([name, entry]) => [name, entry.message]));
}
