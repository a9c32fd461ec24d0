import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { OptionsPage, type OptionsPageProps, type QuarantineNotice } from '../../components/options/OptionsPage';
import { originPermissionPattern, originStillNeeded } from '../../lib/feeds';
import { originSchema, type Settings, settingsSchema } from '../../lib/settings';
import type { SelfHostedKind } from '../../lib/sites';
import { downloadText } from '../../platform/download';
import { loadFeeds } from '../../platform/feeds';
import { sendMessage } from '../../platform/messaging';
import { loadSettings, saveSettings, settingsQuarantineItem, watchSettings } from '../../platform/storage';
import { useBudgetSuggestion } from './budget-suggestion';
import { FeedsContainer } from './feeds';

const SAVE_DELAY_MS = 250;

function errorsByPath(draft: Settings): Record<string, string> {
  const result = settingsSchema.safeParse(draft);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.map(String).join('.')] ??= issue.message;
  return errors;
}

function supportedTimeZones(): string[] {
  try {
    return (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

export function OptionsApp() {
  const [draft, setDraft] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveState, setSaveState] = useState<OptionsPageProps['saveState']>('idle');
  const [quarantine, setQuarantine] = useState<QuarantineNotice | null>(null);
  const budgetSuggestion = useBudgetSuggestion();
  const pendingSave = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSaved = useRef<string>('');

  useEffect(() => {
    let alive = true;
    void (async () => {
      const settings = await loadSettings({ repair: true });
      const kept = await settingsQuarantineItem.getValue();
      if (!alive) return;
      lastSaved.current = JSON.stringify(settings);
      setDraft(settings);
      setQuarantine(kept ? { problems: kept.problems, at: kept.at } : null);
    })();
    // Another tab (or the chat prompt's "mute") changed the settings: show them, unless the
    // person is in the middle of an edit here.
    const unwatch = watchSettings((settings) => {
      if (pendingSave.current) return;
      lastSaved.current = JSON.stringify(settings);
      setDraft(settings);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  const change = (next: Settings) => {
    setDraft(next);
    const nextErrors = errorsByPath(next);
    setErrors(nextErrors);
    if (pendingSave.current) clearTimeout(pendingSave.current);
    if (Object.keys(nextErrors).length > 0) {
      pendingSave.current = null;
      setSaveState('invalid');
      return;
    }
    setSaveState('saving');
    pendingSave.current = setTimeout(() => {
      pendingSave.current = null;
      const parsed = settingsSchema.parse(next);
      lastSaved.current = JSON.stringify(parsed);
      saveSettings(parsed).then(
        () => setSaveState('saved'),
        (error: unknown) => {
          console.error('[Eventually] saving settings failed', error);
          setSaveState('failed');
        },
      );
    }, SAVE_DELAY_MS);
  };

  // options.html#feeds (the popup's "Add a calendar"): the page renders after storage is
  // read, so the browser's own jump to the anchor found nothing; scroll there now.
  const loaded = draft !== null;
  useEffect(() => {
    if (!loaded) return;
    const jump = () => {
      const target =
        location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      if (!target) return;
      target.scrollIntoView({ block: 'start' });
      target.querySelector<HTMLElement>('input')?.focus({ preventScroll: true });
    };
    jump();
    window.addEventListener('hashchange', jump);
    return () => window.removeEventListener('hashchange', jump);
  }, [loaded]);

  if (!draft) return <p className="ev-loading">Loading…</p>;

  return (
    <OptionsPage
      settings={draft}
      onChange={change}
      errors={errors}
      saveState={saveState}
      quarantine={quarantine}
      timeZones={supportedTimeZones()}
      feeds={<FeedsContainer />}
      budgetSuggestion={budgetSuggestion}
      onDismissQuarantine={() => {
        void settingsQuarantineItem.setValue(null);
        setQuarantine(null);
      }}
      onDownloadQuarantine={() => {
        void settingsQuarantineItem.getValue().then((kept) => {
          downloadText('eventually-settings-set-aside.json', JSON.stringify(kept, null, 2), 'application/json');
        });
      }}
      onAddSelfHosted={async (input: string, kind: SelfHostedKind) => {
        const origin = originSchema.safeParse(input);
        if (!origin.success) return origin.error.issues[0]?.message ?? 'Not a web address.';
        if (draft.selfHostedChats.some((chat) => chat.origin === origin.data))
          return 'That server is already in the list.';
        let granted = false;
        try {
          granted = await browser.permissions.request({ origins: [originPermissionPattern(origin.data)] });
        } catch (error) {
          return `The browser refused: ${error instanceof Error ? error.message : String(error)}`;
        }
        if (!granted) return 'Permission was not granted, so Eventually cannot help on that server.';
        change({ ...draft, selfHostedChats: [...draft.selfHostedChats, { origin: origin.data, kind, enabled: true }] });
        // Registration reads the saved settings: wait for the save, then sync.
        setTimeout(() => void sendMessage({ type: 'self-hosted/sync' }), SAVE_DELAY_MS + 100);
        return null;
      }}
      onRemoveSelfHosted={(origin) => {
        change({ ...draft, selfHostedChats: draft.selfHostedChats.filter((chat) => chat.origin !== origin) });
        // Give the permission back unless a calendar feed on the same server still needs it.
        void loadFeeds().then(({ feeds }) => {
          if (!originStillNeeded(origin, feeds, [])) {
            void browser.permissions.remove({ origins: [originPermissionPattern(origin)] }).catch(() => false);
          }
        });
        setTimeout(() => void sendMessage({ type: 'self-hosted/sync' }), SAVE_DELAY_MS + 100);
      }}
    />
  );
}
