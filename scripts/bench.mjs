// `npm run bench`: Eventually's figures, measured. Prints a table and writes
// bench-results/bench.json. Not part of `npm test` (timings depend on the machine); the
// deterministic budgets (bundle sizes) are checked in the tests instead.
//
//   node scripts/bench.mjs            everything
//   node scripts/bench.mjs --no-page  skip the Chromium page-impact runs
//   node scripts/bench.mjs --page=calendar  only these page-impact scenarios (chat, calendar; comma-separated)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { busyYearIcs, timeBusyYear } from './bench/busy-year.mjs';
import { buildLib } from './build-lib.mjs';
import { buildExtension, STORE_BUILD_DIR } from './extension-build.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const results = {
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length, at: new Date().toISOString() },
};
const rows = [];
const row = (area, what, figure, target, ok) =>
  rows.push({ area, what, figure, target: target ?? '', verdict: ok === undefined ? '' : ok ? 'ok' : 'MISSED' });

function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { n: sorted.length, median: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}
const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;

/** Per-call timings: every input run `rounds` times, each call timed on its own. */
function timeCalls(fn, inputs, rounds) {
  for (const input of inputs) fn(input); // warm up the JIT and any caches once
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const started = performance.now();
      fn(input);
      samples.push(performance.now() - started);
    }
  }
  return percentiles(samples);
}

// ---------------------------------------------------------------------------------------
console.log('Building lib/ for plain Node…');
const libPath = await buildLib();
const lib = await import(libPath);

/**
 * The first call's own cost (module already imported), apart from the steady state: median of
 * `runs` fresh Node processes, with the spread (issue 10).
 */
function firstCall(call, runs = 7) {
  const script = `const lib = await import(${JSON.stringify(libPath)}); const t = performance.now(); ${call}; console.log(performance.now() - t);`;
  const times = Array.from({ length: runs }, () =>
    Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }).trim(),
    ),
  ).sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], min: times[0], max: times[runs - 1], runs };
}
const firstCallRow = (name, figure) =>
  row(
    'core',
    `${name}, first call in a fresh process (median of ${figure.runs})`,
    `${figure.median.toFixed(1)} ms (${figure.min.toFixed(1)}–${figure.max.toFixed(1)})`,
  );
const corpus = JSON.parse(readFileSync(join(ROOT, 'test/data/greetings/nohello-site.json'), 'utf8'));
const messages = [...corpus.locales.flatMap((l) => [...l.greetingOnly, ...l.withContext]), ...corpus.headerGreetings];
const longMessage = 'Hi team, '.padEnd(4000, 'here is the context for the rollout question we discussed. ');

const classify = timeCalls((t) => lib.classifyMessage(t), messages, 200);
results.classifyMessage = { corpus: classify, long4k: timeCalls((t) => lib.classifyMessage(t), [longMessage], 2000) };
row(
  'core',
  `classifyMessage, shared corpus (${messages.length} messages)`,
  `median ${us(classify.median)}, p99 ${us(classify.p99)}`,
  'p99 ≤ 20 µs',
  classify.p99 <= 0.02,
);
results.classifyMessage.firstCall = firstCall(`lib.classifyMessage('hi @sam, got a sec?')`);
firstCallRow('classifyMessage', results.classifyMessage.firstCall);
row(
  'core',
  'classifyMessage, 4 KB message',
  `median ${us(results.classifyMessage.long4k.median)}, p99 ${us(results.classifyMessage.long4k.p99)}`,
);

const descriptions = [
  '',
  'Agenda:\n1. Budget\n2. Hiring plan\n3. Decision on vendor',
  'Join Zoom Meeting\nhttps://zoom.us/j/123456789?pwd=abc\nMeeting ID: 123 456 789\nPasscode: 42\nOne tap mobile\n+16465588656,,123456789#',
  '<p>Purpose: decide whether we ship <b>v2</b> in Q1.</p><ul><li>Risks</li><li>Owners</li></ul>',
  '議題:\n1. 予算\n2. 採用',
  'Let us sync',
];
const longDescription = 'Notes from last time. '.repeat(5000);
results.detectAgenda = {
  typical: timeCalls((d) => lib.detectAgenda(d), descriptions, 500),
  long110k: timeCalls((d) => lib.detectAgenda(d), [longDescription], 30),
};
row(
  'core',
  'detectAgenda, typical descriptions',
  `median ${us(results.detectAgenda.typical.median)}, p99 ${us(results.detectAgenda.typical.p99)}`,
  'p99 ≤ 200 µs',
  results.detectAgenda.typical.p99 <= 0.2,
);
results.detectAgenda.firstCall = firstCall(`lib.detectAgenda(${JSON.stringify(descriptions[1])})`);
firstCallRow('detectAgenda', results.detectAgenda.firstCall);
row('core', 'detectAgenda, 110 KB description', `median ${results.detectAgenda.long110k.median.toFixed(2)} ms`);

