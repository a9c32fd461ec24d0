/**
 * Small calendar pages for the adapter tests, built from the landmarks in
 * docs/research/sites.md (not copies of the real apps). Event text is set as text,
 * never parsed as HTML, like the apps do.
 */
type Attrs = Record<string, string | boolean | number | undefined>;
type Child = Node | string | null | undefined | false;

export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'value' && 'value' in el) (el as HTMLInputElement).value = String(value);
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

export const GUESTS = [
  { name: 'Ana Lopez', email: 'ana@example.com' },
  { name: 'Ben Okafor', email: 'ben@example.com' },
  { name: 'Chen Wei', email: 'chen@example.com' },
  { name: 'Dara Novak', email: 'dara@example.com' },
  { name: 'Eli Cohen', email: 'eli@example.com' },
  { name: 'Fatima Haddad', email: 'fatima@example.com' },
  { name: 'Gus Lindqvist', email: 'gus@example.com' },
  { name: 'Hana Sato', email: 'hana@example.com' },
  { name: 'Ivan Petrov', email: 'ivan@example.com' },
  { name: 'Jo Martins', email: 'jo@example.com' },
];

const guestRow = (g: { name: string; email: string }, i: number) =>
  h(
    'div',
    {
      role: 'listitem',
      'data-hovercard-id': g.email,
      'aria-label': `${g.name}, ${i === 0 ? 'Organizer' : 'Accepted'}`,
    },
    h('span', { 'aria-hidden': 'true' }, g.name.slice(0, 1)),
    h('span', {}, g.name),
    i === 0 ? h('span', {}, 'Organizer') : null,
  );

export interface GoogleEditorOptions {
  title?: string;
  guests?: number;
  description?: string[];
  recurrence?: string;
  eventId?: string | null;
}

/** The full editor (/r/eventedit/<id>): ids from sites.md. */
export function googleEditor(options: GoogleEditorOptions = {}): HTMLElement {
  document.body.setAttribute('data-viewfamily', 'EVENT_EDIT');
  const description = h('div', {
    role: 'textbox',
    contenteditable: 'true',
    'aria-multiline': 'true',
    'aria-label': 'Description',
  });
  for (const line of options.description ?? [])
    description.append(line === '' ? h('div', {}, h('br')) : h('div', {}, line));
  const form = h(
    'div',
    { class: 'ep', 'data-eventid': options.eventId ?? undefined },
    h(
      'div',
      {},
      h('input', { id: 'xTiIn', type: 'text', 'aria-label': 'Title', value: options.title ?? 'Weekly status sync' }),
    ),
    h('input', { id: 'xStDaIn', type: 'text', value: 'Tuesday, November 24, 2026' }),
    h('input', { id: 'xStTiIn', type: 'text', value: '10:00am' }),
    h('input', { id: 'xEnTiIn', type: 'text', value: '11:30am' }),
    h('input', { id: 'xEnDaIn', type: 'text', value: 'Tuesday, November 24, 2026' }),
    h(
      'select',
      { id: 'xRecIn' },
      h('option', { selected: true }, options.recurrence ?? 'Weekly on Tuesday'),
      h('option', {}, 'Does not repeat'),
    ),
    h('div', { id: 'xRTCIn' }, h('a', { href: 'https://meet.google.com/abc-defg-hij' }, 'Join with Google Meet')),
    h('div', { id: 'xDescIn' }, description),
    h('div', { id: 'xGstLst', role: 'list' }, ...GUESTS.slice(0, options.guests ?? 10).map(guestRow)),
    h('div', { id: 'xNtList', role: 'list' }),
  );
  const main = h('div', { role: 'main' }, form);
  document.body.replaceChildren(main);
  return main;
}

export interface PopoverEvent {
  id: string;
  title: string;
  when: [string, string];
  recurrence?: string;
  guests: number;
  description?: string[];
}

/** The details popover #xDetDlg; `fill` REUSES the same node like the app. */
export function googleWeek(): { popover: HTMLElement; fill(event: PopoverEvent): void; hide(): void } {
  document.body.setAttribute('data-viewfamily', 'EVENT');
  const popover = h('div', { id: 'xDetDlg', role: 'dialog', hidden: true });
  document.body.replaceChildren(h('div', { role: 'main' }, h('div', { role: 'grid' })), popover);
  return {
    popover,
    fill(event) {
      popover.setAttribute('data-eventid', event.id);
      popover.removeAttribute('hidden');
      const parts: Node[] = [
        h(
          'div',
          {},
          h('div', { role: 'heading', 'aria-level': '1' }, event.title),
          h(
            'div',
            { id: 'xDetDlgWhen' },
            h('span', {}, event.when[0]),
            h('span', { 'aria-hidden': 'true' }, '⋅'),
            h('span', {}, event.when[1]),
          ),
          event.recurrence ? h('div', {}, event.recurrence) : null,
        ),
        h('div', { id: 'xDetDlgVideo' }, h('a', { href: 'https://meet.google.com/x' }, 'Join with Google Meet')),
      ];
      if (event.guests) {
        parts.push(
          h(
            'div',
            { id: 'xDetDlgAtt' },
            h('div', {}, `${event.guests} guests`),
            h('div', {}, '9 yes, 3 awaiting'),
            h('div', { role: 'list' }, ...GUESTS.slice(0, Math.min(event.guests, GUESTS.length)).map(guestRow)),
          ),
        );
      }
      if (event.description)
        parts.push(h('div', { id: 'xDetDlgDesc' }, ...event.description.map((l) => h('div', {}, l))));
      popover.replaceChildren(...parts);
    },
    hide() {
      popover.setAttribute('hidden', '');
    },
  };
}

