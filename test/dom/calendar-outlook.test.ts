import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareMeeting } from '../../sites/calendar-common/meeting';
import { type OverlayController, startOverlay } from '../../sites/calendar-common/overlay';
import { outlookAdapter as adapter } from '../../sites/outlook/adapter';
import { badgeButton, badges, fakeEnvironment } from './calendar-env';
import { h, outlookCompose, outlookFormContent, outlookPeek } from './calendar-snippets';

const COMPOSE_URL = new URL('https://outlook.office.com/calendar/deeplink/compose');
const WEEK_URL = new URL('https://outlook.office.com/calendar/view/workweek');
const context = { timeZone: 'UTC', dayFirst: false, now: Date.UTC(2026, 10, 20) };

let controller: OverlayController | null = null;
afterEach(() => {
  controller?.stop();
  controller = null;
});

describe('Outlook adapter', () => {
  it('matches the four Outlook hosts, calendar and mail', () => {
    for (const host of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']) {
      expect(adapter.matches(new URL(`https://${host}/calendar/view/week`))).toBe(true);
      expect(adapter.matches(new URL(`https://${host}/mail/inbox`))).toBe(true);
    }
    expect(adapter.matches(new URL('https://outlook.example.com/calendar/'))).toBe(false);
    expect(adapter.matches(new URL('https://outlook.office.com/people/'))).toBe(false);
    expect(adapter.expectsSurface(COMPOSE_URL)).toBe(true);
    expect(adapter.expectsSurface(new URL('https://outlook.live.com/calendar/0/action/compose'))).toBe(true);
    expect(adapter.expectsSurface(WEEK_URL)).toBe(false);
  });

  it('reads the new-event form by its structure', () => {
    const form = outlookCompose({ body: ['Agenda:', '1. Review Q3 numbers', '2. Q4 priorities'] });
    const [surface, ...rest] = adapter.findSurfaces(document, COMPOSE_URL);
    expect(rest).toEqual([]);
    expect(surface?.kind).toBe('compose');
    expect(surface?.root).toBe(form);
    expect(surface?.eventId).toBeNull();
    expect(surface?.titleAnchor.getAttribute('placeholder')).toBe('Add title');
    const read = surface!.read();
    expect(read.title).toBe('Q4 planning');
    expect(read.attendees).toEqual([
      { name: 'Ben Okafor', email: 'ben@example.com' },
      { name: 'Chen Wei', email: 'chen@example.com' },
      { name: 'Dara Novak', email: 'dara@example.com' },
      { name: 'Eli Cohen', email: 'eli@example.com' },
      { name: 'Fatima Haddad', email: 'fatima@example.com' },
    ]);
    expect(read.organizer).toEqual({});
    expect(read.description).toBe('Agenda:\n1. Review Q3 numbers\n2. Q4 priorities');
    expect(read.recurrenceText).toBe('Repeat: Weekly');
    expect(read.conferencing).toBe(true);
    const { input, when } = prepareMeeting(read, context);
    expect(when?.start.toISOString()).toBe('2026-11-24T14:00:00.000Z');
    expect(when?.end.toISOString()).toBe('2026-11-24T15:30:00.000Z');
    expect(input.recurrence).toMatchObject({ frequency: 'weekly', hasEnd: false });
    expect(surface!.descriptionEditor()?.getAttribute('data-ms-editor')).toBe('true');
  });

  it('reads the form as others find it: [data-app-section=Form_Content], chips by their text container', () => {
    const form = outlookFormContent();
    const [surface] = adapter.findSurfaces(document, COMPOSE_URL);
    expect(surface?.root).toBe(form);
    const read = surface!.read();
    expect(read.title).toBe('Q4 planning');
    expect(read.attendees).toEqual([
      { name: 'Ben Okafor' },
      { name: 'Chen Wei' },
      { name: 'Dara Novak' },
      { email: 'kim@example.com' },
    ]);
  });

  it('finds the title in another language too', () => {
    outlookCompose();
    document.querySelector('input')!.setAttribute('placeholder', 'Titel hinzufügen');
    expect(adapter.findSurfaces(document, COMPOSE_URL)[0]?.read().title).toBe('Q4 planning');
  });

  it('tells the organizer by the words every calendar shares (Dutch "Organisatie" too), wherever the card is', () => {
    const dialog = outlookPeek();
    const cards = [...dialog.querySelectorAll('[aria-label^="Opens card for"]')];
    const organizerCard = cards[0]!;
    const role = [...organizerCard.querySelectorAll('span')].find((el) => el.textContent === 'Organizer')!;
    role.textContent = 'Organisatie';
    role.before(' '); // "Ana Lopez Organisatie", as the card reads aloud
    // Listed last, so only the word can tell who organizes.
    cards.at(-1)!.after(organizerCard);
    const read = adapter.findSurfaces(document, WEEK_URL)[0]!.read();
    expect(read.organizer).toEqual({ name: 'Ana Lopez' });
  });

  it('reads the event peek (names only, organizer first)', () => {
    const dialog = outlookPeek({ body: ['Please bring numbers.'] });
    const [surface] = adapter.findSurfaces(document, WEEK_URL);
    expect(surface?.kind).toBe('peek');
    expect(surface?.root).toBe(dialog);
    expect(surface?.eventId).toMatch(/^outlook:[0-9a-z]+$/);
    const read = surface!.read();
    expect(read.title).toBe('Weekly status sync');
    expect(read.whenText).toBe('Mon 11/23/2026 10:00 AM - 11:30 AM');
    expect(read.attendees).toHaveLength(6);
    expect(read.attendees[0]).toEqual({ name: 'Ana Lopez', organizer: true });
    expect(read.attendees[1]).toEqual({ name: 'Ben Okafor' });
    expect(read.organizer).toEqual({ name: 'Ana Lopez' });
    expect(read.recurrenceText).toBe('Occurs every Monday');
    expect(read.description).toContain('Please bring numbers.');
    expect(read.description).not.toContain('Ana Lopez');
    expect(surface!.descriptionEditor()).toBeNull();
    // The same event read twice keeps its key; another event gets another one.
    expect(adapter.findSurfaces(document, WEEK_URL)[0]?.eventId).toBe(surface?.eventId);
    outlookPeek({ title: 'All-hands', time: 'Fri 11/27/2026 4:00 PM - 5:00 PM' });
    expect(adapter.findSurfaces(document, WEEK_URL)[0]?.eventId).not.toBe(surface?.eventId);
  });

  it('reads the time without the "Time" label, from text that reads as a time', () => {
    outlookPeek();
    document.querySelector('[aria-label="Time"]')!.removeAttribute('aria-label');
    const read = adapter.findSurfaces(document, WEEK_URL)[0]?.read();
    expect(read?.whenText).toContain('11/23/2026 10:00 AM - 11:30 AM');
  });

  it('ignores dialogs that are not events', () => {
    document.body.replaceChildren(
      h('div', { role: 'dialog' }, h('div', { role: 'heading' }, 'Settings'), h('div', {}, 'Theme')),
    );
    expect(adapter.findSurfaces(document, WEEK_URL)).toEqual([]);
  });
});

