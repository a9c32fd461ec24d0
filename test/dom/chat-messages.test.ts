/**
 * Each chat adapter reads the last message of the open conversation on its fixture page
 * (test/fixtures/chat/<site>/index.html, with the messages the fixture itself draws:
 * test/fixtures/chat/_shared/message-markup.ts): author, mine, text, time, DM or channel,
 * mention; and gives up (null, or an unknown field) where the page does not say.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyMessage } from '../../lib/chat/classify';
import { decideKindReply, type LastMessageRead } from '../../lib/chat/kind-reply';
import type { ChatAdapter, Composer } from '../../sites/chat-common/adapter';
import { discord } from '../../sites/discord/adapter';
import { googleChat } from '../../sites/google-chat/adapter';
import { mattermost } from '../../sites/mattermost/adapter';
import { rocketchat } from '../../sites/rocketchat/adapter';
import { slack } from '../../sites/slack/adapter';
import { teams } from '../../sites/teams/adapter';
import { zulip } from '../../sites/zulip/adapter';
import {
  discordMessage,
  googleChatMessage,
  mattermostMessage,
  rocketchatMessage,
  slackMessage,
  teamsMessage,
  zulipMessage,
} from '../fixtures/chat/_shared/message-markup';
import { type FixtureMessage, ME, OTHER } from '../fixtures/chat/_shared/messages';

const NOW = Date.now();
const TEN_MIN_AGO = NOW - 10 * 60_000;

/** The fixture page's body (its scripts do not run: the messages are drawn by the test). */
function loadFixture(site: string): void {
  const html = readFileSync(`test/fixtures/chat/${site}/index.html`, 'utf8');
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
}

function message(over: Partial<FixtureMessage> = {}): FixtureMessage {
  return {
    id: 'in0',
    author: OTHER.name,
    text: 'Hi!',
    at: TEN_MIN_AGO,
    mine: false,
    mentionMe: false,
    grouped: false,
    ...over,
  };
}

const mineToo = (over: Partial<FixtureMessage> = {}) =>
  message({ id: 'me0', author: ME.name, text: 'Here you go.', mine: true, at: TEN_MIN_AGO + 60_000, ...over });

function composerAt(adapter: ChatAdapter, selector: string, thread = false): Composer {
  const editable = document.querySelector<HTMLElement>(selector)!;
  return { site: adapter.id, editable, box: editable.parentElement!, thread };
}

function append(list: string, build: (m: FixtureMessage) => Element, ...messages: FixtureMessage[]): void {
  const at = document.querySelector(list)!;
  for (const m of messages) at.append(build(m));
}

const read = (adapter: ChatAdapter, composer: Composer, url: string) =>
  adapter.readLastMessage(document, composer, new URL(url));

const offered = (r: LastMessageRead | null) =>
  decideKindReply(r, { enabled: true, afterMinutes: 3 }, NOW, (t) => classifyMessage(t).kind, false).show;

afterEach(() => {
  localStorage.clear();
});

