import { execFileSync } from 'node:child_process';
import { isAbsolute, join } from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

// detectAgenda and classifyMessage run in content scripts: their first call on a page must not
// be a long task. Once they took 100–300 ms (compiling large case-insensitive Unicode
// expressions, building the whole lexicon trie); now their work is done piece by piece, as a
// text needs it (lib/meeting/conference.ts RegexUnion, lib/chat/matcher.ts lazy lexicon).
// Here: lib/ built as for plain Node, each call cold in a fresh process. 60 ms is generous for
// a loaded CI machine (it takes about 10 ms), yet catches a return to hundreds.

const ROOT = new URL('../../', import.meta.url).pathname;
const OUT = join(ROOT, '.output/first-call-lib');
const LIMIT_MS = 60;

const DESCRIPTION = [
  'Hi all,',
  'Agenda:',
  '1. Budget review for Q3',
  '2. Hiring plan — decide whether we open two roles',
  'Goal: agree on the vendor shortlist.',
  '',
  'Join Zoom Meeting',
  'https://zoom.us/j/123456789?pwd=abc',
  'Meeting ID: 123 456 789',
].join('\n');

/** Milliseconds of one cold call in a fresh Node process: [module import, first call]. */
function coldCall(call: string): [number, number] {
  const script = `
    const started = performance.now();
    const lib = await import(${JSON.stringify(join(OUT, 'index.mjs'))});
    const loaded = performance.now();
    ${call};
    console.log(JSON.stringify([loaded - started, performance.now() - loaded]));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop() as string) as [number, number];
}

/** The median first call over three fresh processes (one may land on a busy moment). */
function medianFirstCall(call: string): number {
  const times = [0, 1, 2].map(() => coldCall(call)[1]).sort((a, b) => a - b);
  return times[1] as number;
}

describe('the first call in a fresh process', () => {
  beforeAll(async () => {
    // (its own output directory: test/unit/lib-node.test.ts builds .output/lib at the same time)
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      build: {
        outDir: OUT,
        emptyOutDir: true,
        minify: false,
        target: 'node20',
        lib: { entry: 'lib/index.ts', formats: ['es'], fileName: () => 'index.mjs' },
        rollupOptions: { external: (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0') },
      },
    });
  }, 120_000);

  it(`detectAgenda takes under ${LIMIT_MS} ms`, { timeout: 60_000 }, () => {
    const ms = medianFirstCall(
      `if (!lib.detectAgenda(${JSON.stringify(DESCRIPTION)}).hasAgenda) throw new Error('no agenda')`,
    );
    console.log(`detectAgenda, first call in a fresh process: ${ms.toFixed(1)} ms (median of 3)`);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it(`classifyMessage takes under ${LIMIT_MS} ms`, { timeout: 60_000 }, () => {
    const ms = medianFirstCall(
      `if (lib.classifyMessage('hi @sam, got a sec?').kind !== 'greeting-only') throw new Error('not a greeting')`,
    );
    console.log(`classifyMessage, first call in a fresh process: ${ms.toFixed(1)} ms (median of 3)`);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it(`classifyMessage on a message in another script takes under ${LIMIT_MS} ms`, { timeout: 60_000 }, () => {
    const ms = medianFirstCall(
      `if (lib.classifyMessage('Привет! Можно созвониться? 👋').kind === 'ok') throw new Error('not recognised')`,
    );
    console.log(`classifyMessage (Cyrillic, emoji), first call in a fresh process: ${ms.toFixed(1)} ms (median of 3)`);
    expect(ms).toBeLessThan(LIMIT_MS);
  });
});
