import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BADGE,
  eventKinds,
  fixture,
  fixtureReady,
  installTiming,
  median,
  OUTLOOK_COMPOSE,
  OUTLOOK_WEEK,
  timeToBadge,
} from './calendar-helpers';
import { type ExtensionSession, launchExtension, waitFor } from './harness';

const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Budget';
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://outlook.office.com',
  });
  await installTiming(session, 'input[placeholder="Add title"]');
});
afterAll(async () => {
  await session?.close();
});

async function openCompose(query = '') {
  const page = await session.open(`${OUTLOOK_COMPOSE}${query}`);
  await fixtureReady(page);
  await page.locator(`${BADGE} .ev-badge`).waitFor();
  return page;
}

type Events = { index: number; title: string }[];
const indexOf = async (page: Awaited<ReturnType<typeof openCompose>>, title: string) =>
  (await page.evaluate(() => (window as unknown as { __fixture: { events: Events } }).__fixture.events)).find(
    (e) => e.title === title,
  )!.index;

describe('Outlook: the new-event form', () => {
  it('shows the badge after the title and opens the panel', async () => {
    const page = await openCompose();
    const timing = await page.evaluate(
      () => (window as unknown as { __timing: { landmark: number; badge: number; longTasks: number[] } }).__timing,
    );
    console.log(
      `compose → badge: ${(timing.badge - timing.landmark).toFixed(1)} ms; long tasks on the page: ${JSON.stringify(timing.longTasks)}`,
    );
    expect(
      await page.evaluate(() => document.querySelector('input[placeholder="Add title"]')!.nextElementSibling?.tagName),
    ).toBe('EVENTUALLY-UI');
    const badge = page.locator(`${BADGE} .ev-badge`);
    // Six people for 90 minutes, weekly with no end, and no agenda: the badge names it.
    expect(await badge.textContent()).toBe('No agenda · go async?');
    await badge.click();
    const panel = page.getByRole('dialog', { name: 'Could this be written instead?' });
    await panel.waitFor();
    expect(await panel.getByRole('group', { name: 'Cost' }).textContent()).toContain('1 h 30 min × 6 people × $100/h');
    await session.screenshot(page, 'calendar-outlook-compose');
    await page.close();
  });

  it('“Add an agenda” really changes the body editor', async () => {
    const page = await openCompose('?teams=0');
    await page.locator(`${BADGE} .ev-badge`).click();
    await page.getByRole('button', { name: 'Add an agenda' }).click();
    await page.getByRole('status').filter({ hasText: 'Agenda added' }).waitFor();
    const body = (await fixture(page, 'getBody')) as string;
    expect(body).toContain('Purpose: (the decision or outcome we need from this meeting)');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const sent = await page.evaluate(
      () => (window as unknown as { __fixture: { sent: { body: string } } }).__fixture.sent,
    );
    expect(sent.body).toContain('Agenda:');
    await page.close();
  });

  it('keeps the badge when the app re-renders the form', async () => {
    const page = await openCompose();
    await fixture(page, 'rerender');
    await page.waitForFunction(
      () => document.querySelector('input[placeholder="Add title"]')?.nextElementSibling?.tagName === 'EVENTUALLY-UI',
    );
    expect(await page.locator(BADGE).count()).toBe(1);
    await page.close();
  });
});

describe('Outlook: the event peek', () => {
  it('badges each peek with that event’s verdict', async () => {
    const page = await session.open(OUTLOOK_WEEK);
    await fixtureReady(page);
    const samples: number[] = [];
    const verdicts: Record<string, string> = {};
    const events = await page.evaluate(() => (window as unknown as { __fixture: { events: Events } }).__fixture.events);
    for (const event of events) {
      await page.waitForTimeout(250); // a person's pace
      samples.push(await timeToBadge(page, 'openEvent', [event.index], '[role=dialog]'));
      verdicts[event.title] = (await page.locator(`[role=dialog] ${BADGE} .ev-badge`).textContent()) ?? '';
      expect(await page.locator(BADGE).count()).toBe(1);
      expect(await page.locator(`[role=dialog] ${BADGE}`).getAttribute('data-eventually-key')).toMatch(/^outlook:/);
    }
    console.log(
      `peek → badge: median ${median(samples).toFixed(1)} ms (n=${samples.length}), max ${Math.max(...samples).toFixed(1)} ms`,
    );
    expect(median(samples)).toBeLessThan(100);
    expect(verdicts['Quarterly business review']).toBe('Looks fine');
    expect(verdicts['Focus time']).toBe('Looks fine');
    expect(verdicts['Weekly status sync']).toBe('Consider going async');
    expect(verdicts['All-hands']).toBe('No agenda · go async?');

    await fixture(page, 'openEvent', await indexOf(page, 'Weekly status sync'));
    await page.locator(`[role=dialog] ${BADGE} .ev-badge`).click();
    await page.getByRole('button', { name: 'Ask for an agenda' }).click();
    const note = await page.getByLabel('Note to the organizer').inputValue();
    expect(note.startsWith('Hi Ana,')).toBe(true);
    await page.getByRole('button', { name: 'Copy note' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied. Send it to Ana' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(note);
    // The peek stays open while the person works in our panel.
    expect(await page.locator('[role=dialog][aria-label="Weekly status sync"]').count()).toBe(1);
    const key = await page.locator(`[role=dialog] ${BADGE}`).getAttribute('data-eventually-key');
    await waitFor(
      async () => (await eventKinds(session, key!)).includes('asked-organizer'),
      'asked-organizer in the activity log',
    );
    await page.close();
  });

  it('shows the hostile event as text, and nothing in it runs', async () => {
    const page = await session.open(OUTLOOK_WEEK);
    await fixtureReady(page);
    await fixture(page, 'openEvent', await indexOf(page, HOSTILE_TITLE));
    await page.locator(`[role=dialog] ${BADGE} .ev-badge`).click();
    expect(await page.locator('.ev-event').textContent()).toBe(HOSTILE_TITLE);
    await page.getByRole('button', { name: 'Write it async instead' }).click();
    expect(await page.getByLabel('Document (Markdown)').inputValue()).toContain('\\<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const statuses = await session.getStorage<Record<string, { status: string }>>('siteStatus');
    expect(statuses?.outlook?.status).toBe('ok');
    await page.close();
  });
});
