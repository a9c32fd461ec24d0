/**
 * The repository stands alone: a person who clones it into an empty folder runs every test,
 * the bench and the demo with nothing beside it. Every relative path that a source, test,
 * script or config file names must resolve inside the repository, and no file may name an
 * absolute path of our machines.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CODE = /\.(ts|tsx|mts|mjs|js|cjs|json|html|css)$|^\.ci\/|^package\.json$/;

function trackedCodeFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return listed
    .split('\n')
    .filter((file) => file && CODE.test(file) && !file.startsWith('test/data/') && existsSync(join(ROOT, file)));
}

/** Relative paths in string literals (imports, URLs, joins): './x', '../x'. */
const RELATIVE_LITERAL = /(['"`])(\.\.?\/[^'"`\s$]*)\1/g;
/** A path that can only mean "next to the repository" or one of our machines' folders. */
const OUTSIDE_NAMES = /(^|[^\w.-])(\/work\/|\.\.\/shared\/|\/root\/)/;

describe('the repository stands alone', () => {
  const files = trackedCodeFiles();

  it('finds the files it checks', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('names no path outside the repository', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      text.split('\n').forEach((line, index) => {
        if (OUTSIDE_NAMES.test(line)) offenders.push(`${file}:${index + 1}: ${line.trim()}`);
        for (const match of line.matchAll(RELATIVE_LITERAL)) {
          const target = match[2] ?? '';
          // Both readings a script may mean: relative to the file, or to the repository root
          // (scripts join paths onto ROOT). Either one inside the repository is fine.
          const fromFile = relative(ROOT, resolve(ROOT, dirname(file), target));
          const fromRoot = relative(ROOT, resolve(ROOT, target));
          if (fromFile.startsWith('..') && fromRoot.startsWith('..')) {
            offenders.push(`${file}:${index + 1}: ${target}`);
          }
        }
      });
    }
    expect(offenders).toEqual([]);
  });

  it('carries the test data it reads, with licences and sources', () => {
    for (const path of [
      'test/data/greetings/nohello-site.json',
      'test/data/greetings/LICENSE-nohello-site',
      'test/data/greetings/README.md',
      'test/data/ics-corpus/README.md',
      'test/data/ics-corpus/LICENSE-icaljs',
      'test/data/ics-corpus/LICENSE-node-ical',
    ]) {
      expect(existsSync(join(ROOT, path)), path).toBe(true);
    }
  });
});
