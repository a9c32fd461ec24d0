/**
 * Two syncs of the self-hosted chat scripts at once (a permission listener and a save, say)
 * must not both register the same script: the browser refuses a duplicate id (issue 12, item 7).
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncSelfHostedScripts } from '../../platform/self-hosted';

describe('self-hosted registration', () => {
  it('runs one sync at a time, so concurrent syncs never register an id twice', async () => {
    const registered = new Map<string, { id: string; matches: string[] }>();
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
    Object.assign(fakeBrowser.permissions, { contains: vi.fn(async () => true) });
    Object.assign(fakeBrowser.scripting, {
      getRegisteredContentScripts: vi.fn(async () => {
        await tick();
        return [...registered.values()];
      }),
      registerContentScripts: vi.fn(async (scripts: { id: string; matches: string[] }[]) => {
        await tick();
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, script);
        }
      }),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
        for (const id of ids) registered.delete(id);
      }),
    });
    const chats = [{ origin: 'http://localhost:8065', kind: 'mattermost' as const, enabled: true }];
    await expect(Promise.all([syncSelfHostedScripts(chats), syncSelfHostedScripts(chats)])).resolves.toEqual([
      ['http://localhost:8065'],
      ['http://localhost:8065'],
    ]);
    expect([...registered.values()].map((script) => script.matches)).toEqual([['http://localhost/*']]);
  });
});
