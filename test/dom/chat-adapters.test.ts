/**
 * Each chat adapter on a small DOM built from the landmarks its site is known for
 * (docs/research/sites.md): find the composer from a target inside it, tell a thread box,
 * find the send button, see an open suggestion list, read the text, name the conversation.
 */
import { describe, expect, it } from 'vitest';
import type { ChatAdapter } from '../../sites/chat-common/adapter';
import {
  builtinAdapterFor,
  CHAT_ADAPTERS,
  probeSelfHosted,
  selfHostedAdapterFor,
} from '../../sites/chat-common/registry';
import { discord } from '../../sites/discord/adapter';
import { googleChat } from '../../sites/google-chat/adapter';
import { mattermost } from '../../sites/mattermost/adapter';
import { rocketchat } from '../../sites/rocketchat/adapter';
import { slack } from '../../sites/slack/adapter';
import { teams } from '../../sites/teams/adapter';
import { zulip } from '../../sites/zulip/adapter';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const SLACK = `
  <main>
    <div class="c-wysiwyg_container" data-qa="wysiwyg-container">
      <div class="ql-container" data-qa="message_input" data-channel-id="C024BE91L">
        <div class="ql-editor" role="textbox" contenteditable="true" id="main"><p>hi <span data-stringify-text="@Sam Lee" class="c-member_slug">@Sam</span></p><p>can you look?</p></div>
      </div>
      <div class="c-wysiwyg_container__footer"><span class="c-wysiwyg_container__hint" id="hint"></span>
        <button data-qa="texty_send_button" id="main-send"><svg></svg></button></div>
    </div>
  </main>
  <aside data-qa="threads_flexpane">
    <div class="c-wysiwyg_container" data-qa="wysiwyg-container">
      <div class="ql-container" data-qa="message_input" data-channel-id="C024BE91L" data-thread-ts="1700000000.000100">
        <div class="ql-editor" role="textbox" contenteditable="true" id="thread"><p>hey</p></div>
      </div>
      <button data-qa="texty_send_button" id="thread-send"></button>
    </div>
  </aside>`;

describe('Slack', () => {
  it('finds the main and the thread composer, each with its own send button', () => {
    page(SLACK);
    const main = slack.findComposer($('#main span'))!;
    expect(main.editable).toBe($('#main'));
    expect(main.thread).toBe(false);
    expect(slack.sendButton(main)).toBe($('#main-send'));
    const thread = slack.findComposer($('#thread'))!;
    expect(thread.thread).toBe(true);
    expect(slack.sendButton(thread)).toBe($('#thread-send'));
    expect(slack.composerForSendButton($('#thread-send svg') ?? $('#thread-send'))?.editable).toBe($('#thread'));
    expect(slack.composerForSendButton($('#main-send svg'))?.editable).toBe($('#main'));
    expect(slack.findComposer($('#hint'))).toBeNull();
    expect(slack.findComposer(document.body)).toBeNull();
  });

  it('reads mention nodes as Slack sends them, and names the channel by data-channel-id', () => {
    page(SLACK);
    const main = slack.findComposer($('#main'))!;
    expect(slack.readText(main)).toBe('hi @Sam Lee\ncan you look?');
    expect(slack.conversationId(main, 'https://app.slack.com/client/T1/C999999999')).toBe('C024BE91L');
    expect(slack.anchorFor(main)).toBe($('main .c-wysiwyg_container'));
  });

  it('sees an open autocomplete and the "Ctrl + Enter to send" hint', () => {
    page(SLACK);
    const main = slack.findComposer($('#main'))!;
    expect(slack.isSuggestionOpen(main)).toBe(false);
    expect(slack.ctrlEnterToSend(main)).toBe(false);
    $('main .c-wysiwyg_container').insertAdjacentHTML(
      'beforeend',
      '<div role="listbox" id="chat_input_tab_ui"><div role="option">Sam</div></div>',
    );
    expect(slack.isSuggestionOpen(main)).toBe(true);
    expect(slack.isSuggestionOpen(slack.findComposer($('#thread'))!)).toBe(false);
    $('#hint').textContent = 'Ctrl + Enter to send';
    expect(slack.ctrlEnterToSend(main)).toBe(true);
    $('#hint').textContent = '⌘⏎ to send';
    expect(slack.ctrlEnterToSend(main)).toBe(true);
  });

  it('reports no layout problem away from a conversation', () => {
    page(SLACK);
    expect(slack.expectsComposer(document, new URL('https://app.slack.com/client/T1/C0123456'), true)).toBe(true);
    expect(slack.expectsComposer(document, new URL('https://app.slack.com/client/T1/activity'), true)).toBe(false);
    expect(slack.expectsComposer(document, new URL('https://app.slack.com/ssb/redirect'), true)).toBe(false);
  });
});

