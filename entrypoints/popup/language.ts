/**
 * The popup's and the options page's language: the one chosen in the settings (its catalog
 * read from _locales), else the browser's. Sets the document's lang and dir to match.
 */
import { browser } from 'wxt/browser';
import { language, setCatalog, t } from '../../components/i18n';
import { LANGUAGE_SETTINGS, type LanguageSetting } from '../../lib/i18n';
import { chosenCatalog } from '../../platform/i18n';

/** What the page reads now: the browser's catalog until a chosen one is applied. */
let applied: LanguageSetting = 'auto';

export async function applyPageLanguage(setting: LanguageSetting): Promise<void> {
  if (setting !== applied) {
    applied = setting;
    setCatalog(await chosenCatalog(setting), setting === 'auto' ? undefined : setting);
  }
  document.documentElement.lang = language();
  // The page's title in the same language: the options tab's, or the popup's.
  const options = document.querySelector('meta[name="manifest.open_in_tab"]') !== null;
  document.title = options ? t('options.title') : t('ext.action_title');
}

/**
 * Before the first render: the stored setting (a page that cannot read it follows the browser).
 * Only that one field is read, so the popup does not load the settings' defaults for it.
 */
export async function applyStoredLanguage(): Promise<void> {
  const stored = await browser.storage.local.get('settings').catch(() => ({}) as Record<string, unknown>);
  const value = (stored.settings as { language?: unknown } | undefined)?.language;
  await applyPageLanguage(LANGUAGE_SETTINGS.includes(value as LanguageSetting) ? (value as LanguageSetting) : 'auto');
}
