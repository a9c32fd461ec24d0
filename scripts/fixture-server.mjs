// Serves the offline fixture pages (test/fixtures/) at the REAL site URLs through
// Playwright request routing, so the extension's real manifest match patterns apply.
// Used by the end-to-end tests and by `npm start`'s demo. Every answer carries a strict
// script policy like the real sites send, so inline-script mistakes show up here too.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIST = fileURLToPath(new URL('../test/fixtures/dist/', import.meta.url));
export const FIXTURE_CSP = "script-src 'self'; object-src 'none'";
const ASSET_PREFIX = '/__fixture__/';

const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];

/** Which fixture page answers a real URL, first match wins; null = not ours (aborted). */
export const FIXTURE_PAGES = [
  {
    page: 'calendar/google-editor',
    test: (u) => u.host === 'calendar.google.com' && u.pathname.includes('/r/eventedit'),
  },
  { page: 'calendar/google-week', test: (u) => u.host === 'calendar.google.com' && u.pathname.startsWith('/calendar') },
  { page: 'calendar/outlook-compose', test: (u) => OUTLOOK_HOSTS.includes(u.host) && u.pathname.includes('/compose') },
  { page: 'calendar/outlook-week', test: (u) => OUTLOOK_HOSTS.includes(u.host) && u.pathname.includes('/calendar') },
  { page: 'chat/slack', test: (u) => u.host === 'app.slack.com' },
  // Teams today: the chat pane in the top-level page. teams.live.com serves the older shape
  // (the chat pane in an iframe), which is still plausible: the adapter must handle both.
  { page: 'chat/teams-classic', test: (u) => u.host === 'teams.live.com' },
  {
    page: 'chat/teams',
    test: (u) => ['teams.microsoft.com', 'teams.cloud.microsoft'].includes(u.host),
  },
  { page: 'chat/gmail', test: (u) => u.host === 'mail.google.com' },
  { page: 'chat/google-chat', test: (u) => u.host === 'chat.google.com' },
  { page: 'chat/discord', test: (u) => u.host === 'discord.com' && u.pathname.startsWith('/channels') },
  { page: 'chat/mattermost', test: (u) => u.host === 'chat.example.com' },
  { page: 'chat/zulip', test: (u) => u.host === 'zulip.example.com' },
  { page: 'chat/rocketchat', test: (u) => u.host === 'rocket.example.com' },
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.ics': 'text/calendar; charset=utf-8',
};

export function fixturePageFor(url) {
  const parsed = new URL(url);
  return FIXTURE_PAGES.find((entry) => entry.test(parsed))?.page ?? null;
}

async function fileResponse(path) {
  const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
  const body = await readFile(join(FIXTURE_DIST, safe));
  return {
    status: 200,
    headers: {
      'content-type': TYPES[extname(safe)] ?? 'application/octet-stream',
      'content-security-policy': FIXTURE_CSP,
    },
    body,
  };
}

/**
 * Route every http(s) request of `context`: fixture pages and their assets are answered from
 * test/fixtures/dist, `extraRoutes` (url → { status, headers, body }) answer test-specific
 * URLs such as a calendar feed, and everything else is aborted (this machine has no network,
 * and a test must not depend on one).
 */
export async function routeFixtures(context, extraRoutes = {}) {
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    async (route) => {
      const url = new URL(route.request().url());
      const extra = extraRoutes[url.href] ?? extraRoutes[url.origin + url.pathname];
      try {
        if (extra) return await route.fulfill(typeof extra === 'function' ? await extra(route.request()) : extra);
        if (url.pathname.startsWith(ASSET_PREFIX)) {
          return await route.fulfill(await fileResponse(decodeURIComponent(url.pathname.slice(ASSET_PREFIX.length))));
        }
        const page = fixturePageFor(url.href);
        if (page && route.request().resourceType() === 'document') {
          return await route.fulfill(await fileResponse(`${page}/index.html`));
        }
        return await route.abort('blockedbyclient');
      } catch (error) {
        return route.fulfill({ status: 404, body: `fixture missing: ${url.href} (${error.message})` }).catch(() => {});
      }
    },
  );
}
