/**
 * The popup's and the options page's language: the one chosen in the settings (its catalog
 * read from _locales), else the browser's. Sets the document's lang and dir to match.
 */
import { language, setCatalog, t } from '../../components/i18n';
import type { LanguageSetting } from '../../lib/i18n';
import { chosenCatalog } from '../../platform/i18n';
import { loadSettings } from '../../platform/storage';

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

/** Before the first render: the stored setting (a page that cannot read it follows the browser). */
export async function applyStoredLanguage(): Promise<void> {
  const settings = await loadSettings().catch(() => null);
  await applyPageLanguage(settings?.language ?? 'auto');
}
