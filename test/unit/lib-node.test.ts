import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('lib/ is the pure core', () => {
  it('uses no DOM, browser extension or Node API', () => {
    const offenders: string[] = [];
    for (const file of filesUnder(join(ROOT, 'lib')).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      const banned = [
        /from ['"](wxt|webextension-polyfill|react|react-dom)[/'"]/,
        /from ['"]node:/,
        /\b(document|window|navigator|localStorage|chrome|browser)\.\w/,
      ];
      for (const pattern of banned) if (pattern.test(code)) offenders.push(`${file.slice(ROOT.length)} ${pattern}`);
    }
    expect(offenders).toEqual([]);
  });

  it('builds to JavaScript that plain Node imports and runs', { timeout: 60_000 }, async () => {
    const { buildLib } = (await import('../../scripts/build-lib.mjs')) as { buildLib(): Promise<string> };
    const entry = await buildLib();
    const script = `
      const lib = await import(${JSON.stringify(entry)});
      const out = { exports: Object.keys(lib).sort(), settings: lib.normalizeSettings({ hourlyRate: 90 }).settings.hourlyRate };
      out.hi = lib.classifyMessage('hi').kind;
      out.agenda = lib.detectAgenda('Agenda:\\n1. Budget\\n2. Hiring').hasAgenda;
      out.level = lib.assessMeeting({ title: 'Weekly status sync', start: '2026-11-24T09:00:00Z', end: '2026-11-24T10:00:00Z', attendees: [{ email: 'a@x.org' }, { email: 'b@x.org' }, { email: 'c@x.org' }] }).level;
      const ics = 'BEGIN:VCALENDAR\\r\\nBEGIN:VEVENT\\r\\nUID:a\\r\\nDTSTART:20261124T090000Z\\r\\nDTEND:20261124T100000Z\\r\\nRRULE:FREQ=DAILY;COUNT=3\\r\\nEND:VEVENT\\r\\nEND:VCALENDAR\\r\\n';
      out.occurrences = lib.expandIcs(ics, { start: new Date('2026-11-01'), end: new Date('2026-12-01') }).length;
      console.log(JSON.stringify(out));
    `;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const result = JSON.parse(output.trim().split('\n').pop()!);
    expect(result.settings).toBe(90);
    expect(result.exports).toContain('normalizeSettings');
    expect(result.hi).toBe('greeting-only');
    expect(result.agenda).toBe(true);
    expect(result.level).toBe('consider-async');
    expect(result.occurrences).toBe(3);
  });
});
