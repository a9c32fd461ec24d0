import { describe, expect, it } from 'vitest';
import { detectAgenda, htmlToText } from '../../lib/meeting/agenda';
import { DEFAULT_TEMPLATES } from '../../lib/settings';

const has = (text: string) => detectAgenda(text).hasAgenda;
const reasonsOf = (text: string) => detectAgenda(text).reasons;

describe('detectAgenda: headings', () => {
  it.each([
    ['Agenda:\n- Roadmap review\n- Hiring', 'Has an ‘Agenda’ heading.'],
    ['AGENDA\nRoadmap review and hiring', 'Has an ‘AGENDA’ heading.'],
    ['## Agenda\nRoadmap review', 'Has an ‘Agenda’ heading.'],
    ['**Agenda:** roadmap review, hiring', 'Has an ‘Agenda’ heading.'],
    ['Goals: ship the billing migration plan', 'Has a ‘Goals’ heading.'],
    ['Objectives\nAgree the Q3 OKRs', 'Has an ‘Objectives’ heading.'],
    ['Purpose: align on the Q3 OKRs', 'Has a ‘Purpose’ heading.'],
    ['Topics for today:\nPricing page copy', 'Has a ‘Topics’ heading.'],
    ['Open questions:\nWho owns the rollout?', 'Has an ‘Open questions’ heading.'],
    ['Desired outcome: a signed-off launch date', 'Has a ‘Desired outcome’ heading.'],
    ['Decisions needed:\nVendor for payroll', 'Has a ‘Decisions needed’ heading.'],
    ['Pre-read: the pricing memo in the shared drive', 'Has a ‘Pre-read’ heading.'],
    ['Discussion points\nCustomer churn in EMEA', 'Has a ‘Discussion points’ heading.'],
    ['Action items:\nFollow up with legal on the DPA', 'Has an ‘Action items’ heading.'],
    ['Meeting agenda - budget and hiring', 'Has a ‘Meeting agenda’ heading.'],
    ['Outcome: pick one of the two designs', 'Has an ‘Outcome’ heading.'],
  ])('%j', (text, reason) => {
    const result = detectAgenda(text);
    expect(result.hasAgenda).toBe(true);
    expect(result.reasons[0]).toBe(reason);
  });

  it('names several headings in one reason', () => {
    expect(reasonsOf('Goal: pick a payroll vendor\n\nAgenda: compare the three offers')[0]).toBe(
      'Has ‘Goal’ and ‘Agenda’ headings.',
    );
  });

  it('an empty heading is not an agenda, and says so', () => {
    expect(detectAgenda('Agenda:')).toEqual({
      hasAgenda: false,
      reasons: ['The ‘Agenda’ heading has nothing under it yet.'],
    });
    expect(detectAgenda('Agenda: TBD')).toEqual({
      hasAgenda: false,
      reasons: ['The ‘Agenda’ heading has nothing under it yet.'],
    });
    expect(has('Agenda: to follow')).toBe(false);
    expect(has('Agenda\n\nSee you there!')).toBe(false);
    expect(has('Topics: ...')).toBe(false);
    expect(has('Goals: [add goals]')).toBe(false);
  });

  it('the unfilled agenda template is not an agenda', () => {
    expect(detectAgenda(DEFAULT_TEMPLATES.agenda)).toEqual({
      hasAgenda: false,
      reasons: ['The agenda template isn’t filled in yet.'],
    });
  });

  it('the filled template is', () => {
    const filled = DEFAULT_TEMPLATES.agenda
      .replace('(the decision or outcome we need from this meeting)', 'choose the payroll vendor')
      .replace('1. ', '1. Compare the three offers')
      .replace('2. ', '2. Hear from finance');
    const result = detectAgenda(filled);
    expect(result.hasAgenda).toBe(true);
    expect(result.reasons).toContain('Lists 2 topics.');
  });

  it('“Notes” is not an agenda heading', () => {
    expect(has('Notes')).toBe(false);
    expect(has('Notes: https://docs.google.com/document/d/1abc')).toBe(false);
    expect(has('Meeting notes will be shared afterwards.')).toBe(false);
  });

  it('a heading word inside a sentence is not a heading', () => {
    expect(has('The topics we covered last time were great, thanks all.')).toBe(false);
    expect(has('Questions? Email me at bob@example.com')).toBe(false);
    expect(has('But I think we should meet anyway')).toBe(false);
  });
});

