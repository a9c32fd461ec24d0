/** The interface's language: the browser's (the default), or one of the six chosen here. */
import { LANGUAGE_NAMES, LANGUAGE_SETTINGS, LANGUAGES, type LanguageSetting } from '../../lib/i18n';
import { browserLanguage, t } from '../i18n';
import { Field, Section } from '../ui/fields';
import type { SectionProps } from './section-props';

export function LanguageSection({ settings, set }: Omit<SectionProps, 'errors'>) {
  return (
    <Section id="language" title={t('options.language')}>
      <Field label={t('options.language')} hint={t('options.language_hint')}>
        {(id, describedBy) => (
          <select
            id={id}
            aria-describedby={describedBy}
            value={settings.language}
            onChange={(e) => {
              const next = e.target.value as LanguageSetting;
              if (LANGUAGE_SETTINGS.includes(next)) set('language', next);
            }}
          >
            <option value="auto">{t('options.language_auto', { language: LANGUAGE_NAMES[browserLanguage()] })}</option>
            {LANGUAGES.map((language) => (
              // Each language in its own words, marked as such for screen readers.
              <option key={language} value={language} lang={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </Section>
  );
}
