/**
 * The layout report (sites/layout-report.ts) keeps the structure our selectors need and
 * nothing a person wrote or is: no text, no e-mail addresses, names, phone numbers or URLs,
 * wherever a page puts them. The fixture pages are built with their own code (their main.ts)
 * in happy-dom, then reported; `checkLayout` on the report finds what it finds on the page.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkLayout, formatLayoutCheck, type SiteCheck } from '../../sites/layout-check';
import { type LayoutSiteId, probeFor, probeSelectors } from '../../sites/layout-probes';
import { buildLayoutReport, maskIdentifier, REPORT_MAX_BYTES } from '../../sites/layout-report';

const byteLength = (text: string) => new TextEncoder().encode(text).length;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

afterEach(() => {
  document.body.replaceChildren();
  for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
});

// Everything below is the kind of thing a real page carries and a report must never hold.
const SECRETS = [
  'priya.natarajan@acme-corp.example',
  'Priya Natarajan',
  'Natarajan',
  'Sam Lee',
  '+1 415 555 0147',
  '555 0147',
  'tok_9f8e7d6c5b4a',
  'sig=QmFzZTY0U2VjcmV0',
  'https://acme-corp.example/invite/8d1f0c2e-4b7a-4e55-9c1d-2f3a4b5c6d7e',
  'acme-corp.example',
  'Quarterly layoffs plan',
  'my bank PIN is 4417',
  'Dr. Chen',
  'secret-meeting-notes',
  'samlee',
];

const PERSONAL_PAGE = `
  <!-- Priya Natarajan's draft, call +1 415 555 0147 -->
  <div class="p-client" id="client">
    <nav aria-label="Direct messages with Priya Natarajan">
      <a href="https://acme-corp.example/invite/8d1f0c2e-4b7a-4e55-9c1d-2f3a4b5c6d7e?token=tok_9f8e7d6c5b4a" title="Sam Lee (samlee)">Sam Lee</a>
      <img src="https://acme-corp.example/avatars/priya.png?sig=QmFzZTY0U2VjcmV0" alt="Priya Natarajan">
      <span data-user-email="priya.natarajan@acme-corp.example" data-name="Dr. Chen" data-phone="+1 415 555 0147">Dr. Chen</span>
      <span id="user-priya.natarajan@acme-corp.example" class="member tok_9f8e7d6c5b4a">samlee</span>
    </nav>
    <main role="main" aria-label="Conversation with Sam Lee">
      <div role="list" data-topic="Quarterly layoffs plan">
        <div role="listitem" data-qa="message_container"><p>my bank PIN is 4417</p></div>
        <div role="listitem" data-qa="message_container"><p>Call me at +1 415 555 0147, Priya Natarajan</p></div>
      </div>
      <template><p>Quarterly layoffs plan</p></template>
      <script>window.user = { email: "priya.natarajan@acme-corp.example" };</script>
      <style>.member::after { content: "Sam Lee"; }</style>
      <noscript>Priya Natarajan</noscript>
      <iframe srcdoc="<p>Priya Natarajan, priya.natarajan@acme-corp.example</p>" title="Dr. Chen"></iframe>
      <div id="shadow-host"></div>
      <div class="c-wysiwyg_container" data-qa="wysiwyg-container">
        <div data-qa="message_input" data-channel-id="C0001" class="ql-container">
          <div class="ql-editor" role="textbox" contenteditable="true" aria-label="Message Sam Lee"
               aria-placeholder="Reply to Priya Natarajan" data-placeholder="Message Priya Natarajan"><p>Dr. Chen, secret-meeting-notes</p></div>
        </div>
        <input type="text" value="my bank PIN is 4417" placeholder="Sam Lee">
        <textarea placeholder="Priya Natarajan">Quarterly layoffs plan</textarea>
        <button data-qa="texty_send_button" aria-label="Send to Sam Lee" title="priya.natarajan@acme-corp.example"></button>
      </div>
    </main>
  </div>`;

function personalPage(): void {
  document.body.innerHTML = PERSONAL_PAGE;
  const shadow = document.getElementById('shadow-host')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p title="Sam Lee">priya.natarajan@acme-corp.example</p>';
}

describe('a page full of personal data', () => {
  it('leaks none of it, in text, attributes, comments, scripts, templates, shadow roots or frames', () => {
    personalPage();
    const report = buildLayoutReport(document, 'slack');
    for (const secret of SECRETS) expect(report, secret).not.toContain(secret);
    expect(report).not.toMatch(/@[a-z-]+\.example/);
    expect(report).not.toMatch(/\d{4}/);
  });

  it('keeps the structure and hooks the Slack selectors use', () => {
    personalPage();
    const report = buildLayoutReport(document, 'slack');
    expect(report).toContain('data-qa="message_input"');
    expect(report).toContain('data-qa="texty_send_button"');
    expect(report).toContain('class="ql-editor"');
    expect(report).toContain('contenteditable="true"');
    expect(report).toContain('role="main"');
    // Attribute names stay, their values do not.
    expect(report).toContain('data-user-email="…"');
    expect(report).toContain('aria-label="…"');
    // Like siblings collapse to one and a count.
    expect(report).toContain('<!-- 1 more like the one above -->');
    const check = checkLayout(parse(report)).find((entry) => entry.site === 'slack')!;
    expect(check.landmarks.filter((landmark) => landmark.matched).map((landmark) => landmark.name)).toEqual([
      'composer',
      'send button',
    ]);
  });

  it('keeps a label only when our own selectors name it, and only the part they name', () => {
    document.body.innerHTML = `
      <div role="dialog">
        <div role="button" aria-label="Opens card for Priya Natarajan"></div>
        <span aria-label="Time">10:00 – 11:00</span>
        <span aria-label="Zeitplan von Sam Lee"></span>
        <span title="Priya Natarajan &lt;priya.natarajan@acme-corp.example&gt;"></span>
      </div>`;
    const report = buildLayoutReport(document, 'outlook');
    expect(report).toContain('aria-label="Opens card for …"');
    expect(report).toContain('aria-label="Time"');
    expect(report).toContain('title="…@…"');
    expect(report).not.toContain('Zeit');
    for (const secret of SECRETS) expect(report, secret).not.toContain(secret);
  });
});

describe('identifiers', () => {
  it('masks what looks generated and drops e-mail addresses and free text', () => {
    expect(maskIdentifier('new-message-3f2b8c1e-9a4d-4c2b-8e1f-0a9b8c7d6e5f')).toBe('new-message-…');
    expect(maskIdentifier('edit-message-1700000000123')).toBe('edit-message-…');
    expect(maskIdentifier('channelTextArea_f75fb0')).toBe('channelTextArea_…');
    expect(maskIdentifier('ms-Button-abc123')).toBe('ms-Button-…');
    expect(maskIdentifier('xDetDlgAtt')).toBe('xDetDlgAtt');
    expect(maskIdentifier('message_input')).toBe('message_input');
    expect(maskIdentifier('priya@acme.example')).toBeNull();
    expect(maskIdentifier('Priya Natarajan')).toBeNull();
  });

  it('drops hashed class names and keeps readable ones', () => {
    document.body.innerHTML =
      '<div class="css-1x2y3z _a1b2c NlL62b ms-Button-abc123 c-wysiwyg_container sendButton__201d5 css-1x2y3z"></div>';
    const report = buildLayoutReport(document.body.firstElementChild!, 'discord');
    expect(report).toContain('<div class="ms-Button-… c-wysiwyg_container sendButton__…">');
  });
});

describe('size', () => {
  /** A long, varied page (no two siblings alike) with the composer at the very end. */
  function hugePage(): void {
    const rows: string[] = [];
    // Letters only: ids with digits are masked alike and would collapse into one.
    const word = (n: number) =>
      [n % 26, Math.floor(n / 26) % 26, Math.floor(n / 676)].map((d) => 'abcdefghijklmnopqrstuvwxyz'[d]).join('');
    for (let i = 0; i < 1200; i++) {
      rows.push(
        `<div role="listitem" data-qa="row_${word(i)}"><div class="gutter"><span class="who"></span><div class="body"><p></p></div></div></div>`,
      );
    }
    document.body.innerHTML = `
      <main role="main"><div role="list">${rows.join('')}</div>
        <div><div><div class="c-wysiwyg_container"><div data-qa="message_input">
          <div class="ql-editor" role="textbox" contenteditable="true"></div></div>
          <button data-qa="texty_send_button"></button></div></div></div>
      </main>`;
  }

  it('stays under 20 KB, keeps the composer and its send button, and says it pruned', () => {
    hugePage();
    const report = buildLayoutReport(document, 'slack');
    expect(byteLength(report)).toBeLessThanOrEqual(REPORT_MAX_BYTES);
    expect(report).toContain('pruned');
    const check = checkLayout(parse(report)).find((entry) => entry.site === 'slack')!;
    expect(check.landmarks.find((landmark) => landmark.name === 'composer')?.matched).not.toBeNull();
    expect(check.landmarks.find((landmark) => landmark.name === 'send button')?.matched).not.toBeNull();
    expect(check.adapterSees).toBe('a main composer with its send button');
  }, 20_000);

  it('cuts at a line under a tiny limit, and is the same every time', () => {
    hugePage();
    const first = buildLayoutReport(document, 'slack', { maxBytes: 2000 });
    expect(byteLength(first)).toBeLessThanOrEqual(2000);
    expect(buildLayoutReport(document, 'slack', { maxBytes: 2000 })).toBe(first);
    expect(buildLayoutReport(document, 'slack')).toBe(buildLayoutReport(document, 'slack'));
  }, 20_000);
});