describe('the overlay on Outlook', () => {
  it('badges the compose form and re-injects after a re-render', async () => {
    const form = outlookCompose({ attendees: 5, body: [''] });
    const env = fakeEnvironment(COMPOSE_URL.href);
    controller = startOverlay(adapter, env);
    expect(badges()).toHaveLength(1);
    const host = badges()[0]!;
    expect(form.querySelector('input')!.nextSibling).toBe(host);
    // 6 people for 90 minutes, weekly with no end: two heavy signals.
    expect(host.getAttribute('data-eventually-level')).toBe('consider-async');
    expect(host.getAttribute('data-eventually-key')).toMatch(/^outlook:new:/);
    const copy = form.cloneNode(true) as HTMLElement;
    copy.querySelector('eventually-ui')?.remove();
    form.replaceWith(copy);
    await vi.waitFor(() => expect(copy.querySelector('input')!.nextSibling).toBe(host));
    expect(badges()).toHaveLength(1);
  });

  it('offers to ask the organizer from a peek, and copies a kind note', async () => {
    outlookPeek({ people: 6 });
    const env = fakeEnvironment(WEEK_URL.href);
    controller = startOverlay(adapter, env);
    const host = badges()[0]!;
    badgeButton(host).click();
    const root = host.shadowRoot!;
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Add an agenda');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Ask for an agenda')!.click();
    const note = root.querySelector('textarea')!;
    expect(note.value.startsWith('Hi Ana,')).toBe(true);
    expect(note.value).toContain('“Weekly status sync”');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy note')!.click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role=status]')!.textContent).toBe('Copied. Send it to Ana by e-mail or chat.'),
    );
    expect(env.clipboard[0]!.text).toBe(note.value);
    expect(env.recorded.map((r) => r.kind)).toEqual(['flagged', 'asked-organizer']);
  });
});
