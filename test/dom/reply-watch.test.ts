/**
 * The kind-reply watcher with the chip, on the Mattermost fixture page: shown for the other
 * person's greeting that has stood alone, put into the composer on a click (never sent), gone
 * when a reply follows, dismissed for good in that conversation, silent when switched off.
 */
import { readFileSync } from 'node:fs';
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openReplyChip, REPLY_CHIP_COPY, REPLY_CHIP_NAME } from '../../components/chat/ReplyChip';
import { classifyMessage } from '../../lib/chat/classify';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { type ReplyWatch, startReplyWatch } from '../../sites/chat-common/reply-watch';
import { mattermost } from '../../sites/mattermost/adapter';
import { mattermostMessage } from '../fixtures/chat/_shared/message-markup';
import { type FixtureMessage, OTHER } from '../fixtures/chat/_shared/messages';

const build = mattermostMessage('post', 'postView');
let watch: ReplyWatch | null = null;

function message(over: Partial<FixtureMessage> = {}): FixtureMessage {
  return {
    id: 'in0',
    author: OTHER.name,
    text: 'Hi!',
    at: Date.now() - 10 * 60_000,
    mine: false,
    mentionMe: false,
    grouped: false,
    ...over,
  };
}

function setUp(path: string, settings: Settings = structuredClone(DEFAULT_SETTINGS)) {
  history.replaceState(null, '', path);
  const html = readFileSync('test/fixtures/chat/mattermost/index.html', 'utf8');
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  let current = settings;
  const updateSettings = vi.fn(async (change: (s: Settings) => Settings) => {
    current = change(current);
  });
  const list = document.querySelector('#postListContent')!;
  watch = startReplyWatch({
    win: window,
    adapter: () => mattermost,
    settings: () => current,
    classify: (text) => classifyMessage(text).kind,
    now: () => Date.now(),
    updateSettings,
    openChip: (anchor, props) => openReplyChip(anchor, { ...props, theme: 'light' }),
  });
  return { list, updateSettings, settings: () => current };
}

const chip = () => document.querySelector(`[data-eventually="${REPLY_CHIP_NAME}"]`)?.shadowRoot ?? null;
const textarea = () => document.querySelector<HTMLTextAreaElement>('#post_textbox')!;

afterEach(() => {
  watch?.stop();
  watch = null;
});

describe('reply watch', () => {
  it('offers the reply for a DM greeting, and puts it into the composer on a click', async () => {
    const { list } = setUp('/acme/messages/@sam');
    list.append(build(message()));
    watch!.check();
    await waitFor(() => expect(chip()?.querySelector('.ev-use')).toBeTruthy());
    expect(chip()!.textContent).toContain(REPLY_CHIP_COPY['greeting-only'].lead);
    (chip()!.querySelector('.ev-use') as HTMLButtonElement).click();
    await waitFor(() => expect(textarea().value).toBe(DEFAULT_SETTINGS.templates.kindReply));
    expect(chip()).toBeNull();
  });

  it('takes the chip away when a reply follows, and shows nothing in a channel without a mention', async () => {
    const { list } = setUp('/acme/messages/@sam');
    list.append(build(message()));
    watch!.check();
    await waitFor(() => expect(chip()).not.toBeNull());
    list.append(build(message({ id: 'in1', grouped: true, text: 'can you review PR 42 before 3pm?' })));
    await waitFor(() => expect(chip()).toBeNull());

    watch!.stop();
    const channel = setUp('/acme/channels/town-square');
    channel.list.append(build(message()));
    watch!.check();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(chip()).toBeNull();
  });

  it('sees a message arrive inside the list’s last wrapper (virtualized rows), not only as a new child', async () => {
    const { list } = setUp('/acme/messages/@sam');
    const rows = document.createElement('div');
    list.append(rows);
    rows.append(build(message()));
    watch!.check();
    await waitFor(() => expect(chip()).not.toBeNull());
    rows.append(
      build(message({ id: 'in1', grouped: true, text: 'the release notes link is broken, can you fix it?' })),
    );
    await waitFor(() => expect(chip()).toBeNull());
  });

  it('remembers a dismissal for the conversation, and stays silent when switched off or too recent', async () => {
    const { list, updateSettings, settings } = setUp('/acme/messages/@sam');
    list.append(build(message()));
    watch!.check();
    await waitFor(() => expect(chip()).not.toBeNull());
    (chip()!.querySelector('button[aria-label]') as HTMLButtonElement).click();
    expect(chip()).toBeNull();
    expect(updateSettings).toHaveBeenCalledTimes(1);
    expect(settings().kindReply.dismissed).toEqual([`mattermost:${location.host}/acme/@sam`]);

    watch!.stop();
    const off = structuredClone(DEFAULT_SETTINGS);
    off.kindReply.enabled = false;
    setUp('/acme/messages/@sam', off).list.append(build(message()));
    watch!.check();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(chip()).toBeNull();

    watch!.stop();
    setUp('/acme/messages/@sam').list.append(build(message({ at: Date.now() - 30_000 })));
    watch!.check();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(chip()).toBeNull();
  });
});
