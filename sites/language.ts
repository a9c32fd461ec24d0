/**
 * The in-page interface in the language of the settings: the background is asked for a
 * catalog only when the person chose one ('auto' reads the browser's, with no message).
 */
import { setCatalog } from '../components/i18n';
import type { LanguageSetting } from '../lib/i18n';
import { chosenCatalogInPage } from '../platform/i18n';

/** A function to call with the setting whenever the settings are read; it settles once the catalog is in use. */
export function inPageLanguage(): (setting: LanguageSetting) => Promise<void> {
  let current: LanguageSetting = 'auto';
  return async (setting) => {
    if (setting === current) return;
    current = setting;
    const catalog = await chosenCatalogInPage(setting).catch(() => null);
    // A later change won the race: it installs its own.
    if (current === setting) setCatalog(catalog, setting === 'auto' ? undefined : setting);
  };
}
