// `node scripts/bench/calendar.mjs [--events N] [--year-only] [--lib built/index.mjs]`: the calendar engine alone, measured: the
// busy year (expand + 52 weekly summaries, first run and median of the next four) and each
// slow feed of issue 12. Quicker than `npm run bench`, which also builds the extension.
import { buildLib } from '../build-lib.mjs';
import { busyYearIcs } from './busy-year.mjs';
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

const ics = busyYearIcs();
const range = { start: new Date(Date.UTC(2026, 0, 1)), end: new Date(Date.UTC(2027, 0, 1)) };
const settings = lib.normalizeSettings({ timeZone: 'Europe/Berlin', myEmails: ['me@example.com'] }).settings;
const runs = [];
let count = 0;
// CPU time too: on a machine busy with other work, wall time is mostly waiting.
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
for (let run = 0; run < 5; run++) {
  const cpuStarted = cpuMs();
  const started = performance.now();
  const occurrences = lib.expandIcs(ics, range, { myAddresses: ['me@example.com'] });
  const expanded = performance.now();
  for (let week = 0; week < 52; week++) {
    lib.weeklyStats(
      occurrences,
      lib.statsOptionsFromSettings(settings, new Date(range.start.getTime() + week * 7 * 86_400_000)),
    );
  }
  runs.push({ expand: expanded - started, total: performance.now() - started, cpu: cpuMs() - cpuStarted });
  count = occurrences.length;
}
const later = runs
  .slice(1)
  .map((r) => r.total)
  .sort((a, b) => a - b);
const laterCpu = runs
  .slice(1)
  .map((r) => r.cpu)
  .sort((a, b) => a - b);
console.log(
  `busy year: ${count} occurrences; first ${runs[0].total.toFixed(0)} ms (expand ${runs[0].expand.toFixed(0)} ms), median after ${later[Math.floor(later.length / 2)].toFixed(0)} ms; CPU first ${runs[0].cpu.toFixed(0)} ms, median after ${laterCpu[Math.floor(laterCpu.length / 2)].toFixed(0)} ms`,
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
