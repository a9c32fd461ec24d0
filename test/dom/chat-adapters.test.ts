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

  it('sees an open autocomplete; the send key is Enter unless learned (no DOM signal for it)', () => {
    page(SLACK);
    const main = slack.findComposer($('#main'))!;
    expect(slack.isSuggestionOpen(main)).toBe(false);
    $('main .c-wysiwyg_container').insertAdjacentHTML(
      'beforeend',
      '<div role="listbox" id="chat_input_tab_ui"><div role="option">Sam</div></div>',
    );
    expect(slack.isSuggestionOpen(main)).toBe(true);
    expect(slack.isSuggestionOpen(slack.findComposer($('#thread'))!)).toBe(false);
    // The old hint selectors were confirmed by nobody: a hint in the page changes nothing.
    $('#hint').textContent = 'Ctrl + Enter to send';
    expect(slack.sendKeyShown(document)).toBeNull();
    expect(slack.defaultSendKey).toBe('enter');
  });

  it('reports no layout problem away from a conversation', () => {
    page(SLACK);
    expect(slack.expectsComposer(document, new URL('https://app.slack.com/client/T1/C0123456'), true)).toBe(true);
    expect(slack.expectsComposer(document, new URL('https://app.slack.com/client/T1/activity'), true)).toBe(false);
    expect(slack.expectsComposer(document, new URL('https://app.slack.com/ssb/redirect'), true)).toBe(false);
  });
});

describe('Teams', () => {
  // Today (teams-for-linux 2026-05, 2026-07 automation): the composer in the top-level page, a
  // new message's root with id new-message-…, the send button sendMessageCommands-send; an edit of
  // an old message is a CKEditor root too (id edit-message-…) with a Done button.
  const TEAMS_TODAY = `
    <div data-tid="chat-pane">
      <div data-tid="chat-pane-message" id="old-msg">
        <div class="ck ck-editor__editable" data-tid="ckeditor" role="textbox" contenteditable="true" id="edit-message-1700000000"><p>hi</p></div>
        <button data-tid="newMessageCommands-send" name="done" id="done">Done</button>
      </div>
      <div data-tid="message-pane-footer">
        <div class="ck ck-editor__editable" data-tid="ckeditor" role="textbox" contenteditable="true" id="new-message-3f2a"><p>can we hop on a call?</p></div>
        <div data-tid="newMessageCommands"><button data-tid="newMessageCommands-emoji"></button></div>
        <div role="listbox" data-tid="mention-suggestion-list" hidden></div>
        <button data-tid="sendMessageCommands-send" id="send" aria-label="Send"><svg></svg></button>
      </div>
    </div>`;
  // Older (and still plausible): the chat pane in an iframe, a root without the id.
  const TEAMS_FRAME = `
    <div data-tid="chat-pane">
      <div data-tid="message-pane-footer"><div data-tid="newMessageCommands">
        <div class="ck ck-editor__editable" data-tid="ckeditor" role="textbox" contenteditable="true" id="ed"><p>can we hop on a call?</p></div>
        <button data-tid="sendMessageCommands-send" id="send" aria-label="Send"></button>
      </div></div>
    </div>`;
  it('finds a new message box and its send button in both shapes; a hidden listbox is not open', () => {
    for (const [shape, html, id] of [
      ['today', TEAMS_TODAY, '#new-message-3f2a'],
      ['frame', TEAMS_FRAME, '#ed'],
    ] as const) {
      page(html);
      const composer = teams.findComposer($(`${id} p`))!;
      expect(composer?.editable, shape).toBe($(id));
      expect(teams.sendButton(composer), shape).toBe($('#send'));
      expect(teams.composerForSendButton($('#send'))?.editable, shape).toBe($(id));
      expect(teams.readText(composer)).toBe('can we hop on a call?');
    }
    page(TEAMS_TODAY);
    const composer = teams.findComposer($('#new-message-3f2a'))!;
    expect(teams.sendBy).toBe('button');
    expect(teams.isSuggestionOpen(composer)).toBe(false);
    $('[data-tid=mention-suggestion-list]').hidden = false;
    expect(teams.isSuggestionOpen(composer)).toBe(true);
    expect(teams.conversationId(composer, 'https://teams.microsoft.com/v2/')).toBeNull();
    expect(teams.conversationId(composer, 'https://teams.microsoft.com/l/chat/19:x1@thread.v2/conversations')).toBe(
      '19:x1@thread.v2',
    );
  });
  it('says which landmark is missing beside a found composer', () => {
    page(TEAMS_TODAY);
    const composer = teams.findComposer($('#new-message-3f2a'))!;
    expect(teams.missingLandmarks(composer)).toEqual([]);
    $<HTMLButtonElement>('#send').disabled = true;
    expect(teams.missingLandmarks(composer)).toEqual([]);
    $('#send').remove();
    expect(teams.missingLandmarks(composer)).toEqual(['send button']);
  });

  it('never takes an edit of an old message for a new one (neither its box nor its Done button)', () => {
    page(TEAMS_TODAY);
    expect(teams.findComposer($('#edit-message-1700000000 p'))).toBeNull();
    // A layout whose send button is newMessageCommands-send (unconfirmed) still sends; its Done never.
    page(TEAMS_FRAME.replace('sendMessageCommands-send', 'newMessageCommands-send'));
    expect(teams.composerForSendButton($('#send'))?.editable).toBe($('#ed'));
    page(TEAMS_TODAY);
    expect(teams.findComposer($('#edit-message-1700000000'))).toBeNull();
    expect(teams.composerForSendButton($('#done'))).toBeNull();
    // Even a build without the new-message id: an edit box is never a composer.
    $('#new-message-3f2a').id = 'plain';
    expect(teams.findComposer($('#plain'))?.editable).toBe($('#plain'));
    expect(teams.findComposer($('#edit-message-1700000000'))).toBeNull();
  });
  it('expects a box where the chat pane is (the top-level page today, a frame before), not in a bare shell', () => {
    page(TEAMS_TODAY);
    expect(teams.expectsComposer(document, new URL('https://teams.microsoft.com/v2/'), true)).toBe(true);
    page(TEAMS_FRAME);
    expect(teams.expectsComposer(document, new URL('https://teams.microsoft.com/v2/'), false)).toBe(true);
    page('<iframe></iframe>');
    expect(teams.expectsComposer(document, new URL('https://teams.microsoft.com/v2/'), true)).toBe(false);
  });
});