describe('Slack', () => {
  const DM = 'https://app.slack.com/client/T0001/D0001';
  const CHANNEL = 'https://app.slack.com/client/T0001/C0001';
  function setUp(channel: string) {
    loadFixture('slack');
    for (const input of document.querySelectorAll('[data-qa="message_input"]'))
      input.setAttribute('data-channel-id', channel);
    localStorage.setItem('localConfig_v2', JSON.stringify({ teams: { T0001: { user_id: ME.id } } }));
    return composerAt(slack, '#main-input');
  }

  it('reads the other person’s bare greeting in a DM, the author carried over a run', () => {
    const composer = setUp('D0001');
    append('#main-messages', slackMessage, message(), message({ id: 'in1', text: 'you there?', grouped: true }));
    const r = read(slack, composer, DM)!;
    expect(r).toMatchObject({ author: OTHER.name, mine: false, text: 'you there?', conversation: 'dm', atEnd: true });
    expect(Math.abs(r.at! - TEN_MIN_AGO)).toBeLessThan(1000);
    expect(offered(r)).toBe(true);
  });

  it('sees my own reply after it, a channel, and a mention of me', () => {
    const composer = setUp('C0001');
    append('#main-messages', slackMessage, message());
    expect(read(slack, composer, CHANNEL)).toMatchObject({ conversation: 'channel', mentionsMe: false });
    expect(offered(read(slack, composer, CHANNEL))).toBe(false);
    append('#main-messages', slackMessage, message({ id: 'in1', mentionMe: true }));
    expect(read(slack, composer, CHANNEL)).toMatchObject({ mentionsMe: true, mine: false });
    append('#main-messages', slackMessage, mineToo());
    expect(read(slack, composer, CHANNEL)).toMatchObject({ mine: true, author: ME.name });
  });

  it('takes the latest message by its ts when the rows are not in time order in the DOM', () => {
    const composer = setUp('D0001');
    append('#main-messages', slackMessage, mineToo({ at: TEN_MIN_AGO - 60_000 }));
    const list = document.querySelector('#main-messages')!;
    list.insertBefore(slackMessage(message()), list.lastElementChild);
    expect(read(slack, composer, DM)).toMatchObject({ mine: false, text: 'Hi!' });
  });

  it('cannot tell who wrote it without Slack’s own user id, and reads nothing without the list', () => {
    const composer = setUp('D0001');
    localStorage.clear();
    append('#main-messages', slackMessage, message());
    expect(read(slack, composer, DM)?.mine).toBeNull();
    document.querySelector('#main-messages')!.removeAttribute('data-qa');
    expect(read(slack, composer, DM)).toBeNull();
  });
});

describe('Teams', () => {
  const URL_ = 'https://teams.microsoft.com/v2/';
  function setUp(chat: string) {
    loadFixture('teams');
    document.querySelector('[role="treeitem"][aria-selected="true"]')!.setAttribute('data-fui-tree-item-value', chat);
    return composerAt(teams, '#editor');
  }

  it('reads a 1:1 chat’s greeting, and my own message after it', () => {
    const composer = setUp('19:sam_robin@unq.gbl.spaces');
    append('#runway', teamsMessage, message({ text: 'Hello' }));
    const r = read(teams, composer, URL_)!;
    expect(r).toMatchObject({ author: OTHER.name, mine: false, text: 'Hello', conversation: 'dm' });
    expect(offered(r)).toBe(true);
    append('#runway', teamsMessage, mineToo());
    expect(read(teams, composer, URL_)?.mine).toBe(true);
    expect(teams.conversationId(composer, URL_)).toBe('19:sam_robin@unq.gbl.spaces');
  });

  it('a group chat is a channel unless I am mentioned; a message with no author is not known to be theirs', () => {
    const composer = setUp('19:q3planning@thread.v2');
    append('#runway', teamsMessage, message());
    expect(read(teams, composer, URL_)).toMatchObject({ conversation: 'channel', mentionsMe: false });
    append('#runway', teamsMessage, message({ id: 'in1', mentionMe: true }));
    expect(read(teams, composer, URL_)?.mentionsMe).toBe(true);
    for (const name of document.querySelectorAll('[data-tid="message-author-name"]')) name.remove();
    expect(read(teams, composer, URL_)?.mine).toBeNull();
  });
});

describe('Google Chat', () => {
  const URL_ = 'https://chat.google.com/u/0/app/chat/AAAA1';
  function setUp(group: string) {
    loadFixture('google-chat');
    document.querySelector('[role="main"]')!.setAttribute('data-group-id', group);
    return composerAt(googleChat, 'div[jsname="yrriRe"]');
  }

  it('reads a one-on-one DM’s greeting and my reply', () => {
    const composer = setUp('dm/AAAA1');
    append('#messages', (m) => googleChatMessage(m, true), message({ text: 'hey, got a minute?' }));
    const r = read(googleChat, composer, URL_)!;
    expect(r).toMatchObject({ author: OTHER.name, mine: false, conversation: 'dm', at: TEN_MIN_AGO });
    expect(offered(r)).toBe(true);
    append('#messages', (m) => googleChatMessage(m, true), mineToo());
    expect(read(googleChat, composer, URL_)?.mine).toBe(true);
  });

  it('a space is a channel, and a mention of me is never known (no evidence): no offer', () => {
    const composer = setUp('space/AAAA1');
    append('#messages', (m) => googleChatMessage(m), message({ mentionMe: true }));
    const r = read(googleChat, composer, URL_)!;
    expect(r).toMatchObject({ conversation: 'channel', mentionsMe: null });
    expect(offered(r)).toBe(false);
  });
});

