import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { TEST_HOOKS_ENV } from '../../scripts/extension-build.mjs';
import { findFirefox } from '../../scripts/firefox.mjs';
import { ROOT } from '../e2e/paths';
import { FIREFOX_EXTENSION_DIR } from './harness';

/**
 * Fails at once, with the command to install it, when there is no Firefox: a missing browser
 * is a failure, never a silent skip. Then builds what the tests load: the Firefox add-on
 * (unless `npm test` has just built it and says so with E2E_SKIP_BUILD=1) and the fixture pages.
 */
export default async function setup(): Promise<void> {
  findFirefox();
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, [TEST_HOOKS_ENV]: '1' },
    });
  }
  const fixtureBuild = `${ROOT}/test/fixtures/build.mjs`;
  if (existsSync(fixtureBuild) && process.env.E2E_SKIP_FIXTURES !== '1') {
    const { buildFixtures } = (await import(fixtureBuild)) as { buildFixtures: () => Promise<void> };
    await buildFixtures();
  }
}
