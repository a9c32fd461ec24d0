// `npm run check:layout -- FILE`: runs every adapter (chat and calendar) over a saved page
// (the browser's "Save page as…" HTML, or a layout report from the ⋯ menu) in happy-dom and
// prints, per adapter, which landmarks it found and with which selector. Nothing is fetched
// and no script of the page runs. Exit 0 whatever was found; 2 if FILE cannot be read.
//
//   npm run check:layout -- page.html                 a saved page (its own address is read from it)
//   npm run check:layout -- report.html               a layout report
//   npm run check:layout -- - < report.html           from standard input
//   npm run check:layout -- page.html --url=https://calendar.google.com/calendar/r/eventedit
//                                                     the page's address, when the file has none
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const file = args.find((arg) => !arg.startsWith('--') || arg === '-');
const givenUrl = args.find((arg) => arg.startsWith('--url='))?.slice('--url='.length);

if (!file) {
  console.error('Usage: npm run check:layout -- FILE   (a saved page or a layout report)');
  process.exit(2);
}

let html;
try {
  html = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  console.error(`check:layout: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

// Chrome and Edge write the page's address into a saved page; a layout report never has one.
const savedFrom = givenUrl ?? /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1];
const reportOf = /<!--\s*Eventually layout report v\d+; site: ([\w-]+)/.exec(html)?.[1];

const window = new Window({
  url: savedFrom ?? 'https://localhost/',
  settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
});
const doc = new window.DOMParser().parseFromString(html, 'text/html');

const { module } = await runnerImport(`${root}sites/layout-check.ts`, { configFile: false, root, logLevel: 'error' });
console.log(
  `${file === '-' ? 'standard input' : file}: ${reportOf ? `a layout report for ${reportOf}` : 'a saved page'}${savedFrom ? ` of ${new URL(savedFrom).host}` : ''}\n`,
);
// The site a report was made for comes first; the others follow in their usual order.
const checks = module.checkLayout(doc, savedFrom);
checks.sort((a, b) => Number(b.site === reportOf) - Number(a.site === reportOf));
console.log(module.formatLayoutCheck(checks));
await window.happyDOM.close();
