// The two Chrome builds. The store build (`npm run build`, `npm run zip`, `npm start`) goes to
// .output/chrome-mv3. The test build is the same code plus hooks a page can reach (a forced
// failure in the chat helper, keydown timings) that the end-to-end tests and the page-impact
// bench drive; it goes to its own folder so the folder a person loads by hand never has them.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Set to "1" in the environment of `wxt build` to compile the test hooks in (wxt.config.ts). */
export const TEST_HOOKS_ENV = 'EVENTUALLY_TEST_HOOKS';
export const TEST_BUILD_SUFFIX = '-test';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
export const STORE_BUILD_DIR = `${ROOT}/.output/chrome-mv3`;
export const TEST_BUILD_DIR = `${ROOT}/.output/chrome-mv3${TEST_BUILD_SUFFIX}`;

/** Builds the Chrome extension, with or without the test hooks; throws when the build fails. */
export function buildExtension({ testHooks, stdio = 'inherit' }) {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio,
    // Always set, so a store build started from a test run never inherits the flag. NODE_ENV
    // too: vitest sets it to "test", which made the test build bundle React's development
    // build (134 KB gzip shared by the popup and options page instead of 72 KB, and slower).
    env: { ...process.env, NODE_ENV: 'production', [TEST_HOOKS_ENV]: testHooks ? '1' : '' },
  });
}
