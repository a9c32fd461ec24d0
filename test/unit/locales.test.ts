/**
 * The six catalogs (locales/*.yml) say the same things: the same keys (a key with plural forms
 * has exactly the forms its language's Intl.PluralRules uses, "many" optional), the same
 * {placeholders}, and nothing Chrome's messages.json would misread.
 */
import { readFileSync } from 'node:fs';
import type { ParsedMessage } from '@wxt-dev/i18n/build';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../lib/i18n';
import { localeFile, parsedCatalog } from '../catalogs';

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
/** "many" (French, Spanish, Portuguese millions) reads well with the "other" form: optional. */
const OPTIONAL_FORMS = new Set(['many']);

type Messages = Map<string, string>;
const catalogs = new Map<Language, Messages>();

function flatten(parsed: ParsedMessage[]): Messages {
  const messages: Messages = new Map();
  for (const entry of parsed) {
    // The browser's own predefined messages (@@ui_locale…), added by the parser.
    if (entry.key[0]?.startsWith('@@')) continue;
    if (entry.type !== 'simple') throw new Error(`${entry.key.join('.')}: use plain strings (and _one/_other keys)`);
    messages.set(entry.key.join('.'), entry.message);
  }
  return messages;
}

function pluralBase(key: string): string | null {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return match ? match[1]! : null;
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

beforeAll(async () => {
  for (const language of LANGUAGES) catalogs.set(language, flatten(await parsedCatalog(language)));
});

/** What `language` must have: en's plain keys, and for each plural base its language's forms. */
function expectedKeys(language: Language): { required: Set<string>; allowed: Set<string> } {
  const english = catalogs.get('en')!;
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const required = new Set<string>();
  const allowed = new Set<string>();
  for (const key of english.keys()) {
    const base = pluralBase(key);
    if (!base) {
      required.add(key);
      allowed.add(key);
      continue;
    }
    for (const form of forms) {
      allowed.add(`${base}_${form}`);
      if (!OPTIONAL_FORMS.has(form)) required.add(`${base}_${form}`);
    }
  }
  return { required, allowed };
}

describe.each(LANGUAGES)('the %s catalog', (language) => {
  it('has every key of the English one, and none it does not', () => {
    const keys = new Set(catalogs.get(language)!.keys());
    const { required, allowed } = expectedKeys(language);
    expect(
      [...required].filter((key) => !keys.has(key)),
      'missing',
    ).toEqual([]);
    expect(
      [...keys].filter((key) => !allowed.has(key)),
      'not in the English catalog',
    ).toEqual([]);
  });

  it('has the same {placeholders} as English in every message', () => {
    const english = catalogs.get('en')!;
    const differ: string[] = [];
    for (const [key, message] of catalogs.get(language)!) {
      const base = pluralBase(key);
      const source = english.get(key) ?? (base ? english.get(`${base}_other`) : undefined);
      if (source === undefined) continue;
      const mine = placeholders(message);
      const theirs = placeholders(source);
      // A plural form may leave out {count} ("once a year"); every other placeholder stays.
      const same = base
        ? mine.every((name) => theirs.includes(name)) &&
          theirs.filter((name) => name !== 'count').every((name) => mine.includes(name))
        : JSON.stringify(mine) === JSON.stringify(theirs);
      if (!same) differ.push(`${key}: {${mine.join('} {')}} vs {${theirs.join('} {')}}`);
    }
    expect(differ).toEqual([]);
  });

  it('names its own language, keeps the name, and fits the stores’ summary limit', () => {
    const messages = catalogs.get(language)!;
    expect(messages.get('meta.language')).toBe(language);
    expect(messages.get('ext.name')).toBe('Eventually');
    expect(messages.get('ext.description')!.length).toBeLessThanOrEqual(132);
  });

  it('has no message Chrome would misread ($ starts a Chrome placeholder) and no empty one', () => {
    for (const [key, message] of catalogs.get(language)!) {
      expect(message, key).not.toContain('$');
      // Leading or trailing spaces are deliberate in a few pieces; nothing is blank.
      expect(message.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('is YAML of plain strings under the groups English has', () => {
    const text = readFileSync(localeFile(language), 'utf8');
    expect(text).not.toMatch(/\t/);
    for (const form of PLURAL_FORMS) expect(text).not.toMatch(new RegExp(`^\\s+${form}:`, 'm'));
  });
});

describe('the check itself', () => {
  it('finds a missing key, an extra key and a changed placeholder', () => {
    const english = catalogs.get('en')!;
    const broken = new Map(catalogs.get('de')!);
    broken.delete('chat.greeting_primary');
    broken.set('chat.not_in_english', 'x');
    broken.set('report.heading', 'Layout-Bericht: {seite}');
    const keys = new Set(broken.keys());
    const { required, allowed } = expectedKeys('de');
    expect([...required].filter((key) => !keys.has(key))).toEqual(['chat.greeting_primary']);
    expect([...keys].filter((key) => !allowed.has(key))).toEqual(['chat.not_in_english']);
    expect(placeholders(broken.get('report.heading')!)).not.toEqual(placeholders(english.get('report.heading')!));
  });
});
