// The chat helper: on replicas of Slack, Teams (its chat pane is an iframe), Google Chat and
// Discord, served at their real addresses, a bare "hi" + Enter is held and the prompt appears
// above the message box. Each scene types like a person would and waits for the prompt.

async function chatFrame(page, pattern) {
  if (!pattern) return page.mainFrame();
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => pattern.test(f.url()));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('the chat frame did not load');
}

function helloScene({ name, title, url, frame, editor, text = 'hi', openWhenHeaded = false }) {
  return {
    name,
    title,
    openWhenHeaded,
    async run(page) {
      await page.goto(url);
      const target = await chatFrame(page, frame);
      await target.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 15_000 });
      await target.locator(editor).click();
      await page.keyboard.type(text, { delay: 40 });
      await page.keyboard.press('Enter');
      await target.locator('[data-eventually="chat-prompt"] [role=dialog]').waitFor({ timeout: 10_000 });
      await page.waitForTimeout(300); // the prompt's fade-in
    },
  };
}

export const scenes = [
  helloScene({
    name: 'chat-slack',
    title: 'Chat helper on Slack',
    url: 'https://app.slack.com/client/T0001/C0001',
    editor: 'main [data-qa=message_input] .ql-editor',
    openWhenHeaded: true,
  }),
  helloScene({
    name: 'chat-teams',
    title: 'Chat helper on Microsoft Teams',
    url: 'https://teams.microsoft.com/v2/',
    editor: '[data-tid=ckeditor][id^=new-message-]',
    text: 'can we hop on a quick call?',
    openWhenHeaded: true,
  }),
  helloScene({
    name: 'chat-google-chat',
    title: 'Chat helper on Google Chat (in Gmail)',
    url: 'https://mail.google.com/chat/u/0/',
    frame: /^https:\/\/chat\.google\.com\/u\/0\/frame/,
    editor: 'div[jsname=yrriRe][g_editable=true]',
    text: 'Hallo Sam!',
  }),
  helloScene({
    name: 'chat-discord',
    title: 'Chat helper on Discord',
    url: 'https://discord.com/channels/111/222',
    editor: '[role=textbox][data-slate-editor=true]',
    text: 'hey priya!',
  }),
];
