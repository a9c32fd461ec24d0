/**
 * The registry of sites (sites/registry.ts) is complete and everything that lists sites
 * agrees with it: every folder under sites/ is registered, lib/sites.ts has the same ids,
 * each site's adapter is the one its descriptor describes, and each site has a fixture page
 * served at its addresses, a DOM test, an end-to-end scenario and a row in the README.
 * (The built manifest's matches are compared with the registry in test/e2e/manifest.test.ts.)
 *
 * In the dom tier because the adapters are loaded (and one is built and run below).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CALENDAR_SITE_IDS, CHAT_SITE_IDS, SELF_HOSTED_KINDS, SITE_IDS, SITE_LABELS } from '../../lib/sites';
import { CALENDAR_ADAPTERS, adapterFor as calendarAdapterFor } from '../../sites/calendar-common/registry';
import { defineChatAdapter } from '../../sites/chat-common/adapter';
import { builtinAdapterFor, CHAT_ADAPTERS } from '../../sites/chat-common/registry';
import { defineChatSite, type SiteDescriptor } from '../../sites/descriptor';
import { contentScriptMatches, fixturePageFor, fixtureRoutes, SITES, supportedSiteRows } from '../../sites/registry';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The folders every site has, in both families. */
const SITE_FILES = ['site.ts', 'selectors.ts', 'adapter.ts'];

function folders(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

function filesIn(dir: string, pattern: RegExp): { path: string; text: string }[] {
  return readdirSync(join(ROOT, dir))
    .filter((name) => pattern.test(name))
    .map((name) => ({ path: `${dir}/${name}`, text: readFileSync(join(ROOT, dir, name), 'utf8') }));
}

/** The cells of the README's "Supported sites" table, header and rule left out. */
function readmeSiteRows(): string[][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('\n## Supported sites')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

/** Chrome's match-pattern test for the `https://host/path*` patterns we declare. */
function patternMatches(pattern: string, url: string): boolean {
  const { host, pathname } = new URL(url);
  const match = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!match) return false;
  const [, patternHost, patternPath] = match;
  const path = new RegExp(`^${patternPath!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return patternHost === host && path.test(pathname);
}

function adapterOf(site: SiteDescriptor) {
  return site.family === 'calendar' ? CALENDAR_ADAPTERS[site.id] : CHAT_ADAPTERS[site.id];
}

describe('every site folder is registered, once', () => {
  const siteFolders = folders('sites').filter((name) => !name.endsWith('-common'));

  it.each(siteFolders)('sites/%s/ is in sites/registry.ts', (folder) => {
    expect(
      SITES.map((site) => site.id),
      `sites/${folder}/ is not registered: add its descriptor to sites/registry.ts`,
    ).toContain(folder);
  });

  it.each(SITES.map((site) => [site.id, site] as const))('%s has a folder with the same files as every site', (id) => {
    for (const file of SITE_FILES) expect(existsSync(join(ROOT, 'sites', id, file)), `sites/${id}/${file}`).toBe(true);
  });

  it('registers each id once', () => {
    const ids = SITES.map((site) => site.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the ids and families that lib/sites.ts gives the settings', () => {
    expect(SITES.map((site) => site.id)).toEqual([...SITE_IDS]);
    expect(SITES.filter((site) => site.family === 'calendar').map((site) => site.id)).toEqual([...CALENDAR_SITE_IDS]);
    const chat = SITES.filter((site) => site.family === 'chat');
    expect(chat.filter((site) => site.hosts !== 'self-hosted').map((site) => site.id)).toEqual([...CHAT_SITE_IDS]);
    expect(chat.filter((site) => site.hosts === 'self-hosted').map((site) => site.id)).toEqual([...SELF_HOSTED_KINDS]);
    for (const site of SITES) expect(site.label, site.id).toBe(SITE_LABELS[site.id]);
  });
});

describe.each(SITES.map((site) => [site.id, site] as const))('%s', (id, site) => {
  it('has the adapter its descriptor describes, and it takes the pages at its addresses', () => {
    const adapter = adapterOf(site);
    expect(adapter?.id).toBe(id);
    if (site.family === 'chat') expect(CHAT_ADAPTERS[site.id].editor).toBe(site.editor);
    for (const fixture of site.fixtures) {
      if (site.hosts === 'self-hosted' || fixture.hosts) continue; // chosen by origin, or another site's shell
      for (const url of fixture.urls) {
        expect(
          site.matches.some((pattern) => patternMatches(pattern, url)),
          `${url} is outside ${site.matches}`,
        ).toBe(true);
        const found = site.family === 'calendar' ? calendarAdapterFor(new URL(url)) : builtinAdapterFor(new URL(url));
        expect(found, url).toBe(adapter);
      }
    }
  });

  it('has a fixture page, served at its addresses', () => {
    expect(site.fixtures.some((fixture) => fixture.urls.length > 0)).toBe(true);
    for (const fixture of site.fixtures) {
      expect(existsSync(join(ROOT, 'test/fixtures', fixture.page, 'index.html')), fixture.page).toBe(true);
      for (const url of fixture.urls) expect(fixturePageFor(url), url).toBe(fixture.page);
    }
  });

  it('has a DOM test', () => {
    const tests = filesIn('test/dom', /\.test\.tsx?$/).filter((file) => !file.path.endsWith('site-registry.test.ts'));
    expect(
      tests.some((file) => file.text.includes(`sites/${id}/`)),
      `no test in test/dom imports sites/${id}/`,
    ).toBe(true);
  });

  it('has an end-to-end scenario at one of its fixture addresses', () => {
    const e2e = filesIn('test/e2e', /\.ts$/);
    const urls = site.fixtures.flatMap((fixture) => fixture.urls);
    expect(
      e2e.some((file) => urls.some((url) => file.text.includes(url))),
      `no file in test/e2e opens ${urls.join(' or ')}`,
    ).toBe(true);
  });

  it('has a row in the README', () => {
    expect(readmeSiteRows().map((row) => row[0])).toContain(site.label);
  });
});

describe('what is derived from the registry', () => {
  it('the README table is the registry, row for row', () => {
    expect(readmeSiteRows()).toEqual(supportedSiteRows());
  });

  it('every fixture page belongs to a site', () => {
    const claimed = new Set(SITES.flatMap((site) => site.fixtures.map((fixture) => fixture.page)));
    for (const group of ['calendar', 'chat']) {
      for (const page of folders(`test/fixtures/${group}`).filter((name) => !/^[._]/.test(name))) {
        expect(claimed, `test/fixtures/${group}/${page} is in no site's descriptor`).toContain(`${group}/${page}`);
      }
    }
  });

  it('routes no address to two pages of different sites', () => {
    const routes = fixtureRoutes();
    for (const site of SITES) {
      for (const url of site.fixtures.flatMap((fixture) => fixture.urls)) {
        const pages = routes.filter((route) => route.hosts.includes(new URL(url).host)).map((route) => route.page);
        const owners = new Set(
          pages.map((page) => SITES.find((other) => other.fixtures.some((f) => f.page === page))?.id),
        );
        expect([...owners], url).toEqual([site.id]);
      }
    }
  });
});

