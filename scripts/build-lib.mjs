// Builds lib/ (Eventually's pure core) to plain ESM JavaScript at .output/lib/index.mjs, so
// it can be imported from plain Node (no TypeScript loader): `import('./.output/lib/index.mjs')`.
// Dependencies (zod, date-fns, ical.js) stay external and resolve from node_modules.
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildLib() {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir: '.output/lib',
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      lib: { entry: 'lib/index.ts', formats: ['es'], fileName: () => 'index.mjs' },
      rollupOptions: { external: (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0') },
    },
  });
  return `${root}.output/lib/index.mjs`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`lib built: ${await buildLib()}`);
}