// ---- The fixture pages, built by their own code ----

const fixtureMains = import.meta.glob('../fixtures/*/*/main.{ts,tsx}');

/** Every fixture page, the address it is served at, and the site it is for. */
const FIXTURES: Record<string, { url: string; site: LayoutSiteId; hooks: string[] }> = {
  'chat/slack': {
    url: 'https://app.slack.com/client/T0001/C0001',
    site: 'slack',
    hooks: ['data-qa="message_input"', 'data-qa="texty_send_button"', 'data-qa="threads_flexpane"'],
  },
  'chat/teams': {
    url: 'https://teams.microsoft.com/v2/',
    site: 'teams',
    hooks: ['data-tid="ckeditor"', 'data-tid="sendMessageCommands-send"'],
  },
  'chat/teams-classic': { url: 'https://teams.live.com/v2/', site: 'teams', hooks: ['<iframe'] },
  'chat/teams-frame': {
    url: 'https://teams.microsoft.com/v2/',
    site: 'teams',
    hooks: ['data-tid="ckeditor"', 'data-tid="message-pane-footer"'],
  },
  'chat/google-chat': {
    url: 'https://chat.google.com/u/0/app/chat/AAAA1',
    site: 'google-chat',
    hooks: ['role="textbox"', 'jsname="yrriRe"', 'g_editable="true"'],
  },
  'chat/gmail': { url: 'https://mail.google.com/chat/u/0/', site: 'google-chat', hooks: ['<iframe'] },
  'chat/discord': {
    url: 'https://discord.com/channels/111/222',
    site: 'discord',
    hooks: ['data-slate-editor="true"', 'channelTextArea'],
  },
  'chat/mattermost': {
    url: 'https://chat.example.com/team/channels/town-square',
    site: 'mattermost',
    hooks: ['data-testid="post_textbox"', 'data-testid="SendMessageButton"'],
  },
  'chat/zulip': {
    url: 'https://zulip.example.com/',
    site: 'zulip',
    hooks: ['id="compose-textarea"', 'id="compose-send-button"'],
  },
  'chat/rocketchat': {
    url: 'https://rocket.example.com/channel/general',
    site: 'rocketchat',
    hooks: ['name="msg"', 'role="group"'],
  },
  'calendar/google-editor': {
    url: 'https://calendar.google.com/calendar/u/0/r/eventedit/ZXZlbnQx',
    site: 'google-calendar',
    hooks: ['data-viewfamily="EVENT_EDIT"', 'id="xTiIn"', 'id="xGstLst"', 'data-hovercard-id="…"'],
  },
  'calendar/google-week': {
    url: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/23',
    site: 'google-calendar',
    hooks: ['data-viewfamily="EVENT"', 'role="main"'],
  },
  'calendar/outlook-compose': {
    url: 'https://outlook.office.com/calendar/deeplink/compose',
    site: 'outlook',
    hooks: ['data-ms-editor="true"', 'role="combobox"', 'title="…@…"'],
  },
  'calendar/outlook-week': {
    url: 'https://outlook.office.com/calendar/view/workweek',
    site: 'outlook',
    hooks: ['role="main"'],
  },
};

