import { describe, expect, it } from 'vitest';
import {
  agendaText,
  fillTemplate,
  firstName,
  oneLine,
  organizerNote,
  templatePlaceholders,
} from '../../lib/meeting/templates';
import { DEFAULT_TEMPLATES } from '../../lib/settings';

describe('fillTemplate', () => {
  it('fills known placeholders once and leaves the rest', () => {
    expect(fillTemplate('Hi {name}, {unknown} {name}', { name: 'Ana' })).toBe('Hi Ana, {unknown} Ana');
    expect(fillTemplate('{a}{b}', { a: '{b}', b: 'B' })).toBe('{b}B');
    expect(fillTemplate('{title}', { title: undefined })).toBe('{title}');
    expect(fillTemplate('{constructor} {__proto__}', {})).toBe('{constructor} {__proto__}');
  });

  it('lists the placeholders a template uses', () => {
    expect(templatePlaceholders(DEFAULT_TEMPLATES.asyncDoc)).toEqual([
      'title',
      'purpose',
      'context',
      'asks',
      'deadline',
    ]);
  });
});

describe('agendaText', () => {
  it('is the person’s template, with the title filled when asked for', () => {
    expect(agendaText(DEFAULT_TEMPLATES.agenda)).toBe(DEFAULT_TEMPLATES.agenda.replace(/\s+$/, ''));
    expect(agendaText('Agenda for {title}:\n1. ', { title: '  Weekly\n sync ' })).toBe('Agenda for Weekly sync:\n1.');
  });
});

describe('organizerNote', () => {
  it('greets the organizer by first name and quotes the title', () => {
    const note = organizerNote(DEFAULT_TEMPLATES.askOrganizer, {
      title: 'Weekly status sync',
      organizer: { name: 'Ana Lopez', email: 'ana@example.com' },
    });
    expect(note.startsWith('Hi Ana,')).toBe(true);
    expect(note).toContain('“Weekly status sync”');
    expect(note.length).toBeLessThan(400);
  });

  it('says "there" when it does not know the organizer', () => {
    expect(organizerNote('Hi {organizer}, {title}', { title: '' })).toBe('Hi there, the meeting');
  });

  it('keeps a hostile title as plain text on one line', () => {
    const note = organizerNote('Hi {organizer}: “{title}”', {
      title: '<img src=x onerror=alert(1)>\nBudget',
      organizer: { email: 'x@example.com' },
    });
    expect(note).toBe('Hi there: “<img src=x onerror=alert(1)> Budget”');
  });
});

describe('names', () => {
  it.each([
    [{ name: 'Ana Lopez' }, 'Ana'],
    [{ name: 'Lopez, Ana' }, 'Ana'],
    [{ email: 'ben.okafor@example.com' }, 'Ben'],
    [{ name: 'chen@example.com' }, 'Chen'],
    [{ email: 'x1@example.com' }, ''],
    [{}, ''],
  ])('first name of %j is %j', (person, expected) => {
    expect(firstName(person)).toBe(expected);
  });

  it('tidies page text onto one line', () => {
    expect(oneLine(' a\n\tb\u202Ec ')).toBe('a b c');
    expect(oneLine('x'.repeat(300), 10)).toBe('xxxxxxxxx…');
  });
});