describe('Discord', () => {
  it('reads the message but cannot tell whether it is mine (no DOM marker): never offered', () => {
    loadFixture('discord');
    append('#messages', discordMessage, message());
    const composer = composerAt(discord, '#slate-root');
    const r = read(discord, composer, 'https://discord.com/channels/@me/222')!;
    expect(r).toMatchObject({ author: 'sam', text: 'Hi!', conversation: 'dm', mine: null, at: TEN_MIN_AGO });
    expect(offered(r)).toBe(false);
  });
});

describe('Mattermost', () => {
  it('reads a DM’s greeting, a channel, a mention of me and my reply', () => {
    loadFixture('mattermost');
    const composer = composerAt(mattermost, '#post_textbox');
    const centre = mattermostMessage('post', 'postView');
    append('#postListContent', centre, message());
    const dm = read(mattermost, composer, 'https://chat.example.com/acme/messages/@sam')!;
    expect(dm).toMatchObject({ author: OTHER.handle, mine: false, conversation: 'dm', at: TEN_MIN_AGO });
    expect(offered(dm)).toBe(true);
    const channel = 'https://chat.example.com/acme/channels/town-square';
    expect(read(mattermost, composer, channel)).toMatchObject({ conversation: 'channel', mentionsMe: false });
    append('#postListContent', centre, message({ id: 'in1', grouped: true, mentionMe: true, text: 'ping' }));
    expect(read(mattermost, composer, channel)).toMatchObject({ author: OTHER.handle, mentionsMe: true });
    append('#postListContent', centre, mineToo());
    expect(read(mattermost, composer, channel)?.mine).toBe(true);
  });
});

describe('Zulip', () => {
  it('reads the row but has no machine-readable time: never offered', () => {
    loadFixture('zulip');
    append('#message-list .recipient_row', (m) => zulipMessage(m, true), message());
    const composer = composerAt(zulip, '#compose-textarea');
    const r = read(zulip, composer, 'https://zulip.example.com/#narrow/dm/8,9-sam')!;
    expect(r).toMatchObject({ author: OTHER.name, mine: false, conversation: 'dm', at: null });
    expect(offered(r)).toBe(false);
    append('#message-list .recipient_row', (m) => zulipMessage(m, true), mineToo());
    expect(read(zulip, composer, 'https://zulip.example.com/#narrow/dm/8,9-sam')?.mine).toBe(true);
  });
});

describe('Rocket.Chat', () => {
  it('reads a direct message’s greeting, its sequential follow-up, a channel and my reply', () => {
    loadFixture('rocketchat');
    const composer = composerAt(rocketchat, 'textarea[name="msg"]');
    append('#messages', rocketchatMessage, message());
    const dm = read(rocketchat, composer, 'https://rocket.example.com/direct/sam')!;
    expect(dm).toMatchObject({ author: OTHER.name, mine: false, conversation: 'dm' });
    // The title holds minutes only ("December 7, 2026 2:45 AM").
    expect(Math.abs(dm.at! - TEN_MIN_AGO)).toBeLessThan(60_000);
    expect(offered(dm)).toBe(true);
    append('#messages', rocketchatMessage, message({ id: 'in1', grouped: true, text: 'there?' }));
    // A sequential message shows no time of its own: unknown, so nothing is offered.
    expect(read(rocketchat, composer, 'https://rocket.example.com/direct/sam')).toMatchObject({
      author: OTHER.name,
      at: null,
    });
    expect(read(rocketchat, composer, 'https://rocket.example.com/channel/general')?.conversation).toBe('channel');
    append('#messages', rocketchatMessage, mineToo());
    expect(read(rocketchat, composer, 'https://rocket.example.com/direct/sam')?.mine).toBe(true);
  });
});

describe('every adapter', () => {
  it('reads nothing when the message list is not recognised', () => {
    document.body.innerHTML =
      '<main><div role="list"><div role="listitem">Hi!</div></div><textarea id="box"></textarea></main>';
    for (const adapter of [slack, teams, googleChat, discord, mattermost, zulip, rocketchat]) {
      const r = read(adapter, composerAt(adapter, '#box'), 'https://example.com/direct/x');
      expect(r, adapter.id).toBeNull();
      expect(offered(r)).toBe(false);
    }
  });
});
