/**
 * The templates in the interface's language: a template the person never edited (it is still
 * the English default of lib/settings.ts) is the catalog's version (locales/*.yml, `template.*`);
 * an edited one is theirs, in whatever language they wrote it.
 */

import type { AsyncDocWords } from '../lib/meeting/async-doc';
import type { Templates } from '../lib/settings';
import { DEFAULT_TEMPLATES } from '../lib/settings-defaults';
import { duration, type MessageKey, t, tn } from './i18n';

/** The default of one template in the interface's language (`askOrganizer` → `template.ask_organizer`). */
export function defaultTemplate(key: keyof Templates): string {
  // Computed, not listed: the in-page code stays small. An empty English default (chatQuestion) has no key.
  const catalogKey = `template.${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}` as MessageKey;
  return (DEFAULT_TEMPLATES[key] && t(catalogKey as 'template.agenda')) || DEFAULT_TEMPLATES[key];
}

/** `stored` with every unedited template in the interface's language. */
export function localTemplates(stored: Templates): Templates {
  const out = { ...stored };
  for (const key of Object.keys(stored) as (keyof Templates)[]) {
    if (stored[key] === DEFAULT_TEMPLATES[key]) out[key] = defaultTemplate(key);
  }
  return out;
}

/** The words around an async document's template, in the interface's language. */
export function asyncDocWords(): AsyncDocWords {
  return {
    untitled: t('doc.untitled'),
    purposeBlank: t('doc.purpose_blank'),
    contextBlank: t('doc.context_blank'),
    deadlineBlank: t('doc.deadline_blank'),
    nobody: t('doc.nobody'),
    ask: (label, name, optional) => t(optional ? 'doc.ask_optional' : 'doc.ask', { label, name }),
    everyoneElse: (more) => tn('doc.everyone_else', more),
    replaces: (minutes, people, personHours, when) =>
      when
        ? tn('doc.replaces', people, {
            duration: duration(minutes),
            hours: tn('panel.person_hours', personHours),
            when,
          })
        : tn('doc.replaces_no_when', people, {
            duration: duration(minutes),
            hours: tn('panel.person_hours', personHours),
          }),
    replacesPlanned: (when) => t('doc.replaces_planned', { when }),
  };
}
