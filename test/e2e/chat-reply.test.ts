/**
 * The kind reply to someone else's bare "hi" (issue 13), in Chromium on each chat fixture: the
 * other person's greeting in a DM, sent 10 minutes ago, shows the chip; a click puts the reply
 * into the composer and nothing is sent; the same greeting in a group channel shows nothing.
 * Discord (no "this is mine" marker) and Zulip (no machine-readable time) cannot tell, so they
 * show nothing even in a DM.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../lib/settings';
import { addSelfHostedServer, CHAT_SITES, type ChatSite, draftText, MATTERMOST, openChat, sent } from './chat-support';
import { type ExtensionSession, launchExtension } from './harness';

let session: ExtensionSession;
const SELF_HOSTED = ['https://chat.example.com', 'https://rocket.example.com', 'https://zulip.example.com'] as const;

beforeAll(async () => {
  session = await launchExtension();
  for (const origin of SELF_HOSTED) await session.allowSite(origin);
  await addSelfHostedServer(session, 'https://chat.example.com', 'mattermost');
  await addSelfHostedServer(session, 'https://rocket.example.com', 'rocketchat');
  await addSelfHostedServer(session, 'https://zulip.example.com', 'zulip');
});
afterAll(async () => {
  await session?.close();
});

const site = (name: string): ChatSite => CHAT_SITES.find((s) => s.name === name)!;
const ROCKET: ChatSite = {
  name: 'rocketchat',
  url: 'https://rocket.example.com/channel/general',
  editor: 'textarea[name=msg]',
  send: 'button:has(> .rcx-icon--name-send)',
};
const ZULIP: ChatSite = {
  name: 'zulip',
  url: 'https://zulip.example.com/#narrow/stream/1-general',
  editor: 'textarea#compose-textarea',
  send: 'button#compose-send-button',
};

const GREETING = 'incoming=Hi!&ago=10';

interface Case {
  site: ChatSite;
  dm: string;
  channel: string;
}

const SHOWN: Case[] = [
  {
    site: site('slack'),
    dm: `https://app.slack.com/client/T0001/D0001?${GREETING}`,
    channel: `https://app.slack.com/client/T0001/C0001?${GREETING}`,
  },
  {
    site: site('teams'),
    dm: `https://teams.microsoft.com/v2/?chat=19:sam_robin@unq.gbl.spaces&${GREETING}`,
    channel: `https://teams.microsoft.com/v2/?chat=19:q3planning@thread.v2&${GREETING}`,
  },
  {
    site: site('google-chat'),
    dm: `https://chat.google.com/u/0/app/chat/AAAA1?group=dm/AAAA1&${GREETING}`,
    channel: `https://chat.google.com/u/0/app/chat/AAAA1?group=space/AAAA1&${GREETING}`,
  },
  {
    site: MATTERMOST,
    dm: `https://chat.example.com/acme/messages/@sam?${GREETING}`,
    channel: `https://chat.example.com/acme/channels/town-square?${GREETING}`,
  },
  {
    site: ROCKET,
    dm: `https://rocket.example.com/direct/sam?${GREETING}`,
    channel: `https://rocket.example.com/channel/general?${GREETING}`,
  },
];

const chip = (frame: Frame) => frame.locator('[data-eventually="reply-chip"] .ev-chip');

/** Long enough for the on-demand code to load and look (it shows the chip within this on a DM). */
async function expectNoChip(page: Page, frame: Frame): Promise<void> {
  await page.waitForTimeout(4000);
  expect(await chip(frame).count()).toBe(0);
}

describe.each(SHOWN)('$site.name', ({ site, dm, channel }) => {
  it('offers a kind reply to a bare greeting in a DM; a click fills the composer and sends nothing', async () => {
    const { page, frame } = await openChat(session, site, dm);
    await chip(frame).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(200);
    await session.screenshot(page, `chat-${site.name}-reply-chip`);
    await chip(frame).getByRole('button', { name: /Reply/ }).click();
    await expect.poll(() => draftText(frame)).toBe(DEFAULT_TEMPLATES.kindReply);
    await chip(frame).waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    expect(await sent(frame)).toEqual([]);
    await page.close();
  });

  it('shows nothing for the same greeting in a group channel without a mention', async () => {
    const { page, frame } = await openChat(session, site, channel);
    await expectNoChip(page, frame);
    await page.close();
  });
});

describe('a group channel', () => {
  it.each([
    { site: site('slack'), url: `https://app.slack.com/client/T0001/C0001?${GREETING}&mention=1` },
    { site: MATTERMOST, url: `https://chat.example.com/acme/channels/town-square?${GREETING}&mention=1` },
  ])('$site.name offers it when the greeting mentions me', async ({ site, url }) => {
    const { page, frame } = await openChat(session, site, url);
    await chip(frame).waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('shows nothing once my own reply follows the greeting', async () => {
    const { page, frame } = await openChat(
      session,
      MATTERMOST,
      `https://chat.example.com/acme/messages/@sam?${GREETING}&mine=1`,
    );
    await expectNoChip(page, frame);
    await page.close();
  });
});

describe('sites that cannot tell', () => {
  it.each([
    { site: site('discord'), url: `https://discord.com/channels/@me/222?${GREETING}` },
    { site: ZULIP, url: `https://zulip.example.com/?${GREETING}#narrow/dm/8,9-sam` },
  ])('$site.name shows nothing, even in a DM', async ({ site, url }) => {
    const { page, frame } = await openChat(session, site, url);
    await expectNoChip(page, frame);
    await page.close();
  });
});
