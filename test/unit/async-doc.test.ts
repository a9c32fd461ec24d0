import { describe, expect, it } from 'vitest';
import {
  asksList,
  asyncDocFileName,
  buildAsyncDoc,
  escapeHtml,
  escapeMarkdown,
  formatDeadline,
  markdownToHtml,
  markdownToPlainText,
  splitDescription,
} from '../../lib/meeting/async-doc';
import { DEFAULT_TEMPLATES } from '../../lib/settings';

const HOSTILE = '<img src=x onerror="window.__pwned=1">Budget';
const start = new Date('2026-11-24T15:00:00Z');
const end = new Date('2026-11-24T16:30:00Z');
const options = { template: DEFAULT_TEMPLATES.asyncDoc, timeZone: 'America/New_York', locale: 'en-US' };

const meeting = {
  title: 'Weekly status sync',
  start,
  end,
  description: [
    'Purpose: agree on the Q1 launch date',
    'Numbers are in the tracker.',
    '',
    'Join with Google Meet: https://meet.google.com/abc-defg-hij',
  ].join('\n'),
  attendees: [
    { name: 'Ana Lopez', email: 'ana@example.com', organizer: true },
    { name: 'Ben Okafor', email: 'ben@example.com' },
    { email: 'chen@example.com' },
    { name: 'Dara Novak', email: 'dara@example.com', responseStatus: 'declined' },
    { name: 'Room 4', email: 'room4@resource.example.com', resource: true },
  ],
  organizer: { name: 'Ana Lopez', email: 'ana@example.com' },
  cost: { minutes: 90, attendees: 4, personHours: 6 },
};

describe('buildAsyncDoc', () => {
  it('fills every section from the meeting', () => {
    const doc = buildAsyncDoc(meeting, options);
    expect(doc).toContain('# Weekly status sync');
    expect(doc).toContain('## Purpose\nagree on the Q1 launch date');
    expect(doc).toContain('Numbers are in the tracker.');
    expect(doc).not.toContain('meet.google.com');
    expect(doc).toContain(
      'This replaces a 1 h 30 min meeting with 4 people (6 person-hours), planned for Tuesday, November 24, 2026 at 10:00 AM.',
    );
    expect(doc).toContain('- Ben Okafor: (what you need from Ben)');
    expect(doc).toContain('- chen@example.com: (what you need from Chen)');
    expect(doc).not.toContain('Ana Lopez:');
    expect(doc).not.toContain('Dara');
    expect(doc).not.toContain('Room 4');
    expect(doc).toContain('Please answer by Tuesday, November 24, 2026 at 10:00 AM.');
    expect(doc).toContain('## Where to answer');
    expect(doc.endsWith('\n')).toBe(true);
  });

  it('offers prompts when the meeting says little', () => {
    const doc = buildAsyncDoc({ title: '', attendees: [] }, options);
    expect(doc).toContain('# Untitled meeting');
    expect(doc).toContain('(In one or two sentences: what should be decided or learned?)');
    expect(doc).toContain('(What the reader needs to know');
    expect(doc).toContain('- (Who): (what you need from them');
    expect(doc).toContain('Please answer by (a date and time).');
  });

  it('names at most ten people and groups the rest', () => {
    const attendees = Array.from({ length: 14 }, (_, i) => ({ name: `Person ${i}`, email: `p${i}@example.com` }));
    const list = asksList({ title: 'x', attendees });
    expect(list.split('\n')).toHaveLength(11);
    expect(list).toContain('Everyone else (4 more)');
  });

  it('escapes a hostile title and description in Markdown', () => {
    const doc = buildAsyncDoc(
      { ...meeting, title: HOSTILE, description: '<script>window.__pwned=2</script> Agenda: [x](javascript:alert(1))' },
      options,
    );
    expect(doc).toContain('# \\<img src=x onerror="window.\\_\\_pwned=1"\\>Budget');
    expect(doc).not.toMatch(/(^|[^\\])<img/);
    expect(doc).not.toMatch(/(^|[^\\])<script/);
    expect(doc).toContain('\\[x\\](javascript:alert(1))');
  });

  it('does not fill placeholders that come from the page', () => {
    const doc = buildAsyncDoc({ ...meeting, title: 'Plan {purpose} and {deadline}' }, options);
    expect(doc).toContain('# Plan {purpose} and {deadline}');
  });

  it('uses the person’s own template', () => {
    const doc = buildAsyncDoc(meeting, { ...options, template: 'Re: {title} — due {deadline} — {unknown}' });
    expect(doc).toBe('Re: Weekly status sync — due Tuesday, November 24, 2026 at 10:00 AM — {unknown}\n');
  });
});