/** The quick-create dialog: [role=dialog] holding button#tabEvent. */
export function googleQuickCreate(): HTMLElement {
  document.body.setAttribute('data-viewfamily', 'EVENT');
  const dialog = h(
    'div',
    { role: 'dialog', 'aria-label': 'Quick create event' },
    h('input', { type: 'text', 'aria-label': 'Add title', placeholder: 'Add title' }),
    h(
      'div',
      { role: 'tablist' },
      h('button', { id: 'tabEvent', role: 'tab' }, 'Event'),
      h('button', { id: 'tabTask', role: 'tab' }, 'Task'),
    ),
    h('div', {}, h('div', {}, 'Tuesday, November 24 ⋅ 3:00 – 4:00pm'), h('div', {}, 'Time zone · Does not repeat')),
    h('button', {}, 'Add guests'),
  );
  document.body.replaceChildren(h('div', { role: 'main' }), h('div', { role: 'presentation' }, dialog));
  return dialog;
}

/** Outlook's new-event form: hashed classes, structure and data-ms-editor (sites.md). */
export function outlookCompose(options: { attendees?: number; body?: string[]; teams?: boolean } = {}): HTMLElement {
  const well = h('div', { contenteditable: 'true', 'aria-label': 'Invite required attendees', class: 'r5Tg1' });
  for (const g of GUESTS.slice(1, 1 + (options.attendees ?? 5))) {
    well.append(
      h(
        'span',
        { contenteditable: 'false', title: `${g.name} <${g.email}>`, class: 'lpc-persona' },
        h('span', { 'aria-hidden': 'true' }, 'X'),
        g.name,
      ),
    );
  }
  const body = h('div', {
    role: 'textbox',
    contenteditable: 'true',
    'data-ms-editor': 'true',
    'aria-multiline': 'true',
    'aria-label': 'Event body',
  });
  for (const line of options.body ?? ['']) body.append(line === '' ? h('div', {}, h('br')) : h('div', {}, line));
  const form = h(
    'div',
    { role: 'main', 'aria-label': 'New event', class: 'ZQg3x' },
    h(
      'div',
      { class: 'Bm7Qp' },
      h('input', { type: 'text', placeholder: 'Add title', value: 'Q4 planning', class: 'KxG1c' }),
      h('button', { role: 'switch', 'aria-checked': String(options.teams ?? true) }),
      h('label', {}, 'Teams meeting'),
    ),
    h('div', { class: 'Bm7Qp' }, well),
    h(
      'div',
      { class: 'Bm7Qp' },
      h('div', { role: 'combobox', 'aria-label': 'Start date' }, h('span', {}, '11/24/2026')),
      h('div', { role: 'combobox', 'aria-label': 'Start time' }, h('span', {}, '2:00 PM')),
      h('span', {}, 'to'),
      h('div', { role: 'combobox', 'aria-label': 'End time' }, h('span', {}, '3:30 PM')),
      h('button', { role: 'switch', 'aria-checked': 'false' }),
    ),
    h(
      'div',
      { class: 'Bm7Qp' },
      h('button', { 'aria-haspopup': 'listbox', 'aria-label': 'Repeat: Weekly' }, 'Repeat: Weekly'),
    ),
    h('div', { class: 'Bm7Qp' }, h('button', {}, 'Remind me: 15 minutes before')),
    h('div', {}, body),
  );
  document.body.replaceChildren(h('div', { id: 'app' }, form));
  return form;
}