const meetings = descriptions.map((description, i) => ({
  title: ['Weekly status sync', 'Design review', 'Q4 planning', '1:1'][i % 4],
  start: new Date(Date.UTC(2026, 10, 24, 9 + i)),
  end: new Date(Date.UTC(2026, 10, 24, 10 + i, 30)),
  attendees: Array.from({ length: 3 + i * 2 }, (_, k) => ({ email: `p${k}@example.com` })),
  description,
  recurrence: i % 2 ? { frequency: 'weekly', interval: 1, hasEnd: false } : null,
}));
results.assessMeeting = timeCalls((m) => lib.assessMeeting(m), meetings, 500);
row(
  'core',
  'assessMeeting',
  `median ${us(results.assessMeeting.median)}, p99 ${us(results.assessMeeting.p99)}`,
  'p99 ≤ 300 µs',
  results.assessMeeting.p99 <= 0.3,
);
results.assessMeeting.firstCall = firstCall(
  `lib.assessMeeting({ title: 'Design review', start: '2026-11-24T09:00:00Z', end: '2026-11-24T10:00:00Z', attendees: [{ email: 'a@x.org' }, { email: 'b@x.org' }, { email: 'c@x.org' }], description: ${JSON.stringify(descriptions[1])} })`,
);
firstCallRow('assessMeeting', results.assessMeeting.firstCall);

// ---------------------------------------------------------------------------------------
const ics = busyYearIcs();
const { occurrences: occurrenceCount, runs: yearRuns } = timeBusyYear(lib, ics);
const firstRun = yearRuns[0];
const laterRuns = percentiles(yearRuns.slice(1).map((r) => r.totalMs));
results.year = {
  icsBytes: ics.length,
  occurrences: occurrenceCount,
  firstRun,
  laterRunsMedianMs: laterRuns.median,
  runs: yearRuns,
};
row(
  'calendar',
  `expandIcs, a busy year (${occurrenceCount} occurrences, ${(ics.length / 1024).toFixed(0)} KB)`,
  `${firstRun.expandMs.toFixed(0)} ms (first run)`,
);
row('calendar', 'weeklyStats × 52 weeks', `${firstRun.statsMs.toFixed(0)} ms (first run)`);
row(
  'calendar',
  'expand + summarise the year',
  `${firstRun.totalMs.toFixed(0)} ms first, ${laterRuns.median.toFixed(0)} ms median after`,
  '≤ 300 ms first, ≤ 150 ms median',
  firstRun.totalMs <= 300 && laterRuns.median <= 150,
);

// ---------------------------------------------------------------------------------------
console.log('Building the extension…');
// Sizes are the store build's: what people install.
buildExtension({ testHooks: false, stdio: 'ignore' });
const outDir = STORE_BUILD_DIR;
const walk = (dir) =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
  );
results.sizes = {};
for (const file of walk(outDir).filter((f) => /\.(js|css|html)$/.test(f))) {
  const body = readFileSync(file);
  const name = file.slice(outDir.length + 1);
  results.sizes[name] = { raw: body.length, gzip: gzipSync(body).length };
}
for (const [name, size] of Object.entries(results.sizes).sort((a, b) => b[1].gzip - a[1].gzip)) {
  // What every matched frame loads at injection (issue 10).
  const isContentScript = name.startsWith('content-scripts/') && name.endsWith('.js');
  row(
    'size',
    name,
    `${(size.raw / 1024).toFixed(1)} KB raw, ${(size.gzip / 1024).toFixed(1)} KB gzip`,
    isContentScript ? '≤ 15 KB gzip at injection' : undefined,
    isContentScript ? size.gzip <= 15 * 1024 : undefined,
  );
}
// All of a surface's code that can run in one page: the sentinel plus what it loads on demand.
const IN_PAGE = {
  chat: ['content-scripts/chat.js', 'chat-main.js'],
  calendar: ['content-scripts/calendar.js', 'calendar-main.js'],
};
for (const [surface, files] of Object.entries(IN_PAGE)) {
  const gzip = files.reduce((sum, file) => sum + (results.sizes[file]?.gzip ?? 0), 0);
  row(
    'size',
    `${surface}: all in-page code (${files.join(' + ')})`,
    `${(gzip / 1024).toFixed(1)} KB gzip`,
    '≤ 40 KB gzip',
    gzip <= 40 * 1024,
  );
}

// ---------------------------------------------------------------------------------------
if (!process.argv.includes('--no-page')) {
  // The page-impact run times the chat helper through its timing hook: the test build has it.
  buildExtension({ testHooks: true, stdio: 'ignore' });
  const { measurePageImpact } = await import('./bench/page-impact.mjs');
  const only = process.argv.find((arg) => arg.startsWith('--page='))?.slice('--page='.length);
  results.page = await measurePageImpact({ row, only: only ? only.split(',') : undefined });
}

// Timings on a shared 2-core machine vary with its load: say what it was.
const { loadavg } = await import('node:os');
results.machine.loadAverageAtEnd = loadavg();
row(
  'machine',
  'load average (1, 5, 15 min) at the end of the run',
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', '),
);

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/bench.json'), JSON.stringify(results, null, 2));
const widths = ['area', 'what', 'figure', 'target', 'verdict'].map((key) =>
  Math.max(key.length, ...rows.map((r) => String(r[key]).length)),
);
const line = (r) =>
  ['area', 'what', 'figure', 'target', 'verdict'].map((key, i) => String(r[key]).padEnd(widths[i])).join(' | ');
console.log(`\n${line({ area: 'area', what: 'what', figure: 'figure', target: 'target', verdict: 'verdict' })}`);
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
console.log('\nWritten: bench-results/bench.json');
