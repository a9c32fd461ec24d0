import { defineConfig } from 'wxt';
import { TEST_BUILD_SUFFIX, TEST_HOOKS_ENV } from './scripts/extension-build.mjs';
import { contentScriptMatches, webAccessibleMatches } from './sites/registry';

// Test hooks (see scripts/extension-build.mjs) are compiled in only when asked for; the store
// build replaces the flag with `false` and the bundler drops the hook code and its strings.
const testHooks = process.env[TEST_HOOKS_ENV] === '1';

// The manifest asks for the fewest permissions that work; README.md ("Permissions") explains
// each one, and test/e2e/manifest.test.ts keeps the two in step.
export default defineConfig({
  ...(testHooks ? { outDirTemplate: `{{browser}}-mv{{manifestVersion}}${TEST_BUILD_SUFFIX}` } : {}),
  vite: () => ({
    define: { 'import.meta.env.EVENTUALLY_TEST_HOOKS': JSON.stringify(testHooks) },
  }),
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Our own imports are explicit: a reader sees where every name comes from.
  imports: false,
  // The Firefox sources zip is for reviewers to rebuild the extension: no tests, demo output
  // or screenshots.
  zip: {
    excludeSources: ['test/**', 'docs/**', 'demo-output/**', 'test-results/**', 'bench-results/**', '.tmp-*/**'],
  },
  manifest: ({ browser }) => ({
    // In the browser's language, from locales/*.yml (@wxt-dev/i18n writes _locales/*/messages.json).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'scripting'],
    // Calendar feeds (.ics) and self-hosted chat servers live on origins only the user
    // knows: each is asked for when the user adds it in the options page, never before.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The chat helper's and the calendar overlay's main code, imported on demand by their
    // sentinels (entrypoints/chat.content.ts, entrypoints/calendar.content.ts), each on its own
    // family's built-in sites only. A dynamic URL (a per-session id) so pages cannot probe for it.
    web_accessible_resources: [
      { resources: ['chat-main.js'], matches: contentScriptMatches('chat'), use_dynamic_url: true },
      { resources: ['calendar-main.js'], matches: webAccessibleMatches('calendar'), use_dynamic_url: true },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'eventually@eventually-coordinated.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
