import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareMeeting } from '../../sites/calendar-common/meeting';
import { type OverlayController, startOverlay } from '../../sites/calendar-common/overlay';
import { googleCalendarAdapter as adapter } from '../../sites/google-calendar/adapter';
import { badgeButton, badges, fakeEnvironment, shadow } from './calendar-env';
import {
  GUESTS,
  googleChipsPopover,
  googleChipsQuickCreate,
  googleEditor,
  googleQuickCreate,
  googleWeek,
  h,
} from './calendar-snippets';

const EDIT_URL = new URL('https://calendar.google.com/calendar/u/0/r/eventedit/ZXZlbnQx');
const WEEK_URL = new URL('https://calendar.google.com/calendar/u/0/r/week/2026/11/23');
const context = { timeZone: 'UTC', dayFirst: false, now: Date.UTC(2026, 10, 20) };

let controller: OverlayController | null = null;
afterEach(() => {
  controller?.stop();
  controller = null;
  document.body.removeAttribute('data-viewfamily');
});

describe('Google Calendar adapter', () => {
  it('matches calendar pages only', () => {
    expect(adapter.matches(EDIT_URL)).toBe(true);
    expect(adapter.matches(new URL('https://calendar.google.com/calendar/r'))).toBe(true);
    expect(adapter.matches(new URL('https://mail.google.com/calendar/r'))).toBe(false);
    expect(adapter.expectsSurface(EDIT_URL)).toBe(true);
    expect(adapter.expectsSurface(new URL('https://calendar.google.com/calendar/u/0/r/eventedit?text=Hi'))).toBe(true);
    expect(adapter.expectsSurface(WEEK_URL)).toBe(false);
  });

  it('reads the full editor', () => {
    googleEditor({ description: ['Please come.', '', 'Join with Google Meet: https://meet.google.com/abc'] });
    const [surface, ...rest] = adapter.findSurfaces(document, EDIT_URL);
    expect(rest).toEqual([]);
    expect(surface?.kind).toBe('editor');
    expect(surface?.eventId).toBe('gcal:ZXZlbnQx');
    expect(surface?.titleAnchor.id).toBe('xTiIn');
    const read = surface!.read();
    expect(read.title).toBe('Weekly status sync');
    expect(read.attendees).toHaveLength(10);
    expect(read.attendees[0]).toEqual({ email: 'ana@example.com', name: 'Ana Lopez', organizer: true });
    expect(read.attendees[1]).toEqual({ email: 'ben@example.com', name: 'Ben Okafor' });
    expect(read.organizer).toEqual({ name: 'Ana Lopez', email: 'ana@example.com' });
    expect(read.description).toBe('Please come.\n\nJoin with Google Meet: https://meet.google.com/abc');
    expect(read.recurrenceText).toBe('Weekly on Tuesday');
    expect(read.conferencing).toBe(true);
    const { input, when } = prepareMeeting(read, context);
    expect(when?.start.toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(when?.end.toISOString()).toBe('2026-11-24T11:30:00.000Z');
    expect(input.recurrence).toEqual({ frequency: 'weekly', interval: 1, hasEnd: false, byDay: ['TU'] });
    expect(surface!.descriptionEditor()?.getAttribute('role')).toBe('textbox');
  });

  it('gives a new event no id', () => {
    googleEditor({ guests: 0 });
    const [surface] = adapter.findSurfaces(document, new URL('https://calendar.google.com/calendar/u/0/r/eventedit'));
    expect(surface?.eventId).toBeNull();
    expect(surface?.read().attendees).toEqual([]);
  });

  it('reads the quick-create dialog', () => {
    const dialog = googleQuickCreate();
    const [surface] = adapter.findSurfaces(document, WEEK_URL);
    expect(surface?.kind).toBe('quick-create');
    expect(surface?.root).toBe(dialog);
    expect(surface?.titleAnchor.tagName).toBe('INPUT');
    const read = surface!.read();
    expect(read.whenText).toContain('3:00 – 4:00pm');
    expect(prepareMeeting(read, context).when?.start.toISOString()).toBe('2026-11-24T15:00:00.000Z');
    expect(read.recurrenceText).toBe('');
  });

  it('reads the details popover, and follows it when it is reused for another event', () => {
    const week = googleWeek();
    expect(adapter.findSurfaces(document, WEEK_URL)).toEqual([]);
    week.fill({
      id: 'c3RhdHVz',
      title: 'Weekly status sync',
      when: ['Tuesday, November 24', '10:00 – 11:30am'],
      recurrence: 'Weekly on Tuesday',
      guests: 12,
    });
    const [surface] = adapter.findSurfaces(document, WEEK_URL);
    expect(surface?.kind).toBe('popover');
    expect(surface?.eventId).toBe('gcal:c3RhdHVz');
    const read = surface!.read();
    expect(read.title).toBe('Weekly status sync');
    expect(read.whenText).toBe('Tuesday, November 24⋅10:00 – 11:30am');
    expect(read.attendeeCount).toBe(12);
    expect(read.attendees).toHaveLength(10);
    expect(read.recurrenceText).toBe('Weekly on Tuesday');
    expect(read.conferencing).toBe(true);
    expect(surface!.descriptionEditor()).toBeNull();

    week.fill({
      id: 'ZGVzaWdu',
      title: 'Design review',
      when: ['Wednesday, November 25', '2:00 – 3:00pm'],
      guests: 4,
      description: ['Agenda:', '1. Screens', '2. Errors'],
    });
    const [again] = adapter.findSurfaces(document, WEEK_URL);
    expect(again?.eventId).toBe('gcal:ZGVzaWdu');
    expect(again?.read().description).toBe('Agenda:\n1. Screens\n2. Errors');
    week.hide();
    expect(adapter.findSurfaces(document, WEEK_URL)).toEqual([]);
  });

  it('reads the chips dialog as others find it today: #rAECCd title, data-email guests, an inner event id', () => {
    const dialog = googleChipsPopover({
      id: 'Y2hpcHM',
      title: 'Roadmap sync',
      when: 'Tuesday, November 24⋅10:00 – 11:00am',
      guests: 7,
    });
    const [surface] = adapter.findSurfaces(document, WEEK_URL);
    expect(surface?.kind).toBe('popover');
    expect(surface?.root).toBe(dialog);
    expect(surface?.eventId).toBe('gcal:Y2hpcHM');
    const read = surface!.read();
    expect(read.title).toBe('Roadmap sync');
    expect(read.attendeeCount).toBe(7);
    expect(read.attendees).toHaveLength(7);
    expect(read.attendees.map((a) => a.email)).toEqual(GUESTS.slice(0, 7).map((g) => g.email));
    expect(read.organizer).toEqual({ name: 'Ana Lopez', email: 'ana@example.com' });
    expect(adapter.landmarksPresent(document)).toBe(true);
  });

  it('reads the quick-create chips dialog (no #tabEvent) and never takes the details popover for it', () => {
    const dialog = googleChipsQuickCreate();
    const [surface] = adapter.findSurfaces(document, WEEK_URL);
    expect(surface?.kind).toBe('quick-create');
    expect(surface?.root).toBe(dialog);
    expect(surface?.read().whenText).toContain('3:00 – 4:00pm');
    googleChipsPopover({ id: 'eDE', title: 'Sync', when: 'Tuesday, November 24⋅10:00 – 11:00am', guests: 2 });
    expect(adapter.findSurfaces(document, WEEK_URL).map((s) => s.kind)).toEqual(['popover']);
  });

  it('finds nothing on a page it does not know', () => {
    document.body.replaceChildren(h('div', {}, 'A redesigned calendar'));
    expect(adapter.recognisesPage(document)).toBe(false);
    expect(adapter.findSurfaces(document, EDIT_URL)).toEqual([]);
  });
});

describe('the overlay on Google Calendar', () => {
  it('puts one badge after the editor title, whatever the number of scans', () => {
    googleEditor();
    const env = fakeEnvironment(EDIT_URL.href);
    controller = startOverlay(adapter, env);
    controller.scanNow();
    controller.scanNow();
    expect(badges()).toHaveLength(1);
    const host = badges()[0]!;
    expect(document.getElementById('xTiIn')!.nextSibling).toBe(host);
    expect(host.getAttribute('data-eventually-key')).toBe('gcal:ZXZlbnQx');
    // 10 people, 90 minutes, weekly with no end, status title → consider async.
    expect(host.getAttribute('data-eventually-level')).toBe('consider-async');
    expect(badgeButton(host).textContent).toBe('Consider going async');
    expect(Number(host.getAttribute('data-eventually-ms'))).toBeGreaterThanOrEqual(0);
    expect(env.recorded).toEqual([{ kind: 'flagged', key: 'gcal:ZXZlbnQx' }]);
    expect(env.statuses).toEqual([{ status: 'ok', detail: 'Recognised: editor' }]);
  });

  it('puts the badge back when the app re-renders the form', async () => {
    const main = googleEditor();
    const env = fakeEnvironment(EDIT_URL.href);
    controller = startOverlay(adapter, env);
    const first = badges()[0]!;
    // The app throws the form away and draws a new one: our node goes with it.
    const fresh = main.firstElementChild!.cloneNode(true) as HTMLElement;
    fresh.querySelector('eventually-ui')?.remove();
    main.replaceChildren(fresh);
    expect(badges()).toHaveLength(0);
    await vi.waitFor(() => expect(badges()).toHaveLength(1));
    expect(badges()[0]).toBe(first);
    expect(document.getElementById('xTiIn')!.nextSibling).toBe(first);
    expect(first.getAttribute('data-eventually-reinjected')).toBe('1');
    expect(env.recorded.filter((r) => r.kind === 'flagged')).toHaveLength(1);
  });

  it('updates the verdict while the person edits', async () => {
    googleEditor({ title: 'Roadmap review', recurrence: 'Does not repeat', guests: 4 });
    controller = startOverlay(adapter, fakeEnvironment(EDIT_URL.href));
    const host = badges()[0]!;
    expect(host.getAttribute('data-eventually-level')).toBe('needs-agenda');
    const editor = document.querySelector('#xDescIn [role=textbox]')!;
    editor.append(h('div', {}, 'Agenda:'), h('div', {}, '1. Pricing'), h('div', {}, '2. Launch date'));
    await vi.waitFor(() => expect(host.getAttribute('data-eventually-level')).toBe('fine'));
  });

  it('assesses the new event when the popover is reused, and drops the stale badge', async () => {
    const week = googleWeek();
    controller = startOverlay(adapter, fakeEnvironment(WEEK_URL.href));
    week.fill({
      id: 'c3RhdHVz',
      title: 'Weekly status sync',
      when: ['Tuesday, November 24', '10:00 – 11:30am'],
      recurrence: 'Weekly on Tuesday',
      guests: 12,
    });
    await vi.waitFor(() => expect(badges()).toHaveLength(1));
    expect(badges()[0]!.getAttribute('data-eventually-key')).toBe('gcal:c3RhdHVz');
    week.fill({
      id: 'ZGVzaWdu',
      title: 'Design review',
      when: ['Wednesday, November 25', '2:00 – 3:00pm'],
      guests: 4,
      description: ['Agenda:', '1. Screens', '2. Errors'],
    });
    await vi.waitFor(() => expect(badges()[0]?.getAttribute('data-eventually-key')).toBe('gcal:ZGVzaWdu'));
    expect(badges()).toHaveLength(1);
    expect(badges()[0]!.getAttribute('data-eventually-level')).toBe('fine');
    week.hide();
    await vi.waitFor(() => expect(badges()).toHaveLength(0));
  });

  it('shows a kept event as kept', () => {
    googleEditor();
    const env = fakeEnvironment(EDIT_URL.href);
    env.historyLog.set('gcal:ZXZlbnQx', ['flagged', 'dismissed']);
    controller = startOverlay(adapter, env);
    const host = badges()[0]!;
    expect(host.getAttribute('data-eventually-level')).toBe('kept');
    expect(badgeButton(host).textContent).toBe('Kept');
    expect(env.recorded).toEqual([]);
  });

  it('inserts the agenda into the description and reads it back', async () => {
    googleEditor({ title: 'Roadmap review', guests: 4, recurrence: 'Does not repeat' });
    const env = fakeEnvironment(EDIT_URL.href);
    controller = startOverlay(adapter, env);
    // happy-dom has no editing commands: a stand-in that types like Chromium does.
    document.execCommand = vi.fn((command: string, _ui?: boolean, text?: string) => {
      const editor = document.activeElement as HTMLElement;
      if (command !== 'insertText' || !editor?.isContentEditable) return false;
      editor.prepend(...(text ?? '').split('\n').map((line) => h('div', {}, line)));
      editor.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    }) as typeof document.execCommand;
    const host = badges()[0]!;
    badgeButton(host).click();
    const add = [...shadow(host).querySelectorAll('button')].find((b) => b.textContent === 'Add an agenda')!;
    add.click();
    await vi.waitFor(() => expect(shadow(host).querySelector('[role=status]')!.textContent).toContain('Agenda added'));
    expect(document.querySelector('#xDescIn [role=textbox]')!.textContent).toContain(
      'Purpose: (the decision or outcome',
    );
    expect(env.recorded.map((r) => r.kind)).toContain('agenda-added');
    expect(env.clipboard).toEqual([]);
  });

  it('copies the agenda and says so when the editor refuses it', async () => {
    googleEditor({ title: 'Roadmap review', guests: 4, recurrence: 'Does not repeat' });
    const env = fakeEnvironment(EDIT_URL.href);
    controller = startOverlay(adapter, env);
    document.execCommand = vi.fn(() => true) as typeof document.execCommand; // claims success, changes nothing
    const host = badges()[0]!;
    badgeButton(host).click();
    [...shadow(host).querySelectorAll('button')].find((b) => b.textContent === 'Add an agenda')!.click();
    await vi.waitFor(() =>
      expect(shadow(host).querySelector('[role=status]')!.textContent).toContain('on your clipboard'),
    );
    expect(env.clipboard[0]?.text).toContain('Agenda:');
    expect(env.recorded.map((r) => r.kind)).not.toContain('agenda-added');
  });

  it('says "layout not recognised" when the editor URL shows no editor', async () => {
    vi.useFakeTimers();
    try {
      // Google's view marker is there, but the form is something we have never seen.
      document.body.setAttribute('data-viewfamily', 'EVENT_EDIT');
      document.body.replaceChildren(h('div', { role: 'main' }, h('div', { contenteditable: 'true' }, 'Something new')));
      const env = fakeEnvironment(EDIT_URL.href, { layoutTimeoutMs: 5000 });
      controller = startOverlay(adapter, env);
      expect(env.statuses).toEqual([]);
      await vi.advanceTimersByTimeAsync(5000);
      expect(env.statuses).toEqual([
        { status: 'layout-not-recognised', detail: expect.stringContaining('found none') },
      ]);
      expect(badges()).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says "layout not recognised" when the page lacks Google’s landmarks', async () => {
    vi.useFakeTimers();
    try {
      document.body.replaceChildren(h('div', {}, 'A redesigned calendar'));
      const env = fakeEnvironment(WEEK_URL.href, { layoutTimeoutMs: 5000 });
      controller = startOverlay(adapter, env);
      await vi.advanceTimersByTimeAsync(5000);
      expect(env.statuses).toEqual([{ status: 'layout-not-recognised', detail: expect.stringContaining('landmarks') }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says the page is fine when a week view shows no popover', async () => {
    vi.useFakeTimers();
    try {
      googleWeek();
      const env = fakeEnvironment(WEEK_URL.href, { layoutTimeoutMs: 5000 });
      controller = startOverlay(adapter, env);
      await vi.advanceTimersByTimeAsync(5000);
      expect(env.statuses).toEqual([{ status: 'ok', detail: 'Page recognised' }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says "partly recognised" when a popover is found but its time cannot be read', async () => {
    const week = googleWeek();
    week.fill({ id: 'bm90aW1l', title: 'Sync', when: ['', ''], guests: 3 });
    const env = fakeEnvironment(WEEK_URL.href);
    controller = startOverlay(adapter, env);
    await vi.waitFor(() =>
      expect(env.statuses).toContainEqual({
        status: 'partly-recognised',
        detail: 'Recognised: popover; no time read: the meeting’s cost is not weighed',
      }),
    );
    week.fill({
      id: 'd2l0aHRpbWU',
      title: 'Sync',
      when: ['Tuesday, November 24', '10:00 – 11:30am'],
      guests: 3,
    });
    await vi.waitFor(() => expect(env.statuses.at(-1)).toEqual({ status: 'ok', detail: 'Recognised: popover' }));
  });

  it('keeps to about ten scans a second while the page keeps changing', async () => {
    googleEditor();
    const counted = { ...adapter, findSurfaces: vi.fn(adapter.findSurfaces) };
    controller = startOverlay(counted, fakeEnvironment(EDIT_URL.href));
    const before = counted.findSurfaces.mock.calls.length;
    const noise = h('div', {});
    document.body.append(noise);
    const started = performance.now();
    while (performance.now() - started < 1000) {
      noise.append(h('span', {}, 'tick'));
      await new Promise((resolve) => setTimeout(resolve, 4));
    }
    const scans = counted.findSurfaces.mock.calls.length - before;
    expect(scans).toBeGreaterThan(3);
    expect(scans).toBeLessThanOrEqual(16);
  });

  it('does not scan at all on a page without landmarks', async () => {
    googleWeek();
    const counted = { ...adapter, findSurfaces: vi.fn(adapter.findSurfaces) };
    controller = startOverlay(counted, fakeEnvironment(WEEK_URL.href));
    const before = counted.findSurfaces.mock.calls.length;
    for (let i = 0; i < 50; i++)
      document.querySelector('[role=grid]')!.append(h('div', { role: 'gridcell' }, `cell ${i}`));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(counted.findSurfaces.mock.calls.length - before).toBe(0);
  });

  it('leaves the page as it was when stopped', () => {
    googleEditor();
    controller = startOverlay(adapter, fakeEnvironment(EDIT_URL.href));
    expect(badges()).toHaveLength(1);
    controller.stop();
    controller = null;
    expect(badges()).toHaveLength(0);
    expect(document.querySelector('[data-eventually-anchor]')).toBeNull();
  });

  it('names each guest once even with the organizer word in another language', () => {
    googleEditor({ guests: 3 });
    const row = document.querySelector('[data-hovercard-id="ana@example.com"]')!;
    row.setAttribute('aria-label', 'Ana Lopez, Organisateur');
    const read = adapter.findSurfaces(document, EDIT_URL)[0]!.read();
    expect(read.attendees.map((a) => a.email)).toEqual(GUESTS.slice(0, 3).map((g) => g.email));
    expect(read.attendees.filter((a) => a.organizer)).toHaveLength(1);
  });
});
