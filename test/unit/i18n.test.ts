/** The pure half of translating (lib/i18n.ts) and the language setting's validation. */
import { describe, expect, it } from 'vitest';
import { formatMessage, intlLocaleFor, matchLanguage, pluralCategory } from '../../lib/i18n';
import { normalizeSettings, settingsSchema } from '../../lib/settings';

describe('which catalog a language tag falls to', () => {
  it('matches exactly, by base language, or not at all', () => {
    expect(matchLanguage('de-AT')).toBe('de');
    expect(matchLanguage('pt')).toBe('pt-BR');
    expect(matchLanguage('pt_PT')).toBe('pt-BR');
    expect(matchLanguage('ja-JP')).toBe('ja');
    expect(matchLanguage('it')).toBeNull();
    expect(matchLanguage(undefined)).toBeNull();
  });

  it('keeps the browser’s regional formats when it speaks the catalog’s language', () => {
    expect(intlLocaleFor('en', 'en-GB')).toBe('en-GB');
    expect(intlLocaleFor('de', 'en-US')).toBe('de');
    expect(intlLocaleFor('pt-BR', 'pt_BR')).toBe('pt-BR');
  });
});

describe('a message with its placeholders', () => {
  it('fills names, formats numbers for the locale, and leaves unknown ones', () => {
    expect(formatMessage('{count} von {total}', { count: 1234.5, total: 2000 }, 'de')).toBe('1.234,5 von 2.000');
    expect(formatMessage('Hello {name}, {missing}', { name: 'Ana' }, 'en')).toBe('Hello Ana, {missing}');
  });

  it('picks plural forms by the language’s rules', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(0, 'fr')).toBe('one');
    expect(pluralCategory(0, 'en')).toBe('other');
    expect(pluralCategory(1, 'ja')).toBe('other');
    expect(pluralCategory(1_000_000, 'fr')).toBe('many');
  });
});

describe('the language setting', () => {
  it('follows the browser by default, takes one of the six, and refuses anything else', () => {
    expect(settingsSchema.parse({}).language).toBe('auto');
    expect(settingsSchema.parse({ language: 'pt-BR' }).language).toBe('pt-BR');
    expect(settingsSchema.safeParse({ language: 'it' }).success).toBe(false);
    const repaired = normalizeSettings({ ...settingsSchema.parse({}), language: 'klingon', hourlyRate: 80 });
    expect(repaired.settings.language).toBe('auto');
    expect(repaired.settings.hourlyRate).toBe(80);
    expect(repaired.problems.map((p) => p.path)).toEqual(['language']);
  });
});