describe('detectAgenda: topic lists', () => {
  it.each([
    ['- Roadmap review\n- Hiring plan', 2],
    ['* Roadmap review\n* Hiring plan\n* Budget', 3],
    ['• Roadmap review\n• Hiring plan', 2],
    ['1. Roadmap review\n2. Hiring plan', 2],
    ['1) Roadmap review\n2) Hiring plan', 2],
    ['a) Roadmap review\nb) Hiring plan', 2],
    ['- 10:00 Intro and context\n- 10:15 Budget options\n- 10:40 Decision', 3],
    ['- [ ] Roadmap review\n- [x] Hiring plan', 2],
  ])('%j lists %i topics', (text, n) => {
    expect(detectAgenda(text)).toEqual({ hasAgenda: true, reasons: [`Lists ${n} topics.`] });
  });

  it('one bullet is not a list', () => {
    expect(has('- Roadmap')).toBe(false);
  });

  it('empty bullets, links and phone numbers are not topics', () => {
    expect(has('1.\n2.\n3.')).toBe(false);
    expect(has('- https://example.com/a\n- https://example.com/b')).toBe(false);
    expect(has('• +1 646 558 8656 US (New York)\n• +1 301 715 8592 US (Washington DC)')).toBe(false);
  });

  it('lists of people or logistics are not topics', () => {
    expect(has('Attendees:\n- Alice\n- Bob\n- Carol')).toBe(false);
    expect(has('Participants\n- Alice Martin\n- Bob Stone')).toBe(false);
    expect(has('- When: Tuesday 10:00\n- Where: Room 4.2')).toBe(false);
  });

  it('a list after a people list still counts', () => {
    expect(has('Attendees:\n- Alice\n- Bob\n\nWe will cover:\n- Pricing page copy\n- Launch email')).toBe(true);
  });

  it('numbers that are not list markers are not topics', () => {
    expect(has('3.5 hours blocked\n2024 recap')).toBe(false);
  });
});

describe('detectAgenda: HTML descriptions', () => {
  it('converts Google Calendar HTML', () => {
    const html =
      '<p>Hi team,</p><p><b>Agenda</b></p><ul><li>Roadmap&nbsp;review</li><li>Hiring &amp; budget</li></ul><p>See you there!</p>';
    expect(detectAgenda(html)).toEqual({ hasAgenda: true, reasons: ['Has an ‘Agenda’ heading.', 'Lists 2 topics.'] });
  });

  it('line breaks from <br> and lists from <ol>', () => {
    expect(htmlToText('Agenda:<br>1. Budget<br>2. Hiring')).toBe('Agenda:\n1. Budget\n2. Hiring');
    expect(htmlToText('<ol><li>Budget</li><li>Hiring</li></ol>')).toBe('• Budget\n• Hiring\n');
    expect(htmlToText('<p>Hello</p><p>World</p>')).toBe('Hello\nWorld\n');
  });

  it('decodes entities, drops scripts and styles and comments', () => {
    expect(htmlToText('a&nbsp;&amp;&lt;b&gt;&#39;&#x263A;&eacute;')).toBe("a &<b>'☺é");
    expect(htmlToText('<style>p{color:red}</style><script>alert(1)</script><!-- x -->Hi')).toBe('Hi');
  });

  it('keeps the address of a named link', () => {
    expect(htmlToText('<a href="https://docs.google.com/d/1">Agenda doc</a>')).toBe(
      'Agenda doc <https://docs.google.com/d/1>',
    );
    expect(htmlToText('<a href="https://x.test/a">https://x.test/a</a>')).toBe('https://x.test/a');
  });

  it('leaves text that only looks like a tag alone', () => {
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText('Click here<https://teams.microsoft.com/l/x>')).toBe(
      'Click here<https://teams.microsoft.com/l/x>',
    );
  });

  it('an empty rich-text body is empty', () => {
    expect(detectAgenda('<p><br></p>')).toEqual({ hasAgenda: false, reasons: ['The description is empty.'] });
    expect(detectAgenda('&nbsp;')).toEqual({ hasAgenda: false, reasons: ['The description is empty.'] });
  });
});

describe('detectAgenda: purpose and decision sentences', () => {
  it.each([
    ['The goal of this meeting is to agree on the launch date.', 'States a purpose.'],
    ['The purpose of this call is to walk through the incident.', 'States a purpose.'],
    ["By the end we'll have a signed-off launch date.", 'States a purpose.'],
    ["I'd like to review the vendor shortlist with you.", 'States a purpose.'],
    ['This meeting is to kick off the data platform project.', 'States a purpose.'],
    ['We need to decide whether to migrate to Postgres.', 'Names a decision to make.'],
    ['Decide which vendor handles payroll from January.', 'Names a decision to make.'],
    ['Decision needed on the pricing tiers.', 'Names a decision to make.'],
    ['Should we move the launch to May?', 'Asks a question to settle.'],
    ['Which analytics tool should we standardise on?', 'Asks a question to settle.'],
    ['Review the Q3 hiring plan', 'Says what it will cover.'],
    ["Let's go through the churn numbers for EMEA", 'Says what it will cover.'],
  ])('%j', (text, reason) => {
    const result = detectAgenda(text);
    expect(result.hasAgenda).toBe(true);
    expect(result.reasons).toContain(reason);
  });

  it('a decision verb with nothing to decide is not enough', () => {
    expect(has('We need to decide.')).toBe(false);
    expect(has('Discuss the project')).toBe(false);
    expect(has('Let’s discuss next steps')).toBe(false);
    expect(has('Can you make it?')).toBe(false);
  });
});

