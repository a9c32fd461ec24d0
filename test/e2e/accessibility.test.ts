/**
 * Accessibility in the built extension: axe (axe-core, through @axe-core/playwright) on the
 * popup, the options page, the calendar panel and the chat prompt, in light and dark, with no
 * serious or critical violation; and the keyboard-only paths through the calendar panel and
 * the chat prompt.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE, fixture, fixtureReady, GOOGLE_EDITOR, OUTLOOK_COMPOSE } from './calendar-helpers';
import { CHAT_SITES, draftText, openChat, prompt, sent } from './chat-support';
import { type ExtensionSession, launchExtension, waitFor } from './harness';
import { useStatsSettings, weekCalendar } from './stats-calendar';

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
const slack = CHAT_SITES.find((site) => site.name === 'slack')!;
const PROMPT_HOST = '[data-eventually="chat-prompt"]';
const TITLE = '#xTiIn';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://calendar.google.com',
  });
  await useStatsSettings(session, { weeklyMeetingBudgetHours: 5, quietAfterSendAnyway: 0 });
  // A connected calendar, so the popup draws its charts and the budget bar.
  const options = await session.openOptions();
  await options
    .getByLabel('Import an .ics file')
    .setInputFiles({ name: 'team.ics', mimeType: 'text/calendar', buffer: Buffer.from(weekCalendar()) });
  await options.getByText('Imported “team.ics”.').waitFor();
  await options.close();
});
afterAll(async () => {
  await session?.close();
});

/** Serious and critical violations, one line each (rule, impact, where, what axe says). */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} (${violation.impact}) at ${JSON.stringify(node.target)}: ${node.failureSummary}`,
      ),
    );
}

async function openEditor(scheme: Scheme): Promise<Page> {
  const page = await session.open(GOOGLE_EDITOR);
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await fixtureReady(page);
  await page.locator(`${BADGE} .ev-badge`).waitFor();
  return page;
}

describe('axe finds no serious or critical violation', () => {
  it('looks inside our shadow roots (a seeded violation in the panel is found)', async () => {
    const page = await openEditor('light');
    await page.locator(`${BADGE} .ev-badge`).click();
    await page.locator(`${BADGE} .ev-panel`).waitFor();
    await page.evaluate((selector) => {
      const root = document.querySelector(selector)!.shadowRoot!;
      const seeded = document.createElement('button');
      seeded.id = 'ev-seeded';
      seeded.className = 'ev-btn';
      root.querySelector('.ev-panel')!.append(seeded);
    }, BADGE);
    const found = await seriousViolations(page, BADGE);
    expect(found.some((line) => line.startsWith('button-name') && line.includes('#ev-seeded'))).toBe(true);
    await page.close();
  });

  for (const scheme of SCHEMES) {
    it(`the popup, ${scheme}`, async () => {
      const popup = await session.openPopup();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByRole('region', { name: 'Meeting budget' }).waitFor();
      await popup.getByRole('region', { name: 'Meeting hours per day' }).waitFor();
      expect(await seriousViolations(popup)).toEqual([]);
      await session.screenshot(popup, `a11y-popup-${scheme}`);
      await popup.close();
    });

    it(`the options page, ${scheme}`, async () => {
      const options = await session.openOptions();
      await options.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(options)).toEqual([]);
      await options.close();
    });

    it(`the calendar badge and panel (summary, async document, note to the organizer), ${scheme}`, async () => {
      const page = await openEditor(scheme);
      expect(await seriousViolations(page, BADGE)).toEqual([]);
      await page.locator(`${BADGE} .ev-badge`).click();
      const panel = page.getByRole('dialog', { name: 'Could this be written instead?' });
      await panel.waitFor();
      await panel.getByRole('button', { name: '2 more reasons' }).click();
      expect(await seriousViolations(page, BADGE)).toEqual([]);
      await session.screenshot(page, `a11y-calendar-panel-${scheme}`);
      await panel.getByRole('button', { name: 'Write it async instead' }).click();
      await page.getByRole('dialog', { name: 'Write it async instead' }).waitFor();
      expect(await seriousViolations(page, BADGE)).toEqual([]);
      await page.getByRole('button', { name: '← Back' }).click();
      // A status line (its colour too): the agenda goes into the description.
      await panel.getByRole('button', { name: 'Add an agenda' }).click();
      await page.locator(`${BADGE} .ev-status[data-tone=ok]`).waitFor();
      expect(await seriousViolations(page, BADGE)).toEqual([]);
      await page.close();
    });

    it(`the chat prompt and its menu, ${scheme}`, async () => {
      const { page, frame } = await openChat(session, slack);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      // Slack's own dark theme: the prompt follows what the page paints, not the system.
      if (scheme === 'dark')
        await page.addStyleTag({
          content: 'main, main * { background-color: #1a1d21 !important; color: #d1d2d3 !important; }',
        });
      await frame.locator(slack.editor).click();
      await page.keyboard.type('hi');
      await page.keyboard.press('Enter');
      await prompt(frame).waitFor();
      expect(await prompt(frame).getAttribute('class')).toContain(`ev-${scheme}`);
      expect(await seriousViolations(page, PROMPT_HOST)).toEqual([]);
      await prompt(frame).getByRole('button', { name: 'More options' }).click();
      await prompt(frame).getByRole('menu').waitFor();
      expect(await seriousViolations(page, PROMPT_HOST)).toEqual([]);
      await session.screenshot(page, `a11y-chat-prompt-${scheme}`);
      await page.close();
    });
  }
});

/** What the keyboard is on, through our open shadow roots: `#id` for a field, else `tag:name`. */
const focused = (page: Page | Frame) =>
  page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '';
    if (active.matches('input, textarea')) return `#${active.id}`;
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 60) ?? '';
    return `${active.tagName.toLowerCase()}:${name}`;
  });