function fixturePages(): string[] {
  return ['chat', 'calendar'].flatMap((group) =>
    readdirSync(`test/fixtures/${group}`, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !/^[_.]/.test(entry.name))
      .map((entry) => `${group}/${entry.name}`),
  );
}

/** The fixture's HTML (without its scripts and styles), then its own main.ts, until ready. */
async function loadFixture(page: string, url: string): Promise<void> {
  const html = readFileSync(`test/fixtures/${page}/index.html`, 'utf8').replace(
    /<script\b[\s\S]*?<\/script>|<link\b[^>]*>/g,
    '',
  );
  const parsed = parse(html);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.documentElement.lang = parsed.documentElement.lang;
  document.body.replaceWith(document.importNode(parsed.body, true));
  const main = Object.keys(fixtureMains).find((path) => path.startsWith(`../fixtures/${page}/main.`));
  // A page's code runs once per import: forget earlier imports so it builds this page again.
  vi.resetModules();
  if (main) await fixtureMains[main]!();
  const ready = () => (window as unknown as { __fixture?: { ready?: boolean } }).__fixture?.ready === true;
  for (let i = 0; i < 60 && !ready(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  // Calendar pages render in steps after ready; let them settle.
  await new Promise((resolve) => setTimeout(resolve, 400));
}

/** Text a person sees or that carries text (labels, titles, placeholders), minus our own UI strings. */
function pageTexts(site: LayoutSiteId): string[] {
  const ours = probeSelectors(probeFor(site)).join(' ');
  const texts = new Set<string>();
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (text.length >= 4 && !ours.includes(text)) texts.add(text);
  }
  for (const el of document.body.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'data-placeholder']) {
      const value = el.getAttribute(name)?.trim();
      if (value && value.length >= 4 && !ours.includes(value)) texts.add(value);
    }
    const value = (el as HTMLInputElement).value;
    if (typeof value === 'string' && value.trim().length >= 4) texts.add(value.trim());
  }
  return [...texts];
}

