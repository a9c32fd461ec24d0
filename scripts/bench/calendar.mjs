// `node scripts/bench/calendar.mjs [--events N] [--year-only] [--lib built/index.mjs]`: the calendar engine alone, measured: the
// busy year (expand + 52 weekly summaries, first run and median of the next four) and each
// slow feed of issue 12. Quicker than `npm run bench`, which also builds the extension.
import { buildLib } from '../build-lib.mjs';
import { BUSY_YEAR_RANGE, timeBusyYear } from './busy-year.mjs';
import * as slow from './slow-feeds.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
// --lib <built index.mjs>: measure another build (e.g. an older commit's lib/) the same way.
const lib = await import(
  option('--lib') ? new URL(option('--lib'), `file://${process.cwd()}/`).href : await buildLib()
);
const events = Number(option('--events', 200));
const onlyYear = process.argv.includes('--year-only');

const range = BUSY_YEAR_RANGE;
// CPU time too: on a machine busy with other work, wall time is mostly waiting.
const { occurrences: count, runs } = timeBusyYear(lib);
const medianOf = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const later = medianOf(runs.slice(1).map((r) => r.totalMs));
const laterCpu = medianOf(runs.slice(1).map((r) => r.cpuMs));
console.log(
  `busy year: ${count} occurrences; first ${runs[0].totalMs.toFixed(0)} ms (expand ${runs[0].expandMs.toFixed(0)} ms), median after ${later.toFixed(0)} ms; CPU first ${runs[0].cpuMs.toFixed(0)} ms, median after ${laterCpu.toFixed(0)} ms`,
);

if (onlyYear) process.exit(0);
const feeds = {
  [`${events} × FREQ=MONTHLY;BYDAY=5FR;BYSETPOS=-1 since 1900`]: slow.lastFifthFridaySince1900({ events }),
  'X-ALT-DESC of 128k "<"': slow.altDescriptionOfAngles(),
  'unmatched nesting (0.9 MB)': slow.unmatchedNesting(),
  '40 KB TZID': slow.hugeTzid(),
};
for (const [name, text] of Object.entries(feeds)) {
  const started = performance.now();
  let outcome;
  try {
    outcome = `${lib.expandIcs(text, range).length} occurrences`;
  } catch (error) {
    outcome = `error: ${error.message.slice(0, 80)}`;
  }
  console.log(
    `${name} (${(text.length / 1024).toFixed(0)} KB): ${(performance.now() - started).toFixed(0)} ms, ${outcome}`,
  );
}