describe('keyboard only', () => {
  it('the calendar panel: Tab from the title to the badge, Enter, Tab to “Add an agenda”, Escape back to the title', async () => {
    const page = await openEditor('light');
    await page.focus(TITLE);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^button:Eventually: .* Show details$/);
    await session.screenshot(page, 'a11y-calendar-badge-focused');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Eventually meeting check Could this be written instead?' });
    await panel.waitFor();
    expect(await focused(page)).toBe('h2:Could this be written instead?');
    // Tab goes through the panel in reading order.
    const order: string[] = [];
    for (let i = 0; i < 6 && order.at(-1) !== 'button:Add an agenda'; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    expect(order).toEqual(['button:2 more reasons', 'button:Write it async instead', 'button:Add an agenda']);
    await session.screenshot(page, 'a11y-calendar-panel-focused');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Agenda added' }).waitFor();
    expect(await fixture(page, 'getDescription')).toContain('Purpose:');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe(TITLE);

    // Nothing holds the keyboard: Tab on past the panel's last button leaves it, and it closes.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator(`${BADGE} .ev-panel`).waitFor();
    await waitFor(async () => {
      await page.keyboard.press('Tab');
      return !(await page.locator(`${BADGE} .ev-panel`).count());
    }, 'Tab to leave the panel');
    expect(await page.evaluate((badge) => document.activeElement !== document.querySelector(badge), BADGE)).toBe(true);
    await page.close();
  });

  it('the Outlook form: the same path, and Escape goes back to its title field', async () => {
    const page = await session.open(OUTLOOK_COMPOSE);
    await fixtureReady(page);
    await page.locator(`${BADGE} .ev-badge`).waitFor();
    await page.focus('input[placeholder="Add title"]');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^button:Eventually: .* Show details$/);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: /^Eventually meeting check / }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator(`${BADGE} .ev-panel`).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe('Add title');
    await page.close();
  });

  it('the chat prompt: Enter held with the focus kept in the box, Tab to “Add my question”, back in the box', async () => {
    const { page, frame } = await openChat(session, slack);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await frame.locator(slack.editor).click();
    const inBox = () => frame.evaluate((selector) => document.activeElement?.matches(selector) === true, slack.editor);
    await page.keyboard.type('hey');
    await page.keyboard.press('Enter');
    await prompt(frame).waitFor();
    expect(await sent(frame)).toEqual([]);
    expect(await inBox()).toBe(true);
    // Announced politely, the focus left where it was.
    await expect
      .poll(() => prompt(frame).getByRole('status').textContent())
      .toBe(
        'Add your question to this message? They can answer as soon as they see it. Press Tab for the choices, Escape to close.',
      );
    expect(await inBox()).toBe(true);
    expect(await prompt(frame).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');

    await page.keyboard.press('Tab');
    expect(await focused(frame)).toBe('button:Add my question');
    await session.screenshot(page, 'a11y-chat-prompt-focused');
    // Shift+Tab goes back to the box (the prompt stays); Tab returns.
    await page.keyboard.press('Shift+Tab');
    expect(await inBox()).toBe(true);
    expect(await prompt(frame).count()).toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(frame)).toBe('button:Send anyway Enter');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(frame)).toBe('button:Add my question');
    await page.keyboard.press('Enter');
    await prompt(frame).waitFor({ state: 'detached' });
    expect(await inBox()).toBe(true);
    await expect.poll(() => draftText(frame)).toBe('hey\n');
    await page.keyboard.type('is the doc ready?');
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(frame)).toEqual(['hey\nis the doc ready?']);

    // Escape from inside the prompt: closed, the box has the keyboard, the next Enter sends as typed.
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await prompt(frame).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await prompt(frame).waitFor({ state: 'detached' });
    expect(await inBox()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(frame)).toEqual(['hey\nis the doc ready?', 'hi']);
    await page.close();
  });

  /**
   * Tab from the top of the page until the focus comes round to the first stop again: every
   * stop shows a focus ring, and coming round proves nothing holds the keyboard.
   */
  async function tabRound(page: Page): Promise<string[]> {
    const stops: string[] = [];
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ring =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        const name =
          el.getAttribute('aria-label') ??
          (el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '') ??
          '';
        return { name: `${el.tagName.toLowerCase()}:${name || el.textContent?.trim().slice(0, 40) || ''}`, ring };
      });
      if (!stop) continue;
      expect(stop.ring, `no focus ring on ${stop.name}`).toBe(true);
      if (stops[0] === stop.name) return stops;
      stops.push(stop.name);
    }
    throw new Error(`the focus never came round: ${stops.join(' → ')}`);
  }

  it('the popup and the options page: Tab reaches every control, each with a focus ring, and comes round', async () => {
    const popup = await session.openPopup();
    const popupStops = await tabRound(popup);
    expect(popupStops).toEqual(expect.arrayContaining([expect.stringMatching(/^button:Write it async/)]));
    await popup.close();
    const options = await session.openOptions();
    const optionStops = await tabRound(options);
    expect(optionStops.length).toBeGreaterThan(10);
    expect(optionStops).toEqual(expect.arrayContaining(['input:Hours of meetings a week']));
    await options.close();
  });
});