describe('detectAgenda: links named as agenda or pre-read', () => {
  it.each([
    ['Agenda: https://docs.google.com/document/d/1abc/edit', 'Links the agenda.'],
    ['Agenda doc: https://docs.google.com/document/d/1abc/edit', 'Links the agenda.'],
    ['Agenda\nhttps://www.notion.so/acme/Agenda-123', 'Links the agenda.'],
    ['pre-read: https://www.notion.so/acme/Pricing-memo-123', 'Links a pre-read.'],
    ['Please read the memo before: https://acme.atlassian.net/wiki/x', 'Links a pre-read.'],
    ['<a href="https://docs.google.com/document/d/1xyz/edit">Agenda doc</a>', 'Links the agenda.'],
    ['Please see agenda doc.', 'Points to an agenda document.'],
    ['Agenda attached.', 'Points to an agenda document.'],
  ])('%j', (text, reason) => {
    expect(detectAgenda(text)).toEqual({ hasAgenda: true, reasons: [reason] });
  });

  it('a bare link is not an agenda', () => {
    expect(has('https://docs.google.com/document/d/1abc/edit')).toBe(false);
    expect(has('<a href="https://x.test/doc">https://x.test/doc</a>')).toBe(false);
  });
});

describe('detectAgenda: not an agenda', () => {
  it.each([
    "Let's sync",
    'Catch up',
    'Discuss',
    'TBD',
    'See you there!',
    'Quick chat about the project',
    'Weekly team sync. Same as usual.',
    'Hi all,\nLooking forward to catching up next week. Bring your ideas!',
    'Join us for pizza!',
    'Blocked for focus',
    'FYI',
    '1:1',
  ])('%j', (text) => {
    expect(detectAgenda(text)).toEqual({ hasAgenda: false, reasons: ['No topics, goals or questions found.'] });
  });

  it('empty', () => {
    expect(detectAgenda('')).toEqual({ hasAgenda: false, reasons: ['The description is empty.'] });
    expect(detectAgenda('   \n\t ')).toEqual({ hasAgenda: false, reasons: ['The description is empty.'] });
  });

  it('reasons are short sentences', () => {
    for (const text of [
      '',
      'Agenda:\n- a topic here\n- another topic',
      'Let’s sync',
      'The goal of this meeting is to pick a vendor.',
    ]) {
      for (const reason of reasonsOf(text)) {
        expect(reason).toMatch(/^[A-Z‘].*\.$/u);
        expect(reason.length).toBeLessThanOrEqual(60);
      }
    }
  });
});

describe('detectAgenda: real-world shapes', () => {
  it.each([
    "Hey team - let's use this time to review the Q4 roadmap and make sure we're aligned on priorities.",
    'Kickoff for Project Phoenix. We’ll go over scope, timeline, and roles.',
    'Hi Bob,\n\nAs discussed, setting up time to go through the contract redlines.\n\nThanks,\nAlice',
    'Discussing the new onboarding flow designs. Figma: https://figma.com/file/abc',
    '1. Intros\n2. Demo\n3. Q&A',
    'Please review the attached deck before the meeting.',
    '✅ Budget\n✅ Hiring',
    '👉 Budget review\n👉 Hiring plan',
    'Walkthrough of the new billing dashboard',
    'Planning session for the 2026 offsite: venue, dates and budget.',
    'Context: customers keep asking for SSO.\nAsk: agree whether we build or buy.',
    'TL;DR: we need to pick a date for the offsite',
    "Hi team,\n\nIn this session we'll walk through the results of the customer survey and agree on the top three follow-ups.\n\nBest,\nMaya",
    'Hallo zusammen,\nwie besprochen möchte ich mit euch die Ergebnisse der Umfrage durchgehen.\nViele Grüße',
    'Besprechung der neuen Vertriebsstrategie für 2026',
    'Présentation de la nouvelle offre commerciale aux équipes de vente.',
    'Revisar los resultados del Q3 y definir prioridades para Q4.',
    'Presentazione del nuovo piano marketing',
    'Bespreking van de nieuwe huisstijl',
    '来週のリリースについての打ち合わせです。',
    "We'll cover:\nbudget\nhiring\nroadmap",
  ])('agenda: %j', (text) => {
    expect(has(text)).toBe(true);
  });

  it.each([
    'Quarterly business review. Please come prepared with your team’s metrics.',
    'Sprint planning',
    'Following up on our conversation about the pilot.',
    'Moved to Thursday, sorry!',
    'Lunch provided 🍕',
    'Rescheduled from last week',
    'Room booked: 4.12',
    'Dial-in details below',
    'Interview with Jane Doe for the Senior Engineer role.',
    "Let's catch up on the Acme account.",
    'Monthly all-hands. Q&A at the end.',
    'Weekly 1:1',
    'Open floor for questions',
    'Optional',
    'Hi, adding some time for us to chat. Thanks!',
    "Bonjour à tous,\nPoint sur l'avancement du projet et les prochaines étapes.",
  ])('no agenda: %j', (text) => {
    expect(has(text)).toBe(false);
  });

  it('a word that only looks like a heading does not claim an empty heading', () => {
    expect(reasonsOf('Open floor for questions')).toEqual(['No topics, goals or questions found.']);
    expect(reasonsOf('## Meeting goals')).toEqual(['The ‘Meeting goals’ heading has nothing under it yet.']);
  });
});