/** Outlook's event peek: a dialog with a heading, a "Time" span and person buttons. */
export function outlookPeek(
  options: { title?: string; people?: number; body?: string[]; time?: string; recurrence?: string } = {},
): HTMLElement {
  const people = GUESTS.slice(0, options.people ?? 6);
  const card = (p: { name: string }, sub?: string) =>
    h(
      'div',
      { role: 'button', tabindex: '0', 'aria-label': `Opens card for ${p.name}`, class: 'ms-Persona Rb3Xh' },
      h('span', { 'aria-hidden': 'true' }, 'X'),
      h('span', {}, p.name),
      sub ? h('span', {}, sub) : null,
    );
  const dialog = h(
    'div',
    { role: 'dialog', 'aria-label': options.title ?? 'Weekly status sync' },
    h('div', {}, h('button', {}, 'Join'), h('button', {}, 'Edit')),
    h(
      'div',
      { class: 'pbody' },
      h('div', { role: 'heading', 'aria-level': '2' }, options.title ?? 'Weekly status sync'),
      h(
        'div',
        { class: 'prow' },
        h(
          'div',
          {},
          h('span', { 'aria-label': 'Time' }, options.time ?? 'Mon 11/23/2026 10:00 AM - 11:30 AM'),
          h('div', {}, options.recurrence ?? 'Occurs every Monday'),
        ),
      ),
      h('div', { class: 'prow' }, h('span', {}, 'Microsoft Teams Meeting')),
      h(
        'div',
        { class: 'prow' },
        h(
          'div',
          {},
          card(people[0]!, 'Organizer'),
          h('div', {}, 'Accepted 2, Didn’t respond 3'),
          h('div', {}, ...people.slice(1).map((p) => card(p))),
        ),
      ),
      options.body ? h('div', { class: 'prow' }, h('div', {}, ...options.body.map((l) => h('div', {}, l)))) : null,
    ),
  );
  document.body.replaceChildren(
    h('div', { role: 'main' }, h('div', { role: 'grid' })),
    h('div', { class: 'ms-Layer' }, dialog),
  );
  return dialog;
}

/**
 * Google Calendar's dialogs as others find them today (toggl 2025, 2025–26 extensions): the
 * details popover is a `[role=dialog][data-chips-dialog=true]` (no #xDetDlg) with the event id on a
 * node inside, the title `#rAECCd`, guests `#xDetDlgAtt [data-email]`.
 */
export function googleChipsPopover(event: { id: string; title: string; when: string; guests: number }): HTMLElement {
  document.body.setAttribute('data-viewfamily', 'EVENT');
  const dialog = h(
    'div',
    { role: 'dialog', 'data-chips-dialog': 'true', 'aria-modal': 'false' },
    h(
      'div',
      { 'data-eventid': event.id, 'data-is-create': 'false' },
      h('span', { role: 'heading', 'aria-level': '1', id: 'rAECCd' }, event.title),
      h('div', { id: 'xDetDlgWhen' }, event.when),
      h(
        'div',
        { id: 'xDetDlgAtt' },
        h('div', {}, `${event.guests} guests`),
        h(
          'div',
          { role: 'list' },
          ...GUESTS.slice(0, event.guests).map((g, i) =>
            h(
              'div',
              { role: 'listitem', 'data-email': g.email },
              h('span', { 'aria-hidden': 'true' }, g.name.slice(0, 1)),
              h('span', {}, g.name),
              i === 0 ? h('span', {}, 'Organizer') : null,
            ),
          ),
        ),
      ),
    ),
  );
  document.body.replaceChildren(h('div', { role: 'main' }, h('div', { role: 'grid' })), dialog);
  return dialog;
}

/** The quick-create dialog as others find it today: a chips dialog with a title field and no event id. */
export function googleChipsQuickCreate(): HTMLElement {
  document.body.setAttribute('data-viewfamily', 'EVENT');
  const dialog = h(
    'div',
    { role: 'dialog', 'data-chips-dialog': 'true', 'aria-label': 'Quick create event' },
    h('input', { type: 'text', 'aria-label': 'Add title', placeholder: 'Add title' }),
    h('div', {}, h('div', {}, 'Tuesday, November 24 ⋅ 3:00 – 4:00pm'), h('div', {}, 'Time zone · Does not repeat')),
    h('button', {}, 'Add guests'),
  );
  document.body.replaceChildren(h('div', { role: 'main' }), h('div', { role: 'presentation' }, dialog));
  return dialog;
}

/** Outlook's compose form as Briskine and test page objects find it: Form_Content, chips by their text container. */
export function outlookFormContent(): HTMLElement {
  const well = h('div', { contenteditable: 'true', 'aria-label': 'Invite required attendees' });
  for (const g of GUESTS.slice(1, 4)) {
    well.append(
      h(
        'div',
        { contenteditable: 'false', class: 'chip-x9' },
        h('span', { 'aria-hidden': 'true' }, g.name.slice(0, 1)),
        h('span', { class: 'textContainer-a1b2c3' }, g.name),
      ),
    );
  }
  well.append(h('div', { contenteditable: 'false' }, h('span', { class: 'textContainer-a1b2c3' }, 'kim@example.com')));
  const body = h('div', {
    role: 'textbox',
    contenteditable: 'true',
    'data-ms-editor': 'true',
    'aria-label': 'Event body',
  });
  body.append(h('div', {}, h('br')));
  const form = h(
    'div',
    { 'data-app-section': 'Form_Content' },
    h('div', {}, h('input', { type: 'text', autocomplete: 'off', placeholder: 'Add title', value: 'Q4 planning' })),
    h('div', {}, well),
    h('div', {}, h('div', { role: 'combobox', 'aria-label': 'Start time' }, h('span', {}, '2:00 PM'))),
    h('div', {}, body),
  );
  // No dialog, no main region around it: the form section is the only container.
  document.body.replaceChildren(
    h('div', { id: 'app' }, h('div', { class: 'other' }, h('input', { type: 'text' })), form),
  );
  return form;
}