describe('Teams', () => {
  const TEAMS = `
    <div data-tid="chat-pane">
      <div data-tid="message-pane-footer"><div data-tid="newMessageCommands">
        <div class="ck ck-editor__editable" data-tid="ckeditor" role="textbox" contenteditable="true" id="ed"><p>can we hop on a call?</p></div>
        <div role="listbox" data-tid="mention-suggestion-list" hidden></div>
        <button data-tid="newMessageCommands-send" id="send" aria-label="Send (Enter)"></button>
      </div></div>
    </div>`;
  it('finds the CKEditor box and its send button; a hidden listbox is not open', () => {
    page(TEAMS);
    const composer = teams.findComposer($('#ed p'))!;
    expect(composer.editable).toBe($('#ed'));
    expect(teams.sendButton(composer)).toBe($('#send'));
    expect(teams.sendBy).toBe('button');
    expect(teams.readText(composer)).toBe('can we hop on a call?');
    expect(teams.isSuggestionOpen(composer)).toBe(false);
    $('[data-tid=mention-suggestion-list]').hidden = false;
    expect(teams.isSuggestionOpen(composer)).toBe(true);
    expect(teams.conversationId(composer, 'https://teams.microsoft.com/v2/')).toBeNull();
    expect(teams.conversationId(composer, 'https://teams.microsoft.com/l/chat/19:x1@thread.v2/conversations')).toBe(
      '19:x1@thread.v2',
    );
  });
  it('expects a box in the chat frame, not in the shell that holds it', () => {
    page(TEAMS);
    expect(teams.expectsComposer(document, new URL('https://teams.microsoft.com/v2/'), false)).toBe(true);
    page('<iframe></iframe>');
    expect(teams.expectsComposer(document, new URL('https://teams.microsoft.com/v2/'), true)).toBe(false);
  });
});

describe('Google Chat', () => {
  const GCHAT = `
    <div class="ZZVpSd"><div class="wNZHsf" id="wrap">
      <div class="qYGZ9b" role="textbox" contenteditable="true" aria-label="Message Sam Lee" id="box">hi</div>
      <div role="button" jsname="GBTyxb" aria-label="Send message" id="send"><svg></svg></div>
      <div role="listbox" data-expanded="false" hidden></div>
    </div></div>`;
  it('finds the textbox by ARIA structure and the send button by jsname; the listbox says when it is open', () => {
    page(GCHAT);
    const composer = googleChat.findComposer($('#box'))!;
    expect(composer.box).toBe($('#wrap'));
    expect(googleChat.sendButton(composer)).toBe($('#send'));
    expect(googleChat.composerForSendButton($('#send svg'))?.editable).toBe($('#box'));
    expect(googleChat.sendBy).toBe('enter');
    expect(googleChat.isSuggestionOpen(composer)).toBe(false);
    const list = $('[role=listbox]');
    list.hidden = false;
    list.dataset.expanded = 'true';
    expect(googleChat.isSuggestionOpen(composer)).toBe(true);
    expect(googleChat.conversationId(composer, 'https://chat.google.com/u/0/app/chat/AAAA1')).toBe('space/AAAA1');
    expect(googleChat.expectsComposer(document, new URL('https://chat.google.com/u/0/frame'), false)).toBe(false);
  });
});

describe('Discord', () => {
  const DISCORD = `
    <form><div class="channelTextArea_f75fb0" id="area">
      <div role="textbox" data-slate-editor="true" data-slate-node="value" contenteditable="true" id="ed">
        <div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">hey</span></span></span></div>
      </div>
      <button class="button_d0696b sendButton_aa63ab" id="send"></button>
    </div></form>`;
  it('finds the Slate editor inside the hashed wrapper and names the channel from the URL', () => {
    page(DISCORD);
    const composer = discord.findComposer($('#ed [data-slate-string]'))!;
    expect(composer.box).toBe($('#area'));
    expect(discord.readText(composer)).toBe('hey');
    expect(discord.sendButton(composer)).toBe($('#send'));
    expect(discord.sendBy).toBe('enter');
    expect(discord.conversationId(composer, 'https://discord.com/channels/111/222')).toBe('222');
    expect(discord.isSuggestionOpen(composer)).toBe(false);
    $('#area').insertAdjacentHTML(
      'afterbegin',
      '<div class="autocomplete_df8943" role="listbox"><div role="option">sam</div></div>',
    );
    expect(discord.isSuggestionOpen(composer)).toBe(true);
  });
});

