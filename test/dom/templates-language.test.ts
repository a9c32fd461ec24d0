/**
 * The templates Eventually inserts follow the interface's language while the person has not
 * edited them, and each language's agenda template still reads as an agenda to detectAgenda
 * (so the badge turns to "looks fine" once it is in the description).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setCatalog } from '../../components/i18n';
import { asyncDocWords, localTemplates } from '../../components/templates';
import { LANGUAGES } from '../../lib/i18n';
import { detectAgenda } from '../../lib/meeting/agenda';
import { buildAsyncDoc } from '../../lib/meeting/async-doc';
import { agendaText, organizerNote } from '../../lib/meeting/templates';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { loadCatalog } from '../catalogs';

afterEach(async () => setCatalog(await loadCatalog('en'), 'en'));

describe.each(LANGUAGES)('the templates in %s', (language) => {
  it('are the catalog’s while unedited, and the person’s once edited', async () => {
    const catalog = await loadCatalog(language);
    setCatalog(catalog, language);
    const local = localTemplates(DEFAULT_SETTINGS.templates);
    expect(local.agenda).toBe(catalog.template_agenda);
    expect(local.askOrganizer).toBe(catalog.template_ask_organizer);
    expect(local.callToAsync).toBe(catalog.template_call_to_async);
    const edited = localTemplates({ ...DEFAULT_SETTINGS.templates, agenda: 'My own agenda:\n1. ' });
    expect(edited.agenda).toBe('My own agenda:\n1. ');
  });

  it('give an agenda that reads as one once filled in', async () => {
    setCatalog(await loadCatalog(language), language);
    const template = localTemplates(DEFAULT_SETTINGS.templates).agenda;
    const filled = agendaText(template, { title: 'Q3 planning' })
      .replace('1. ', '1. Budget 2027 review')
      .replace('2. ', '2. Hiring plan for the platform team');
    expect(detectAgenda(filled).hasAgenda, filled).toBe(true);
  });

  it('fill the async document and the note in that language', async () => {
    const catalog = await loadCatalog(language);
    setCatalog(catalog, language);
    const local = localTemplates(DEFAULT_SETTINGS.templates);
    const doc = buildAsyncDoc(
      { title: 'Q3 planning', cost: { minutes: 90, attendees: 6, personHours: 9 } },
      { template: local.asyncDoc, words: asyncDocWords() },
    );
    // The words around the template are the language's too, with its own units.
    expect(doc).toContain(catalog.doc_purpose_blank);
    expect(doc).toContain(catalog.unit_hours_minutes!.replace('{hours}', '1').replace('{minutes}', '30'));
    const firstHeading = catalog.template_async_doc!.split('\n').find((line) => line.startsWith('## '))!;
    expect(doc).toContain(firstHeading);
    expect(doc).toContain('# Q3 planning');
    const note = organizerNote(local.askOrganizer, { title: 'Q3 planning', organizer: { name: 'Ana Lopez' } });
    expect(note).toContain('Q3 planning');
    expect(note).toContain('Ana');
  });
});
