import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { num, t } from '../../components/i18n';
import { OptionsPage, type OptionsPageProps, type QuarantineNotice } from '../../components/options/OptionsPage';
import { originStillNeeded } from '../../lib/feeds';
import { originPermissionPattern } from '../../lib/hosts';
import type { LanguageSetting } from '../../lib/i18n';
import { originSchema, type Settings, settingsSchema } from '../../lib/settings';
import { diffSettings, mergeSettingsPatch } from '../../lib/settings-patch';
import type { SelfHostedKind } from '../../lib/sites';
import { downloadText } from '../../platform/download';
import { loadFeeds } from '../../platform/feeds';
import { sendMessage } from '../../platform/messaging';
import { loadSettings, settingsQuarantineItem, watchSettings } from '../../platform/storage';
import { applyPageLanguage } from '../popup/language';
import { SiteAccessContainer } from '../popup/site-access';
import { TabLayoutReportContainer } from '../popup/tab-layout-report';
import { useBudgetSuggestion } from './budget-suggestion';
import { FeedsContainer } from './feeds';
import { SiteHealthContainer } from './site-health';

const SAVE_DELAY_MS = 250;

/** A schema issue in the interface's language (lib/settings.ts words it in English). */
function issueText(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'too_small' && typeof issue.minimum === 'number')
    return t('field.min', { min: num(issue.minimum) });
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') return t('field.max', { max: num(issue.maximum) });
  if (issue.code === 'invalid_type') return t('field.number');
  if (issue.code === 'invalid_format' && issue.format === 'email') return t('field.email');
  if (path === 'currency') return t('field.currency');
  if (path === 'timeZone') return t('field.time_zone');
  if (path === 'workingHours') return t('field.hours_order');
  if (/^workingHours\.(start|end)$/.test(path)) return t('field.time');
  return issue.message;
}

function errorsByPath(draft: Settings): Record<string, string> {
  const result = settingsSchema.safeParse(draft);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.map(String).join('.')] ??= issueText(issue);
  return errors;
}

function supportedTimeZones(): string[] {
  try {
    return (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** The settings as the background wrote them, repaired if they needed it. */
async function loadRepaired(): Promise<Settings> {
  const reply = await sendMessage({ type: 'settings/load' });
  return reply.ok ? (reply.value as Settings) : loadSettings();
}

export function OptionsApp() {
  const [draft, setDraft] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveState, setSaveState] = useState<OptionsPageProps['saveState']>('idle');
  const [quarantine, setQuarantine] = useState<QuarantineNotice | null>(null);
  const budgetSuggestion = useBudgetSuggestion();
  const pendingSave = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The settings as last seen in storage: what this page's edits are a difference from. */
  const stored = useRef<Settings | null>(null);
  /** The draft as it is now (callbacks that await a prompt read it here, never a stale copy). */
  const current = useRef<Settings | null>(null);

  // The language chosen here applies at once: its catalog is read, then the page is drawn again.
  const [, setShownLanguage] = useState<LanguageSetting | null>(null);
  const language = draft?.language;
  useEffect(() => {
    if (!language) return;
    let alive = true;
    void applyPageLanguage(language).then(() => alive && setShownLanguage(language));
    return () => {
      alive = false;
    };
  }, [language]);

  const show = useCallback((next: Settings) => {
    current.current = next;
    setDraft(next);
    setErrors(errorsByPath(next));
  }, []);

  useEffect(() => {
    let alive = true;
    void (async () => {
      const settings = await loadRepaired();
      const kept = await settingsQuarantineItem.getValue();
      if (!alive) return;
      stored.current = settings;
      show(settings);
      setQuarantine(kept ? { problems: kept.problems, at: kept.at } : null);
    })();
    // Another tab (or the chat prompt's "mute") changed the settings: take their change and
    // keep this page's own edits, saved or not yet, on top of it.
    const unwatch = watchSettings((incoming) => {
      const base = stored.current;
      const mine = current.current;
      stored.current = incoming;
      if (!base || !mine) return;
      show(mergeSettingsPatch(incoming, diffSettings(base, mine)) ?? incoming);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, [show]);

  const save = () => {
    pendingSave.current = null;
    const base = stored.current;
    const mine = current.current;
    if (!base || !mine) return;
    const parsed = settingsSchema.safeParse(mine);
    if (!parsed.success) return;
    const patch = diffSettings(base, parsed.data);
    if (patch.length === 0) {
      setSaveState('saved');
      return;
    }
    void sendMessage({ type: 'settings/patch', patch }).then((reply) => {
      if (reply.ok) {
        setSaveState('saved');
      } else {
        console.error('[Eventually] saving settings failed', reply.error);
        setSaveState('failed');
      }
    });
  };

  /** Change the draft; `update` gets the draft as it is now. Saved after a short pause. */
  const change = (update: Settings | ((now: Settings) => Settings)) => {
    const now = current.current;
    if (!now) return;
    const next = typeof update === 'function' ? update(now) : update;
    show(next);
    if (pendingSave.current) clearTimeout(pendingSave.current);
    pendingSave.current = null;
    if (Object.keys(errorsByPath(next)).length > 0) {
      setSaveState('invalid');
      return;
    }
    setSaveState('saving');
    pendingSave.current = setTimeout(save, SAVE_DELAY_MS);
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

  if (!draft) return <p className="ev-loading">{t('popup.loading')}</p>;

  return (
    <OptionsPage
      settings={draft}
      onChange={change}
      errors={errors}
      saveState={saveState}
      quarantine={quarantine}
      timeZones={supportedTimeZones()}
      feeds={<FeedsContainer />}
      siteHealth={<SiteHealthContainer />}
      budgetSuggestion={budgetSuggestion}
      siteAccess={<SiteAccessContainer />}
      layoutReport={<TabLayoutReportContainer action="Copy a layout report of the tab you were on last…" />}
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
        if (!origin.success) return origin.error.issues[0]?.message ?? t('options.not_web_address');
        if (draft.selfHostedChats.some((chat) => chat.origin === origin.data)) return t('options.server_listed');
        const pattern = originPermissionPattern(origin.data);
        // Asked alongside the request, not awaited before it: the prompt needs this click's gesture.
        const hadPermission = browser.permissions.contains({ origins: [pattern] }).catch(() => false);
        let granted = false;
        try {
          granted = await browser.permissions.request({ origins: [pattern] });
        } catch (error) {
          return t('options.browser_refused', { error: error instanceof Error ? error.message : String(error) });
        }
        if (!granted) return t('options.server_not_granted');
        // The draft as it is after the prompt (the person or another tab may have changed it).
        const latest = current.current ?? draft;
        const next = {
          ...latest,
          selfHostedChats: [...latest.selfHostedChats, { origin: origin.data, kind, enabled: true }],
        };
        const problems = errorsByPath(next);
        const problem = problems.selfHostedChats ?? Object.values(problems)[0];
        if (problem) {
          // The add failed: give back the grant it needed (unless it was there before).
          if (!(await hadPermission)) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
          return problem;
        }
        // The background registers the chat script once it has saved the list.
        change(next);
        return null;
      }}
      onRemoveSelfHosted={(origin) => {
        change((now) => ({ ...now, selfHostedChats: now.selfHostedChats.filter((chat) => chat.origin !== origin) }));
        // Give the permission back unless a calendar feed on the same server still needs it.
        void loadFeeds().then(({ feeds }) => {
          if (!originStillNeeded(origin, feeds, [])) {
            void browser.permissions.remove({ origins: [originPermissionPattern(origin)] }).catch(() => false);
          }
        });
      }}
    />
  );
}