describe('self-hosted', () => {
  const MATTERMOST = `
    <form id="create_post"><div class="AdvancedTextEditor" id="center">
      <textarea data-testid="post_textbox" id="post_textbox"></textarea>
      <button data-testid="SendMessageButton" id="send"></button></div></form>
    <div id="sidebar-right"><form id="create_comment"><div class="AdvancedTextEditor" id="rhs">
      <textarea data-testid="reply_textbox" id="reply_textbox"></textarea>
      <button data-testid="SendMessageButton" id="reply-send"></button></div></form></div>`;
  it('Mattermost: channel box and reply box, each with its button', () => {
    page(MATTERMOST);
    const center = mattermost.findComposer($('#post_textbox'))!;
    const reply = mattermost.findComposer($('#reply_textbox'))!;
    expect([center.thread, reply.thread]).toEqual([false, true]);
    expect(mattermost.sendButton(center)).toBe($('#send'));
    expect(mattermost.sendButton(reply)).toBe($('#reply-send'));
    expect(mattermost.composerForSendButton($('#reply-send'))?.editable).toBe($('#reply_textbox'));
    $<HTMLTextAreaElement>('#post_textbox').value = 'hi\nthere';
    expect(mattermost.readText(center)).toBe('hi\nthere');
    expect(mattermost.conversationId(center, 'https://chat.example.com/acme/channels/town-square')).toBe(
      'chat.example.com/acme/town-square',
    );
    $<HTMLButtonElement>('#send').disabled = true;
    expect(mattermost.sendButton(center)).toBeNull();
  });

  it('Zulip: the Enter-sends setting is read from the compose box', () => {
    page(`<form id="send_message_form"><textarea id="compose-textarea"></textarea>
      <span class="enter_sends" id="enter-sends-hint">Enter to send</span><button id="compose-send-button"></button></form>`);
    const composer = zulip.findComposer($('#compose-textarea'))!;
    expect(zulip.ctrlEnterToSend(composer)).toBe(false);
    $('#enter-sends-hint').textContent = 'Ctrl + Enter to send';
    expect(zulip.ctrlEnterToSend(composer)).toBe(true);
    expect(zulip.sendButton(composer)).toBe($('#compose-send-button'));
  });

  it('Rocket.Chat: the textarea in the composer group', () => {
    page(`<form><div role="group" aria-label="Message composer" id="g"><textarea name="msg" id="msg"></textarea>
      <button type="submit" name="send" id="send"></button></div></form>`);
    const composer = rocketchat.findComposer($('#msg'))!;
    expect(composer.box).toBe($('#g'));
    expect(rocketchat.sendButton(composer)).toBe($('#send'));
  });

  it('picks the adapter from the settings for the origin, else by probing the page', () => {
    page(MATTERMOST);
    const chats = [{ origin: 'https://zulip.example.com', kind: 'zulip' as const, enabled: true }];
    expect(selfHostedAdapterFor('https://zulip.example.com', chats, document)).toBe(CHAT_ADAPTERS.zulip);
    expect(selfHostedAdapterFor('https://chat.example.com', chats, document)).toBe(mattermost);
    expect(probeSelfHosted(document)).toBe('mattermost');
    page('<p>nothing here</p>');
    expect(selfHostedAdapterFor('https://other.example.com', chats, document)).toBeNull();
  });
});

describe('registry', () => {
  it('routes built-in addresses to their adapter and nothing else', () => {
    const cases: [string, ChatAdapter | null][] = [
      ['https://app.slack.com/client/T1/C1', slack],
      ['https://teams.microsoft.com/v2/', teams],
      ['https://teams.live.com/v2/', teams],
      ['https://teams.cloud.microsoft/', teams],
      ['https://chat.google.com/u/0/frame', googleChat],
      ['https://discord.com/channels/1/2', discord],
      ['https://mail.google.com/mail/u/0/', null],
      ['https://chat.example.com/acme/channels/x', null],
      ['https://slack.com/', null],
    ];
    for (const [url, adapter] of cases) expect(builtinAdapterFor(new URL(url)), url).toBe(adapter);
  });
});
