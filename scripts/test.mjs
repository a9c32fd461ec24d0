// `npm test`: every check, in the order a failure is cheapest to find. Each step runs even if
// an earlier one failed (so one run shows everything), except that end-to-end tests need a
// build. Ends with `N passed, N failed` counted from the test runners' own JSON results.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { TEST_HOOKS_ENV } from './extension-build.mjs';
import { findFirefox, NoFirefoxError } from './firefox.mjs';

const RESULTS = 'test-results';
mkdirSync(RESULTS, { recursive: true });
for (const file of ['vitest-fast.json', 'vitest-e2e.json', 'vitest-e2e-firefox.json', 'summary.json'])
  rmSync(`${RESULTS}/${file}`, { force: true });

const failedSteps = [];
function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failedSteps.push(name);
  return ok;
}

const vitest = (projects, output) => [
  'vitest',
  'run',
  ...projects.flatMap((p) => ['--project', p]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${RESULTS}/${output}`,
];

step('type check', 'npx', ['tsc', '--noEmit']);
step('lint and format (Biome)', 'npx', ['biome', 'check', '.']);
step('unused code (knip)', 'npx', ['knip']);
step('unit and component tests', 'npx', vitest(['unit', 'dom'], 'vitest-fast.json'));
// The store build, then the test build (the same plus test hooks, in its own folder: see
// scripts/extension-build.mjs); the end-to-end tests load the second and check the first.
const storeBuilt = step('build for Chrome', 'npx', ['wxt', 'build'], { [TEST_HOOKS_ENV]: '' });
const builtForFirefox = step('build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
  [TEST_HOOKS_ENV]: '',
});
if (builtForFirefox) {
  step('web-ext lint (Firefox)', 'node', ['scripts/lint-firefox.mjs']);
}
const testBuilt = step('build for end-to-end tests (with test hooks)', 'npx', ['wxt', 'build'], {
  [TEST_HOOKS_ENV]: '1',
});
if (storeBuilt && testBuilt) {
  step('end-to-end tests in Chromium', 'npx', vitest(['e2e'], 'vitest-e2e.json'), { E2E_SKIP_BUILD: '1' });
}

// Firefox ESR: a few core paths of the Firefox build (test/e2e-firefox). On a developer's
// machine with no Firefox the tier is skipped with the command that installs one; in CI
// (CI=true) it always runs, so a missing Firefox fails there with the same message.
let firefoxSkipped = false;
if (builtForFirefox) {
  const firefoxMissing = missingFirefox();
  if (firefoxMissing && !process.env.CI) {
    firefoxSkipped = true;
    console.log(`\n▶ end-to-end tests in Firefox: not run. ${firefoxMissing}`);
  } else {
    // Its own test build (hooks on, in .output/firefox-mv3-test), like the Chromium tier's.
    const firefoxTestBuilt = step(
      'build Firefox for end-to-end tests (with test hooks)',
      'npx',
      ['wxt', 'build', '-b', 'firefox', '--mv3'],
      { [TEST_HOOKS_ENV]: '1' },
    );
    if (firefoxTestBuilt) {
      step('end-to-end tests in Firefox', 'npx', vitest(['e2e-firefox'], 'vitest-e2e-firefox.json'), {
        E2E_SKIP_BUILD: '1',
      });
    }
  }
}
function missingFirefox() {
  try {
    findFirefox();
    return null;
  } catch (error) {
    if (error instanceof NoFirefoxError) return error.message;
    throw error;
  }
}

let passed = 0;
let failed = 0;
let skipped = firefoxSkipped ? 1 : 0;
const testSteps = {
  'vitest-fast.json': 'unit and component tests',
  'vitest-e2e.json': 'end-to-end tests in Chromium',
  'vitest-e2e-firefox.json': 'end-to-end tests in Firefox',
};
for (const [file, stepName] of Object.entries(testSteps)) {
  const path = `${RESULTS}/${file}`;
  let stepFailures = 0;
  if (existsSync(path)) {
    const report = JSON.parse(readFileSync(path, 'utf8'));
    passed += report.numPassedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    stepFailures += report.numFailedTests;
    // A file that fails to load has no tests to count: count it as a failure, not silence.
    stepFailures += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  }
  // The runner failed without a failing test to show for it (a crashed worker, an unhandled
  // error, no report at all): that is one failure, never a silent pass.
  if (failedSteps.includes(stepName) && stepFailures === 0) stepFailures = 1;
  failed += stepFailures;
}
// A step that is not a test runner (type check, build, lint) counts as one check.
failed += failedSteps.filter((name) => !Object.values(testSteps).includes(name)).length;
writeFileSync(`${RESULTS}/summary.json`, JSON.stringify({ passed, failed, skipped, failedSteps }, null, 2));
if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length === 0 ? 0 : 1);
