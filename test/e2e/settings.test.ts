import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, waitFor } from './harness';

let session: ExtensionSession;
beforeEach(async () => {
  session = await launchExtension();
});
afterEach(async () => {
  await session?.close();
});

describe('settings, in the built extension', () => {
  it('writes complete defaults on install', async () => {
    const settings = await session.getStorage<{ hourlyRate: number; sites: Record<string, boolean> }>('settings');
    expect(settings?.hourlyRate).toBe(100);
    expect(settings?.sites.slack).toBe(true);
  });

  it('keeps a changed setting across a reload', async () => {
    const page = await session.openOptions();
    const rate = page.getByLabel('Hourly rate per person');
    await rate.fill('135');
    await page.getByLabel('Currency').fill('EUR');
    await page.getByRole('switch', { name: 'Discord' }).uncheck();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Saved');

    await page.reload();
    await page.getByRole('heading', { name: 'Eventually settings' }).waitFor();
    expect(await page.getByLabel('Hourly rate per person').inputValue()).toBe('135');
    expect(await page.getByLabel('Currency').inputValue()).toBe('EUR');
    expect(await page.getByRole('switch', { name: 'Discord' }).isChecked()).toBe(false);
    const stored = await session.getStorage<{ hourlyRate: number; currency: string }>('settings');
    expect(stored).toMatchObject({ hourlyRate: 135, currency: 'EUR' });
    await session.screenshot(page, 'options');
  });

  it('does not save an invalid value and says why', async () => {
    const page = await session.openOptions();
    await page.getByLabel('Currency').fill('E');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Not saved');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('three-letter currency');
    expect(await session.getStorage<{ currency: string }>('settings')).toMatchObject({ currency: 'USD' });
  });

  it('recovers from an invalid stored value with a notice, keeping the bad value aside', async () => {
    const good = await session.getStorage<Record<string, unknown>>('settings');
    await session.setStorage({ settings: { ...good, hourlyRate: 'a lot', currency: 'CHF' } });

    const page = await session.openOptions();
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('hourlyRate');
    // The valid field survives; the bad one is back to its default; the old value is kept.
    expect(await page.getByLabel('Currency').inputValue()).toBe('CHF');
    expect(await page.getByLabel('Hourly rate per person').inputValue()).toBe('100');
    const kept = await waitFor(
      () => session.getStorage<{ value: { hourlyRate: unknown } }>('settingsQuarantine'),
      'the set-aside value',
    );
    expect(kept.value.hourlyRate).toBe('a lot');
    await session.screenshot(page, 'options-recovered');

    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Eventually settings' }).waitFor();
    expect(await page.getByText('could not be read').count()).toBe(0);
  });

  it('edits each async document template, keeps it, and restores the default', async () => {
    const page = await session.openOptions();
    const labels = {
      asyncDoc: 'Async document: general',
      asyncStatus: 'Async document: status update',
      asyncDecision: 'Async document: decision',
      asyncProposal: 'Async document: proposal / RFC',
      asyncHandover: 'Async document: handover',
    };
    const defaults: Record<string, string> = {};
    for (const [key, label] of Object.entries(labels)) {
      const field = page.getByLabel(label);
      defaults[key] = await field.inputValue();
      expect(defaults[key]).toContain('{deadline}');
      await field.fill(`# Mine: {title} (${key})`);
    }
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Saved');
    const stored = await session.getStorage<{ templates: Record<string, string> }>('settings');
    for (const key of Object.keys(labels)) expect(stored?.templates[key]).toBe(`# Mine: {title} (${key})`);

    await page.reload();
    await page.getByRole('heading', { name: 'Eventually settings' }).waitFor();
    for (const [key, label] of Object.entries(labels)) {
      const field = page.getByLabel(label);
      expect(await field.inputValue()).toBe(`# Mine: {title} (${key})`);
      // Each field's own "Restore the default" sits right after it.
      await field.locator('xpath=following-sibling::button[1]').click();
      expect(await field.inputValue()).toBe(defaults[key]);
    }
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Saved');
    const restored = await session.getStorage<{ templates: Record<string, string> }>('settings');
    for (const key of Object.keys(labels)) expect(restored?.templates[key]).toBe(defaults[key]);
  });

  it('survives storage that is not an object at all', async () => {
    await session.setStorage({ settings: 'garbage' });
    const page = await session.openOptions();
    await page.getByText('could not be read').waitFor();
    expect(await page.getByLabel('Hourly rate per person').inputValue()).toBe('100');
  });
});

describe('popup', () => {
  it('shows the first-run state that leads to adding a calendar', async () => {
    const page = await session.openPopup();
    await page.getByRole('button', { name: 'Add a calendar' }).waitFor();
    await session.screenshot(page, 'popup-first-run');
    const [options] = await Promise.all([
      session.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Add a calendar' }).click(),
    ]);
    await options.waitForURL(/options\.html#feeds$/);
  });
});

describe('messages between the parts of the extension', () => {
  it('refuses a malformed message and does not act on it', async () => {
    const page = await session.openOptions();
    const replies = await page.evaluate(async () => {
      const send = (message: unknown) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage(message);
      return {
        unknownKind: await send({ type: 'activity/record', kind: 'exploded', site: 'slack', at: Date.now() }),
        unknownType: await send({ type: 'settings/wipe' }),
        notAnObject: await send('activity/record'),
        wellFormed: await send({ type: 'activity/record', kind: 'prompt-shown', site: 'slack', at: Date.now() }),
      };
    });
    expect(replies.unknownKind).toMatchObject({
      ok: false,
      error: expect.stringContaining('Refused a malformed message'),
    });
    expect(replies.unknownType).toMatchObject({ ok: false });
    expect(replies.notAnObject).toMatchObject({ ok: false });
    expect(replies.wellFormed).toMatchObject({ ok: true });
    // Only the well-formed message was counted.
    const activity = await session.getStorage<Record<string, { counts: Record<string, number> }>>('activity');
    const weeks = Object.values(activity ?? {});
    expect(weeks.reduce((sum, week) => sum + Object.values(week.counts).reduce((a, b) => a + b, 0), 0)).toBe(1);
    expect(weeks[0]?.counts['prompt-shown']).toBe(1);
  });
});
