import { fileURLToPath } from 'node:url';
import { TEST_BUILD_DIR } from '../../scripts/extension-build.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
/** The test build: the store build plus the hooks the chat tests drive (scripts/extension-build.mjs). */
export const EXTENSION_DIR = TEST_BUILD_DIR;
export const SCREENSHOT_DIR = `${ROOT}/test-results/screenshots`;
