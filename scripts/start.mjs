// `npm start`: build the extension and the offline demo pages, then open Chromium with the
// extension loaded on replicas of Google Calendar, Outlook, Slack, Teams, Google Chat and
// Discord served at their real addresses (nothing leaves this machine). With no display it
// runs headless, walks through each surface, saves screenshots under demo-output/ and prints
// their paths.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemo, demoChromium, launchDemo, ROOT, screenshotScene } from './demo-browser.mjs';
import { DEMO_SCENES } from './demo-scenes.mjs';

const OUTPUT = join(ROOT, 'demo-output');
const headless =
  process.argv.includes('--headless') ||
  (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

await buildDemo();
const { executablePath, exitCode } = demoChromium();
if (!executablePath) process.exit(exitCode);
const { context, extensionUrl } = await launchDemo({ executablePath, headless });

if (headless) {
  mkdirSync(OUTPUT, { recursive: true });
  console.log('\nNo display: running the demo headless and saving screenshots.');
  const written = [];
  for (const scene of DEMO_SCENES) {
    const path = join(OUTPUT, `${scene.name}.png`);
    try {
      await screenshotScene(context, scene, path, extensionUrl);
      written.push(path);
      console.log(`  ${scene.title.padEnd(44)} ${path}`);
    } catch (error) {
      console.log(`  ${scene.title.padEnd(44)} failed: ${error.message.split('\n')[0]}`);
    }
  }
  await context.close();
  console.log(`\n${written.length} screenshots in ${OUTPUT}`);
  process.exit(written.length === DEMO_SCENES.length ? 0 : 1);
} else {
  for (const scene of DEMO_SCENES.filter((s) => s.openWhenHeaded)) {
    const page = await context.newPage();
    await scene.run(page, { extensionUrl }).catch((error) => console.log(`${scene.title}: ${error.message}`));
  }
  await context
    .pages()[0]
    ?.close()
    .catch(() => {});
  console.log('\nChromium is open with Eventually loaded on the demo pages. Close the window to stop.');
  await new Promise((done) => context.on('close', done));
}
