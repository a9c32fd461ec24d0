import { describe, expect, it } from 'vitest';
import {
  discordConversationId,
  googleChatConversationId,
  mattermostConversationId,
  rocketchatConversationId,
  slackConversationId,
  teamsConversationId,
  zulipConversationId,
} from '../../lib/chat/conversation';

function table(fn: (url: string) => string | null, rows: [string, string | null][]) {
  for (const [url, id] of rows) expect(fn(url), url).toBe(id);
}

describe('conversation ids from URLs', () => {
  it('Slack: the channel id from /client/<team>/<channel>', () => {
    table(slackConversationId, [
      ['https://app.slack.com/client/T0001ABCD/C024BE91L', 'C024BE91L'],
      ['https://app.slack.com/client/T0001ABCD/D012ABCDEF/thread/C0-1700000000.000100', 'D012ABCDEF'],
      ['https://app.slack.com/client/T0001ABCD/G012ABCDEF?x=1', 'G012ABCDEF'],
      ['https://app.slack.com/client/T0001ABCD/unreads', null],
      ['https://app.slack.com/client/T0001ABCD', null],
      ['https://evil.example/client/T1/C024BE91L', null],
      ['not a url', null],
    ]);
  });

  it('Discord: the channel snowflake', () => {
    table(discordConversationId, [
      ['https://discord.com/channels/111111/222222', '222222'],
      ['https://discord.com/channels/@me/333333333', '333333333'],
      ['https://discord.com/channels/111111/222222/444444', '222222'],
      ['https://ptb.discord.com/channels/111111/222222', '222222'],
      ['https://discord.com/channels/111111', null],
      ['https://discord.com/app', null],
      ['https://discord.com.evil.example/channels/1/22222', null],
    ]);
  });

  it('Teams: thread ids wherever they appear', () => {
    table(teamsConversationId, [
      ['https://teams.microsoft.com/l/chat/19:abc123_def@thread.v2/conversations?context=x', '19:abc123_def@thread.v2'],
      [
        'https://teams.microsoft.com/_#/conversations/19%3Ameeting_XYZ%40thread.v2?ctx=chat',
        '19:meeting_XYZ@thread.v2',
      ],
      ['https://teams.live.com/v2/?chat=19:uni-1@unq.gbl.spaces', '19:uni-1@unq.gbl.spaces'],
      ['https://teams.microsoft.com/v2/', null],
    ]);
  });

  it('Google Chat: rooms, DMs and spaces, also in Gmail’s hash', () => {
    table(googleChatConversationId, [
      ['https://chat.google.com/u/0/app/chat/AAAA1', 'space/AAAA1'],
      ['https://chat.google.com/room/AAAAxyz12?cls=7', 'room/AAAAxyz12'],
      ['https://chat.google.com/u/1/dm/abcDEF123', 'dm/abcDEF123'],
      ['https://mail.google.com/chat/u/0/#chat/dm/abcDEF123', 'dm/abcDEF123'],
      ['https://mail.google.com/chat/u/0/#chat/space/AAAAq', 'space/AAAAq'],
      ['https://chat.google.com/u/0/frame?fixture=1', null],
      ['https://chat.google.com/u/0/app/home', null],
    ]);
  });

  it('Mattermost, Zulip, Rocket.Chat: include the host (two servers may share channel names)', () => {
    table(mattermostConversationId, [
      ['https://chat.example.com/acme/channels/town-square', 'chat.example.com/acme/town-square'],
      ['https://chat.example.com/acme/messages/@sam.lee', 'chat.example.com/acme/@sam.lee'],
      ['https://chat.example.com/acme/pl/abc', null],
      ['https://chat.example.com/', null],
    ]);
    table(zulipConversationId, [
      ['https://zulip.example.com/#narrow/stream/1-general', 'zulip.example.com/stream/1'],
      ['https://zulip.example.com/#narrow/channel/12-design/topic/release', 'zulip.example.com/stream/12'],
      ['https://zulip.example.com/#narrow/dm/12,34-group', 'zulip.example.com/dm/12,34'],
      ['https://zulip.example.com/#inbox', null],
      ['https://zulip.example.com/', null],
    ]);
    table(rocketchatConversationId, [
      ['https://rocket.example.com/channel/general', 'rocket.example.com/channel/general'],
      ['https://rocket.example.com/direct/abcXYZ/thread/1', 'rocket.example.com/direct/abcXYZ'],
      ['https://rocket.example.com/home', null],
    ]);
  });
});