describe('the fixture pages', () => {
  it('are all covered here', () => {
    expect(fixturePages().sort()).toEqual(Object.keys(FIXTURES).sort());
  });

  for (const [page, { url, site, hooks }] of Object.entries(FIXTURES)) {
    it(`${page}: no text of the page, the hooks our selectors use, and the same landmarks as the page`, async () => {
      await loadFixture(page, url);
      expectFaithfulReport(site, url, hooks);
    });
  }

  // The week views show their event popover (Google) and peek (Outlook) after a click.
  const OPENED: [page: string, click: string, hooks: string[]][] = [
    ['calendar/google-week', '[data-eventchip]', ['id="xDetDlg"', 'data-eventid="…"', 'id="xDetDlgWhen"']],
    ['calendar/outlook-week', '[role="button"][data-index]', ['aria-label="Opens card for …"', 'role="dialog"']],
  ];
  for (const [page, click, hooks] of OPENED) {
    it(`${page} with an event open: the same, and the surface is seen in the report too`, async () => {
      const { url, site } = FIXTURES[page]!;
      await loadFixture(page, url);
      (document.querySelector(click) as HTMLElement).click();
      await new Promise((resolve) => setTimeout(resolve, 400));
      const checks = expectFaithfulReport(site, url, hooks);
      expect(checks.find((check) => check.site === site)?.adapterSees).toMatch(/surfaces: (popover|peek)/);
    });
  }
});

