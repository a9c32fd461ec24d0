// `npm run store`: what the Chrome Web Store and addons.mozilla.org ask for, written to
// .output/store/ from store/listing.json (the text, kept in the repository) and the demo scenes
// (the pictures): 1280×800 screenshots of each surface, a 440×280 promo tile, the short and long
// descriptions, the single-purpose statement and the privacy-practices answers.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemo, demoChromium, launchDemo, ROOT, screenshotScene } from './demo-browser.mjs';
import { DEMO_SCENES } from './demo-scenes.mjs';

const OUT = join(ROOT, '.output/store');
const SCREEN = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
const listing = JSON.parse(readFileSync(join(ROOT, 'store/listing.json'), 'utf8'));

/** Width and height from a PNG's IHDR chunk: the sizes the stores check. */
function pngSize(path) {
  const bytes = readFileSync(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const dataUrl = (path) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;
const FRAME_STYLE = `
  * { box-sizing: border-box; margin: 0 }
  body { font: 16px/1.4 system-ui, sans-serif; color: #1d2433;
    background: linear-gradient(135deg, #eef3ff 0%, #f7f2ea 100%); }`;

/** A screenshot smaller than the store's size (the popup), framed on a 1280×800 canvas with its caption. */
function framedScreenshotHtml(imagePath, caption) {
  return `<!doctype html><meta charset="utf-8"><style>${FRAME_STYLE}
    main { width: ${SCREEN.width}px; height: ${SCREEN.height}px; display: grid;
      grid-template-columns: 1fr auto; align-items: center; gap: 64px; padding: 0 96px; }
    h1 { font-size: 40px; line-height: 1.2; font-weight: 650; }
    p { margin-top: 16px; font-size: 20px; color: #4a5368 }
    img { max-height: 700px; border-radius: 12px; box-shadow: 0 18px 48px rgb(20 30 60 / 0.22); }
  </style><main><div><h1>${escapeHtml(caption)}</h1>
  <p>Everything stays in your browser: no account, no server, nothing sent.</p></div><img src="${dataUrl(imagePath)}"></main>`;
}

function promoTileHtml() {
  return `<!doctype html><meta charset="utf-8"><style>${FRAME_STYLE}
    main { width: ${TILE.width}px; height: ${TILE.height}px; display: grid; place-content: center;
      justify-items: center; gap: 14px; padding: 24px; text-align: center; }
    img { width: 72px; height: 72px }
    h1 { font-size: 34px; font-weight: 700; letter-spacing: -0.01em }
    p { font-size: 15px; color: #4a5368; max-width: 360px }
  </style><main><img src="${dataUrl(join(ROOT, 'public/icon/128.png'))}">
  <h1>${escapeHtml(listing.name)}</h1><p>Fewer unnecessary meetings. Messages that carry their question.</p></main>`;
}

async function renderHtml(context, html, size, path) {
  const page = await context.newPage();
  try {
    await page.setViewportSize(size);
    await page.setContent(html);
    await page.screenshot({ path });
  } finally {
    await page.close();
  }
}

function privacyText() {
  const { privacy } = listing;
  return [
    '# Privacy practices',
    '',
    privacy.summary,
    '',
    `- Collects user data: ${privacy.collectsData ? 'yes' : 'no'}`,
    `- Uses remote code: ${privacy.remoteCode ? 'yes' : 'no'}`,
    '- Sells or transfers data to third parties: no',
    '',
    '## What is stored, in the browser only',
    ...privacy.stored.map((line) => `- ${line}`),
    '',
    '## Why each permission',
    ...Object.entries(privacy.permissions).map(([name, why]) => `- \`${name}\`: ${why}`),
    '',
    '## Sites it runs on',
    ...Object.entries(privacy.hosts).map(([host, why]) => `- ${host}: ${why}`),
    '',
  ].join('\n');
}

function writeTexts() {
  const description = listing.longDescription.join('\n');
  for (const store of ['chrome', 'firefox']) {
    const dir = join(OUT, store);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'name.txt'), `${listing.name}\n`);
    writeFileSync(
      join(dir, store === 'chrome' ? 'short-description.txt' : 'summary.txt'),
      `${listing.shortDescription}\n`,
    );
    writeFileSync(join(dir, 'description.txt'), `${description}\n`);
    writeFileSync(join(dir, 'category.txt'), `${listing.category[store]}\n`);
    writeFileSync(join(dir, 'privacy.md'), privacyText());
    if (store === 'chrome') writeFileSync(join(dir, 'single-purpose.txt'), `${listing.singlePurpose}\n`);
  }
  writeFileSync(
    join(OUT, 'screenshots.txt'),
    `${listing.screenshots.map((shot, index) => `${index + 1}. ${shot.caption}`).join('\n')}\n`,
  );
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'screenshots'), { recursive: true });
writeTexts();

await buildDemo();
const { executablePath, exitCode } = demoChromium();
if (!executablePath) process.exit(exitCode || 1);
const { context, extensionUrl } = await launchDemo({ executablePath, headless: true });

const problems = [];
const written = [];
// Scenes run in their demo order (the stats scenes import a calendar first), but only the
// listed ones are kept.
const wanted = new Map(listing.screenshots.map((shot, index) => [shot.scene, { ...shot, index }]));
for (const scene of DEMO_SCENES.filter((s) => wanted.has(s.name))) {
  const shot = wanted.get(scene.name);
  const path = join(OUT, 'screenshots', `${shot.index + 1}-${scene.name}.png`);
  try {
    const raw = join(OUT, `raw-${scene.name}.png`);
    await screenshotScene(context, scene, raw, extensionUrl);
    const size = pngSize(raw);
    if (size.width === SCREEN.width && size.height === SCREEN.height) {
      writeFileSync(path, readFileSync(raw));
    } else {
      await renderHtml(context, framedScreenshotHtml(raw, shot.caption), SCREEN, path);
    }
    rmSync(raw);
    written.push(path);
  } catch (error) {
    problems.push(`${scene.name}: ${error.message.split('\n')[0]}`);
  }
}
for (const name of wanted.keys()) {
  if (!DEMO_SCENES.some((scene) => scene.name === name)) problems.push(`${name}: no such demo scene`);
}
const tile = join(OUT, 'promo-tile-440x280.png');
await renderHtml(context, promoTileHtml(), TILE, tile);
written.push(tile);
await context.close();

for (const path of written) {
  const { width, height } = pngSize(path);
  const expected = path === tile ? TILE : SCREEN;
  if (width !== expected.width || height !== expected.height) problems.push(`${path}: ${width}×${height}`);
  console.log(`  ${width}×${height}  ${path}`);
}
console.log(`\nListing text in ${join(OUT, 'chrome')} and ${join(OUT, 'firefox')}`);
if (problems.length > 0) {
  console.error(`\nNot written as the stores need:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
