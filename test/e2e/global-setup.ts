import { existsSync } from 'node:fs';
import { buildExtension } from '../../scripts/extension-build.mjs';
import { EXTENSION_DIR, ROOT } from './paths';

/**
 * Builds what the end-to-end tests load: the test build of the extension (unless the caller,
 * `npm test`, has just built it and says so with E2E_SKIP_BUILD=1) and the fixture pages.
 */
export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    buildExtension({ testHooks: true });
  }
  const fixtureBuild = `${ROOT}/test/fixtures/build.mjs`;
  if (existsSync(fixtureBuild) && process.env.E2E_SKIP_FIXTURES !== '1') {
    const { buildFixtures } = (await import(fixtureBuild)) as { buildFixtures: () => Promise<void> };
    await buildFixtures();
  }
}