describe('a new chat site on an editor we support needs no change outside its descriptor', () => {
  // A fictitious site as a contributor would add it (CONTRIBUTING.md): its descriptor, its
  // selectors and its adapter; the machinery takes it from the list it is given.
  const example = {
    ...defineChatSite({
      id: 'example-chat' as never,
      editor: 'textarea',
      hosts: ['chat.example.org'],
      fixtures: [{ page: 'chat/example-chat', urls: ['https://chat.example.org/room/1'] }],
    }),
    label: 'Example Chat',
  };
  const sites = [...SITES, example];

  it('gets its content-script pattern, its fixture route and its README row', () => {
    expect(contentScriptMatches('chat', sites)).toEqual([
      ...contentScriptMatches('chat'),
      'https://chat.example.org/*',
    ]);
    expect(contentScriptMatches('calendar', sites)).toEqual(contentScriptMatches('calendar'));
    expect(fixturePageFor('https://chat.example.org/room/1', fixtureRoutes(sites))).toBe('chat/example-chat');
    expect(fixturePageFor('https://chat.example.org/room/1')).toBeNull();
    expect(supportedSiteRows(sites).at(-1)).toEqual(['Example Chat', 'Chat helper', '`chat.example.org`']);
  });

  it('gets a working adapter from its descriptor and selectors', async () => {
    const adapter = defineChatAdapter({
      site: example,
      selectors: {
        editable: ['textarea.message'],
        box: ['form.composer'],
        sendButton: ['button.send'],
        suggestion: [],
      },
      conversationId: (_composer, url) => new URL(url).pathname.split('/')[2] ?? null,
    });
    document.body.innerHTML = `<form class="composer"><textarea class="message">hi</textarea><button class="send">Send</button></form>`;
    const textarea = document.querySelector('textarea')!;
    const composer = adapter.findComposer(textarea)!;
    expect(adapter.matches(new URL('https://chat.example.org/room/1'))).toBe(true);
    expect(adapter.matches(new URL('https://chat.example.com/room/1'))).toBe(false);
    expect(composer.site).toBe('example-chat');
    expect(adapter.sendButton(composer)).toBe(document.querySelector('button.send'));
    expect(adapter.readText(composer)).toBe('hi');
    expect(adapter.conversationId(composer, 'https://chat.example.org/room/1')).toBe('1');
    expect(await adapter.insertText(composer, '\nCan you review the deck?')).toBe(true);
    expect(textarea.value).toBe('hi\nCan you review the deck?');
  });
});