describe('markdownToHtml', () => {
  it('renders headings, lists, paragraphs and emphasis', () => {
    const html = markdownToHtml('# Title\n\n## Options\n1. One\n2. \n\n- a\n- **b**\n\nLine one\nline _two_');
    expect(html).toBe(
      [
        '<h1>Title</h1>',
        '<h2>Options</h2>',
        '<ol>',
        '<li>One</li>',
        '<li></li>',
        '</ol>',
        '<ul>',
        '<li>a</li>',
        '<li><strong>b</strong></li>',
        '</ul>',
        '<p>Line one<br>line <em>two</em></p>',
      ].join('\n'),
    );
  });

  it('shows a hostile title as text, never as markup', () => {
    const doc = buildAsyncDoc({ ...meeting, title: HOSTILE }, options);
    const html = markdownToHtml(doc);
    expect(html).toContain('<h1>&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;Budget</h1>');
    expect(html).not.toMatch(/<img|<script|javascript:<|href=/);
  });

  it('keeps raw HTML typed into the document as text', () => {
    expect(markdownToHtml('<b onmouseover="x()">Room</b> & co')).toBe(
      '<p>&lt;b onmouseover=&quot;x()&quot;&gt;Room&lt;/b&gt; &amp; co</p>',
    );
  });

  it('turns back escapes into plain text', () => {
    expect(markdownToPlainText(escapeMarkdown(HOSTILE))).toBe(HOSTILE);
  });
});

describe('helpers', () => {
  it('escapes HTML and Markdown', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeMarkdown('# not a heading\n> not a quote *or* _em_ `code` [link]')).toBe(
      '\\# not a heading\n\\> not a quote \\*or\\* \\_em\\_ \\`code\\` \\[link\\]',
    );
  });

  it('names the file after the title', () => {
    expect(asyncDocFileName('Weekly status sync')).toBe('weekly-status-sync-async.md');
    expect(asyncDocFileName('Café: Q4 / Plan?')).toBe('cafe-q4-plan-async.md');
    expect(asyncDocFileName(HOSTILE)).toBe('img-src-x-onerror-window-pwned-1-budget-async.md');
    expect(asyncDocFileName('')).toBe('meeting-async.md');
  });

  it('formats the deadline in the zone, and gives up quietly', () => {
    expect(formatDeadline(start, { timeZone: 'Europe/Berlin', locale: 'en-GB' })).toMatch(
      /^Tuesday,? 24 November 2026 at 16:00$/,
    );
    expect(formatDeadline(null)).toBe('');
    expect(formatDeadline(new Date(Number.NaN))).toBe('');
    expect(formatDeadline(start, { timeZone: 'Bad/Zone', locale: 'xx-invalid-locale-!' })).not.toBe('');
  });

  it('takes the purpose line out of the description', () => {
    expect(splitDescription('Goal: decide X\n\nBackground here')).toEqual({
      purpose: 'decide X',
      context: ['Background here'],
    });
    expect(splitDescription('Purpose: (the decision or outcome we need)')).toEqual({
      purpose: '',
      context: ['Purpose: (the decision or outcome we need)'],
    });
  });
});
