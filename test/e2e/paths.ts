import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const EXTENSION_DIR = `${ROOT}/.output/chrome-mv3`;
export const FIXTURE_DIST = `${ROOT}/test/fixtures/dist`;
export const SCREENSHOT_DIR = `${ROOT}/test-results/screenshots`;
