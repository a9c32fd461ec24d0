// The demo's walk through each surface: what `npm start` shows, and the screenshots it saves
// when there is no display. Each surface keeps its scenes in scripts/demo-scenes/<surface>.mjs.
import { existsSync } from 'node:fs';

const surfaces = ['extension-pages', 'calendar', 'chat', 'stats'];
export const DEMO_SCENES = [];
for (const surface of surfaces) {
  const url = new URL(`./demo-scenes/${surface}.mjs`, import.meta.url);
  if (existsSync(url)) DEMO_SCENES.push(...(await import(url.href)).scenes);
}
