// Lints the Firefox build with web-ext (Mozilla's addons-linter) and fails on any error.
// Warnings are printed: today they all come from React's and zod's own code (innerHTML
// handling, zod's eval probe, which `z.config({ jitless: true })` keeps from running).
import { execFileSync } from 'node:child_process';

const source = process.argv[2] ?? '.output/firefox-mv3';
let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', source, '--output', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors; the JSON is still on stdout.
  output = error.stdout;
}
const report = JSON.parse(output);
for (const kind of ['errors', 'warnings']) {
  for (const item of report[kind])
    console.log(`${kind.slice(0, -1)}: ${item.code} ${item.message} (${item.file ?? 'manifest'})`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
process.exit(report.summary.errors === 0 ? 0 : 1);
