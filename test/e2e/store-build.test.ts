/**
 * The store build (`npm run build`, `npm run zip`) carries none of the test hooks a page could
 * set to steer the chat helper, and its in-page UI sits in a closed shadow root a page cannot
 * reach; the test build, which the other end-to-end tests load, has the hooks and open roots.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, STORE_BUILD_DIR, TEST_BUILD_DIR } from '../../scripts/extension-build.mjs';
import { BADGE, fixtureReady, GOOGLE_EDITOR } from './calendar-helpers';
import { launchExtension } from './harness';

const HOOK_STRINGS = ['data-eventually-test-throw', 'data-eventually-test-timing', 'data-eventually-timings'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function hooksIn(dir: string): string[] {
  return filesUnder(dir).flatMap((file) => {
    const text = readFileSync(file, 'latin1');
    return HOOK_STRINGS.filter((hook) => text.includes(hook)).map((hook) => `${file.slice(dir.length + 1)}: ${hook}`);
  });
}

beforeAll(() => {
  // `npm test` has just made the store build and says so; otherwise make it here.
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(join(STORE_BUILD_DIR, 'manifest.json'))) {
    buildExtension({ testHooks: false });
  }
});

describe('test hooks exist only in the test build', () => {
  it('the store build has none of them', () => {
    expect(hooksIn(STORE_BUILD_DIR)).toEqual([]);
  });

  it('the test build has all of them (so the check above looks for the right strings)', () => {
    const found = new Set(hooksIn(TEST_BUILD_DIR).map((line) => line.split(': ')[1]));
    expect([...found].sort()).toEqual([...HOOK_STRINGS].sort());
  });
});

/** What the page itself sees of our badge on Google Calendar's editor, built from `dir`. */
async function badgeAsThePageSeesIt(dir: string): Promise<{ hosts: number; openRoots: number }> {
  const session = await launchExtension({ extensionDir: dir });
  try {
    const page = await session.open(GOOGLE_EDITOR);
    await fixtureReady(page);
    // The host element is in the page's DOM either way; only its root differs.
    await page.waitForSelector(BADGE, { state: 'attached' });
    return await page.evaluate((selector) => {
      const hosts = [...document.querySelectorAll(selector)];
      return { hosts: hosts.length, openRoots: hosts.filter((host) => host.shadowRoot !== null).length };
    }, BADGE);
  } finally {
    await session.close();
  }
}

describe('a page cannot reach the in-page UI', () => {
  it('the store build puts it in a closed shadow root', async () => {
    expect(await badgeAsThePageSeesIt(STORE_BUILD_DIR)).toEqual({ hosts: 1, openRoots: 0 });
  });

  it('the test build keeps it open (so the check above looks at a real badge)', async () => {
    expect(await badgeAsThePageSeesIt(TEST_BUILD_DIR)).toEqual({ hosts: 1, openRoots: 1 });
  });
});
