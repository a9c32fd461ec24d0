/**
 * The interface in six languages, in the built extension: the browser's language picks the
 * catalog (Chromium's --lang), the setting overrides it in the page, and a right-to-left page
 * gets a mirrored prompt and panel. Screenshots of each go to the screenshot folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../lib/i18n';
import { loadCatalog } from '../catalogs';
import { BADGE, fixtureReady, GOOGLE_EDITOR } from './calendar-helpers';
import { CHAT_SITES, openChat, prompt } from './chat-support';
import { type ExtensionSession, launchExtension } from './harness';

const slack = CHAT_SITES.find((site) => site.name === 'slack')!;
const PROMPT_SENTENCE = '[data-eventually="chat-prompt"] .ev-sentence';

type StoredSettings = { language: string; quietAfterSendAnyway: number };

async function setLanguage(session: ExtensionSession, language: string): Promise<void> {
  const settings = (await session.getStorage<StoredSettings>('settings'))!;
  await session.setStorage({ settings: { ...settings, language, quietAfterSendAnyway: 0 } });
}

async function holdGreeting(session: ExtensionSession, query = '') {
  const { page, frame } = await openChat(session, slack, `${slack.url}${query}`);
  await frame.locator(slack.editor).click();
  await page.keyboard.type('hi');
  await page.keyboard.press('Enter');
  await prompt(frame).waitFor();
  return { page, frame };
}

describe.each(LANGUAGES)('the browser in %s', (language: Language) => {
  let session: ExtensionSession;
  let catalog: Record<string, string>;
  beforeAll(async () => {
    catalog = await loadCatalog(language);
    session = await launchExtension({ lang: language });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the popup in that language', async () => {
    const page = await session.openPopup();
    await page.getByRole('heading', { name: catalog.popup_first_run_heading }).waitFor();
    expect(await page.getByRole('button', { name: catalog.popup_add_calendar }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    await session.screenshot(page, `popup-${language}`);
  });

  it('shows the chat prompt in that language', async () => {
    const { page } = await holdGreeting(session);
    expect(await page.locator(PROMPT_SENTENCE).textContent()).toBe(catalog.chat_greeting_sentence);
    await page.getByRole('button', { name: catalog.chat_greeting_primary }).waitFor();
    await session.screenshot(page, `chat-prompt-${language}`);
  });

  it('shows the calendar badge and panel in that language', async () => {
    const page = await session.open(GOOGLE_EDITOR);
    await fixtureReady(page);
    const badge = page.locator(`${BADGE} .ev-badge`);
    await badge.waitFor();
    await badge.click();
    await page.locator(`${BADGE} .ev-panel`).waitFor();
    expect(await page.locator(`${BADGE} .ev-panel`).textContent()).toContain(catalog.panel_write_async);
    await session.screenshot(page, `calendar-panel-${language}`);
  });
});

describe('the language setting', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ lang: 'en' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('switches the in-page prompt away from the browser’s language, and back', async () => {
    const [english, japanese] = await Promise.all([loadCatalog('en'), loadCatalog('ja')]);
    await setLanguage(session, 'ja');
    const first = await holdGreeting(session);
    expect(await first.page.locator(PROMPT_SENTENCE).textContent()).toBe(japanese.chat_greeting_sentence);
    expect(await first.page.locator('[data-eventually="chat-prompt"] .ev-root').getAttribute('lang')).toBe('ja');
    await session.screenshot(first.page, 'chat-prompt-setting-ja');
    await first.page.close();

    await setLanguage(session, 'auto');
    const again = await holdGreeting(session);
    expect(await again.page.locator(PROMPT_SENTENCE).textContent()).toBe(english.chat_greeting_sentence);
  });

  it('switches the options page at once', async () => {
    const german = await loadCatalog('de');
    const page = await session.openOptions();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await page.getByRole('heading', { level: 1, name: german.options_title }).waitFor();
    await session.screenshot(page, 'options-de');
    await page.getByRole('combobox', { name: german.options_language }).selectOption('auto');
    await page.getByRole('heading', { level: 1, name: 'Eventually settings' }).waitFor();
  });
});

describe('a right-to-left page', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ lang: 'en' });
    await setLanguage(session, 'auto');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('gets a mirrored prompt, aligned to the message box’s right edge', async () => {
    const { page, frame } = await holdGreeting(session, '?dir=rtl');
    const root = page.locator('[data-eventually="chat-prompt"] .ev-root');
    expect(await root.getAttribute('dir')).toBe('rtl');
    const box = (await frame.locator(slack.editor).boundingBox())!;
    const host = (await page.locator('[data-eventually="chat-prompt"]').boundingBox())!;
    // The prompt starts where the box starts: at its right edge.
    expect(Math.abs(host.x + host.width - (box.x + box.width))).toBeLessThan(24);
    // The logo comes first on the right, the close button last on the left.
    const logo = (await page.locator('[data-eventually="chat-prompt"] .ev-logo').boundingBox())!;
    const close = (await page.locator('[data-eventually="chat-prompt"] .ev-tools button').last().boundingBox())!;
    expect(logo.x).toBeGreaterThan(close.x);
    await session.screenshot(page, 'chat-prompt-rtl');
  });

  it('gets a mirrored calendar panel', async () => {
    const page = await session.open(`${GOOGLE_EDITOR}?dir=rtl`);
    await fixtureReady(page);
    const badge = page.locator(`${BADGE} .ev-badge`);
    await badge.waitFor();
    await badge.click();
    const panel = page.locator(`${BADGE} .ev-panel`);
    await panel.waitFor();
    expect(await page.locator(`${BADGE} .ev-root`).getAttribute('dir')).toBe('rtl');
    const badgeBox = (await badge.boundingBox())!;
    const panelBox = (await panel.boundingBox())!;
    // Hung from the badge's right edge (or kept inside the window).
    expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(badgeBox.x + badgeBox.width + 1);
    const brand = (await panel.locator('.ev-brand').boundingBox())!;
    const close = (await panel.locator('.ev-top .ev-icon-btn').boundingBox())!;
    expect(brand.x).toBeGreaterThan(close.x);
    await session.screenshot(page, 'calendar-panel-rtl');
  });
});
