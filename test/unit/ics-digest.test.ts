import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandIcsDetailed } from '../../lib/calendar/ics';
import { busyYearIcs } from '../../scripts/bench/busy-year.mjs';

// Every occurrence of every calendar we hold, reduced to a digest (count + SHA-256 of start,
// end, uid and title per occurrence). The snapshot was taken before the calendar engine was
// rewritten: a change to the engine that moves, adds or drops a single occurrence fails here.

const CORPUS = new URL('../data/ics-corpus/', import.meta.url);
const FIXTURES = new URL('../fixtures/ics/', import.meta.url);
const DEMO = new URL('../fixtures/ics-demo/', import.meta.url);

function digest(text: string, start: string, end: string) {
  let result: ReturnType<typeof expandIcsDetailed>;
  try {
    // No deadlines: on a busy machine they would cut a big file short and change its digest.
    result = expandIcsDetailed(
      text,
      { start: new Date(start), end: new Date(end) },
      { maxOccurrences: 200_000, deadlineMs: Number.POSITIVE_INFINITY, ruleDeadlineMs: Number.POSITIVE_INFINITY },
    );
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const lines = result.occurrences.map(
    (o) => `${o.start.toISOString()}|${o.end.toISOString()}|${o.uid}|${o.title}|${o.allDay}|${o.key}`,
  );
  return {
    count: lines.length,
    truncated: result.truncated,
    sha256: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}

const files = (dir: URL) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.ics'))
    .sort();

describe('occurrence digests (unchanged by engine rewrites)', () => {
  for (const name of files(CORPUS)) {
    it(`corpus ${name}`, () => {
      const text = readFileSync(new URL(name, CORPUS), 'utf8');
      expect(digest(text, '1990-01-01T00:00:00Z', '2035-01-01T00:00:00Z')).toMatchSnapshot('1990-2035');
      expect(digest(text, '2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z')).toMatchSnapshot('2024-01');
    });
  }
  for (const [dir, name] of [
    ...files(FIXTURES).map((n) => [FIXTURES, n] as const),
    ...files(DEMO).map((n) => [DEMO, n] as const),
  ]) {
    it(`fixture ${name}`, () => {
      const text = readFileSync(new URL(name, dir), 'utf8');
      expect(digest(text, '2024-06-01T00:00:00Z', '2026-06-01T00:00:00Z')).toMatchSnapshot('2024-06..2026-06');
    });
  }
  it('busy year (bench)', () => {
    expect(digest(busyYearIcs(), '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toMatchSnapshot('2026');
  });
});
