// Serves the offline fixture pages (test/fixtures/) at the REAL site URLs through
// Playwright request routing, so the extension's real manifest match patterns apply.
// Used by the end-to-end tests and by `npm start`'s demo. Every answer carries a strict
// script policy like the real sites send, so inline-script mistakes show up here too.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export const FIXTURE_DIST = fileURLToPath(new URL('../test/fixtures/dist/', import.meta.url));
export const FIXTURE_CSP = "script-src 'self'; object-src 'none'";
const ASSET_PREFIX = '/__fixture__/';

const REGISTRY = fileURLToPath(new URL('../sites/registry.ts', import.meta.url));

/**
 * The registry of sites (sites/registry.ts) loaded through Vite, which compiles TypeScript on
 * the way: the routes come from each site's descriptor, so a new site is served without an
 * edit here. Loaded once per process (~150 ms).
 */
let registry;
function loadRegistry() {
  registry ??= runnerImport(REGISTRY, { configFile: false, logLevel: 'error' }).then((result) => result.module);
  return registry;
}

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
  // Which fixture page answers a real URL: first match in registry order; null = not ours.
  const { fixturePageFor } = await loadRegistry();
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