/** No text of the page in its report, the given hooks in it, and the same check on both. */
function expectFaithfulReport(site: LayoutSiteId, url: string, hooks: string[]) {
  const texts = pageTexts(site);
  expect(texts.length).toBeGreaterThan(3);
  const report = buildLayoutReport(document, site);
  for (const text of texts) {
    // A single word ("Save", "Thread") is often the app's own vocabulary in ids and classes
    // too: it must not be reported as a value or as content. Anything longer, nowhere.
    if (/^[\p{L}_-]+$/u.test(text)) {
      expect(report, text).not.toContain(`"${text}"`);
      expect(report, text).not.toContain(`>${text}<`);
    } else {
      expect(report, text).not.toContain(text);
    }
  }
  for (const hook of hooks) expect(report).toContain(hook);
  expect(byteLength(report)).toBeLessThanOrEqual(REPORT_MAX_BYTES);
  const onThePage = checkLayout(document, url);
  const inTheReport = checkLayout(parse(report), url);
  // Every adapter's landmarks, and everything the site's own adapter makes of the page. (Other
  // sites' adapters may read text where their landmarks are missing: Outlook takes Google's
  // event popover for a peek by the time it shows, which a report does not keep.)
  // Another site's selector that matches on a text value (Rocket.Chat's `[aria-label="Send"]`
  // fallback on Zulip's button) finds nothing in this site's report, which keeps only this
  // site's UI strings: those are left out of the comparison.
  const byText = /\[(aria-label|title|placeholder)[\^*$]?=/;
  const landmarks = (checks: SiteCheck[]) =>
    checks.map((check) => [
      check.site,
      check.landmarks.map((landmark) =>
        check.site !== site && landmark.matched && byText.test(landmark.matched)
          ? { ...landmark, matched: null }
          : landmark,
      ),
    ]);
  expect(landmarks(inTheReport)).toEqual(landmarks(onThePage));
  expect(inTheReport.find((check) => check.site === site)).toEqual(onThePage.find((check) => check.site === site));
  return onThePage;
}

describe('npm run check:layout', () => {
  const run = (args: string[], input?: string) =>
    execFileSync(process.execPath, ['scripts/check-layout.mjs', ...args], { encoding: 'utf8', input });

  it('reads a saved page and prints, per adapter, what it found', () => {
    const out = run(['test/fixtures/chat/zulip/index.html', '--url=https://zulip.example.com/']);
    expect(out).toContain('a saved page of zulip.example.com');
    expect(out).toMatch(/zulip \(chat\): 2\/4 landmarks found\n {2}composer +found +form#send_message_form/);
    expect(out).toMatch(/slack \(chat\): 0\/4 landmarks found/);
    expect(out).toMatch(/outlook \(calendar\)/);
  }, 30_000);

  it('finds in the layout report of a fixture what the adapters find on the fixture itself', async () => {
    for (const page of ['chat/slack', 'calendar/outlook-compose'] as const) {
      const { url, site } = FIXTURES[page]!;
      await loadFixture(page, url);
      const onThePage = formatLayoutCheck(
        checkLayout(document, url).sort((a, b) => Number(b.site === site) - Number(a.site === site)),
      );
      expect(onThePage).toMatch(/(?:4\/4|3\/4) landmarks found/);
      const out = run(['-', `--url=${url}`], buildLayoutReport(document, site));
      const header = `standard input: a layout report for ${site} of ${new URL(url).host}\n\n`;
      expect(out.startsWith(header)).toBe(true);
      // The site's own block, byte for byte (it comes first). Other sites' blocks may differ
      // where their selectors match on a text value the site's report does not keep.
      const ownBlock = (text: string) => text.split('\n\n')[0];
      expect(ownBlock(out.slice(header.length))).toBe(ownBlock(onThePage));
    }
  }, 60_000);

  it('says clearly when the file cannot be read, and exits 2', () => {
    const result = spawnSync(process.execPath, ['scripts/check-layout.mjs', 'test/fixtures/no-such-page.html'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('check:layout: cannot read test/fixtures/no-such-page.html');
  }, 30_000);
});
