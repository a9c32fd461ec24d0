/**
 * The one place where the Firefox tier meets the fixture routing of scripts/fixture-server.mjs.
 * `routeFixtures` speaks Playwright's route interface (what the Chromium tier and the demo
 * use); this adapter hands it Puppeteer's WebDriver BiDi requests through that interface, so
 * the table of real URLs → fixture pages, the assets and the script policy stay in one file.
 */
import type { BrowserContext } from 'playwright-core';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { routeFixtures } from '../../scripts/fixture-server.mjs';

interface Fulfilment {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** The part of a Playwright `Route` that routeFixtures calls. */
interface RouteLike {
  request(): { url(): string; resourceType(): string };
  fulfill(response: Fulfilment): Promise<void>;
  abort(errorCode?: string): Promise<void>;
}

type RouteHandler = (route: RouteLike) => Promise<unknown>;
type UrlMatcher = (url: URL) => boolean;

/** routeFixtures' handler and matcher, captured once. */
async function fixtureHandler(): Promise<{ matches: UrlMatcher; handle: RouteHandler }> {
  let captured: { matches: UrlMatcher; handle: RouteHandler } | undefined;
  const recorder = {
    route: async (matches: UrlMatcher, handle: RouteHandler) => {
      captured = { matches, handle };
    },
  };
  await routeFixtures(recorder as unknown as BrowserContext);
  if (!captured) throw new Error('routeFixtures registered no route handler: the fixture-server interface changed');
  return captured;
}

function asRoute(request: HTTPRequest): RouteLike {
  return {
    request: () => ({
      url: () => request.url(),
      // Firefox's BiDi has no resource type; a navigation is what Playwright calls a document.
      resourceType: () => (request.isNavigationRequest() ? 'document' : 'other'),
    }),
    fulfill: ({ status, headers, body }) => request.respond({ status, headers, body }),
    abort: () => request.abort('blockedbyclient'),
  };
}

/**
 * Answers every http(s) request of `page` from the fixtures, as the Chromium tier's context
 * routing does: the real hostnames reach no network, so the manifest's matches apply as on
 * the real sites. Call before the page's first navigation.
 */
export async function routeToFixtures(page: Page): Promise<void> {
  const { matches, handle } = await fixtureHandler();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    const served = matches(url) ? handle(asRoute(request)) : request.continue();
    // A page closed mid-request cannot take the answer any more; nothing to report then.
    served.catch(() => {});
  });
}
