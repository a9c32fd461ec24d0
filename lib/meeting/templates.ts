/**
 * The texts the calendar overlay hands to the person: the agenda template, the polite note
 * asking the organizer for an agenda, and the placeholder filling they share. Pure.
 */

/** Values for `{name}` placeholders; undefined leaves the placeholder as it is. */
export type TemplateValues = Record<string, string | undefined>;

/**
 * Replace `{name}` placeholders in one pass: a value that itself contains `{…}` (a title
 * such as "{purpose}") is never filled again, and an unknown placeholder stays as typed.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  if (typeof template !== 'string') return '';
  return template.replace(/\{([A-Za-z][A-Za-z0-9_-]{0,40})\}/g, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined ? whole : value;
  });
}

/** The placeholders a template uses, in order of first use. */
export function templatePlaceholders(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(/\{([A-Za-z][A-Za-z0-9_-]{0,40})\}/g)) {
    if (m[1] && !names.includes(m[1])) names.push(m[1]);
  }
  return names;
}

/** Collapse whitespace and drop control characters: page text as one tidy line. */
export function oneLine(text: string | undefined | null, max = 200): string {
  if (typeof text !== 'string') return '';
  const tidy = text
    .replace(/[\p{Cc}\u200B-\u200F\u202A-\u202E\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return tidy.length > max ? `${tidy.slice(0, max - 1).trimEnd()}…` : tidy;
}

/**
 * What to call someone in a greeting: the first word of their name, or the part of their
 * e-mail address before the "@" (split on dots), or '' when there is nothing usable.
 */
export function firstName(person: { name?: string; email?: string } | undefined | null): string {
  const name = oneLine(person?.name ?? '', 80);
  if (name && !name.includes('@')) {
    // "Lopez, Ana" (Outlook's Last, First) → Ana
    const comma = name.split(',');
    const given = comma.length === 2 && comma[1]!.trim() ? comma[1]!.trim() : name;
    return given.split(' ')[0] ?? '';
  }
  const email = (person?.email ?? (name.includes('@') ? name : '')).trim();
  const local = email.split('@')[0] ?? '';
  const part = local.split(/[._+-]/)[0] ?? '';
  if (!/^\p{L}{2,}$/u.test(part)) return '';
  return part.charAt(0).toUpperCase() + part.slice(1);
}

export interface AgendaInput {
  title?: string;
}

/** The agenda template, with `{title}` filled when the template uses it. */
export function agendaText(template: string, meeting: AgendaInput = {}): string {
  return fillTemplate(template, { title: oneLine(meeting.title) || 'this meeting' }).replace(/\s+$/, '');
}

export interface OrganizerNoteInput {
  title: string;
  organizer?: { name?: string; email?: string } | null;
  /** The meeting's time as the person reads it, e.g. "Tuesday, November 24 at 10:00 AM". */
  when?: string;
}

/**
 * The short note asking the organizer for an agenda. `{organizer}` is their first name
 * (or "there": "Hi there,"), `{title}` the event title on one line, `{when}` its time.
 */
export function organizerNote(template: string, input: OrganizerNoteInput): string {
  return fillTemplate(template, {
    organizer: firstName(input.organizer) || 'there',
    title: oneLine(input.title) || 'the meeting',
    when: input.when ? oneLine(input.when) : undefined,
  }).trim();
}