describe('Google Chat', () => {
  // Today (translator extension notes 2025): a g_editable composer whose contenteditable may be
  // "", a native send <button>, and a contenteditable search field in the header.
  const GCHAT_TODAY = `
    <header role="banner"><div role="search"><div role="textbox" contenteditable="true" aria-label="Search in chat" id="search">hi</div></div></header>
    <main role="main"><div class="ZZVpSd"><div class="wNZHsf" id="wrap">
      <div class="qYGZ9b" jsname="yrriRe" g_editable="true" role="textbox" contenteditable="" aria-label="Message Sam Lee" id="box">hi</div>
      <button class="YxcsNc" aria-label="Send message" id="send"><svg></svg></button>
      <div role="listbox" data-expanded="false" hidden></div>
    </div></div></main>`;
  // Older shape (our November replica): a plain contenteditable textbox and a [role=button] send control.
  const GCHAT_OLDER = `
    <main role="main"><div class="ZZVpSd"><div class="wNZHsf" id="wrap">
      <div class="qYGZ9b" role="textbox" contenteditable="true" aria-label="Message Sam Lee" id="box">hi</div>
      <div role="button" jsname="GBTyxb" aria-label="Send message" id="send"><svg></svg></div>
    </div></div></main>`;
  it('finds the g_editable composer and the native send button; the listbox says when it is open', () => {
    page(GCHAT_TODAY);
    const composer = googleChat.findComposer($('#box'))!;
    expect(composer.editable).toBe($('#box'));
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
  it('never takes the contenteditable search field for the composer', () => {
    page(GCHAT_TODAY);
    expect(googleChat.findComposer($('#search'))).toBeNull();
    expect(googleChat.findAnyComposer(document)?.editable).toBe($('#box'));
  });
  it('still finds the composer of the older shape (its [role=button] send control is no longer trusted)', () => {
    page(GCHAT_OLDER);
    const composer = googleChat.findComposer($('#box'))!;
    expect(composer.editable).toBe($('#box'));
    expect(googleChat.sendButton(composer)).toBeNull();
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
    // Discord shows a send button only when the person turned it on: never "missing".
    $('#send').remove();
    expect(discord.missingLandmarks(composer)).toEqual([]);
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

  it('Zulip: Ctrl+Enter sends by default; the send options popover, while open, says otherwise', () => {
    page(`<form id="send_message_form"><textarea id="compose-textarea" name="content"></textarea>
      <button type="submit" id="compose-send-button"></button><button id="send_later"></button></form>`);
    const composer = zulip.findComposer($('#compose-textarea'))!;
    expect(zulip.sendButton(composer)).toBe($('#compose-send-button'));
    expect(zulip.defaultSendKey).toBe('ctrl-enter');
    expect(zulip.sendKeyShown(document)).toBeNull();
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div id="send_later_popover"><div role="group" class="enter_sends_choices">
        <label class="enter_sends_choice"><input type="radio" class="enter_sends_choice_radio" name="enter_sends_choice" value="true" /></label>
        <label class="enter_sends_choice"><input type="radio" class="enter_sends_choice_radio" name="enter_sends_choice" value="false" checked /></label>
      </div></div>`,
    );
    expect(zulip.sendKeyShown(document)).toBe('ctrl-enter');
    $<HTMLInputElement>('input[value=true]').checked = true;
    expect(zulip.sendKeyShown(document)).toBe('enter');
  });

  it('Rocket.Chat: the icon send button by its icon or label; the textarea and the preview composer', () => {
    // Today: fuselage IconButton (no name), icon class rcx-icon--name-send, translated aria-label.
    page(`<form><div role="group" aria-label="Message composer" id="g"><textarea name="msg" id="msg"></textarea>
      <div role="toolbar"><button class="rcx-button--icon" aria-label="Enviar" id="send"><i class="rcx-icon rcx-icon--name-send" aria-hidden="true"></i></button></div></div></form>`);
    const composer = rocketchat.findComposer($('#msg'))!;
    expect(composer.box).toBe($('#g'));
    expect(rocketchat.sendButton(composer)).toBe($('#send'));
    expect(rocketchat.composerForSendButton($('#send i'))?.editable).toBe($('#msg'));
    // The opt-in preview composer: a contenteditable .js-input-message without name=msg.
    page(`<div role="group" aria-label="Message composer" id="g"><div contenteditable="true" class="js-input-message" id="rich">hi</div>
      <button aria-label="Send" id="send"><svg></svg></button></div>`);
    const rich = rocketchat.findComposer($('#rich'))!;
    expect(rich.editable).toBe($('#rich'));
    expect(rocketchat.readText(rich)).toBe('hi');
    expect(rocketchat.sendButton(rich)).toBe($('#send'));
    // A textarea's popup with a focused item (Rocket.Chat sets aria-activedescendant) is open.
    page(`<div role="group"><textarea name="msg" id="msg" aria-activedescendant="popup-item-sam"></textarea></div>`);
    expect(rocketchat.isSuggestionOpen(rocketchat.findComposer($('#msg'))!)).toBe(true);
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
