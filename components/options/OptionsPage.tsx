/**
 * The options page: every setting of lib/settings.ts, edited in place, one file per section
 * in this folder. Knows no browser API: the container (entrypoints/options/App.tsx) loads,
 * validates and saves.
 */

import type { ReactNode } from 'react';
import type { Settings } from '../../lib/settings';
import { t } from '../i18n';
import { Section } from '../ui/fields';
import { BudgetSection } from './BudgetSection';
import { ChatSection } from './ChatSection';
import { CostSection } from './CostSection';
import { LanguageSection } from './LanguageSection';
import { LayoutReportHelp } from './LayoutReportHelp';
import { QuarantineAlert, type QuarantineNotice } from './QuarantineAlert';
import { type SaveState, SaveStatus } from './SaveStatus';
import type { SelfHostedHandlers } from './SelfHostedList';
import { SurfacesSection } from './SurfacesSection';
import { TemplatesSection } from './TemplatesSection';
import { ThresholdsSection } from './ThresholdsSection';
import { WorkingWeekSection } from './WorkingWeekSection';

export type { QuarantineNotice } from './QuarantineAlert';

export interface OptionsPageProps extends SelfHostedHandlers {
  settings: Settings;
  onChange: (next: Settings) => void;
  /** Validation messages by dotted path, for the fields the person is editing. */
  errors: Record<string, string>;
  saveState: SaveState;
  quarantine: QuarantineNotice | null;
  onDismissQuarantine: () => void;
  onDownloadQuarantine: () => void;
  timeZones: string[];
  now?: number;
  /** The "Calendar feeds" section's content (entrypoints/options/feeds.tsx); the popup links to #feeds. */
  feeds?: ReactNode;
  /** How each visited site was recognised (entrypoints/options/site-health.tsx). */
  siteHealth?: ReactNode;
  /** A weekly meeting budget from the person's own weeks, or null. */
  budgetSuggestion?: number | null;
  /** The switched-on sites the browser does not let Eventually run on (entrypoints/popup/site-access.tsx). */
  siteAccess?: ReactNode;
  /** "Copy a layout report" of the tab the person was on (entrypoints/popup/tab-layout-report.tsx). */
  layoutReport?: ReactNode;
}

export function OptionsPage(props: OptionsPageProps) {
  const { settings, onChange, errors } = props;
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange({ ...settings, [key]: value });
  const now = props.now ?? Date.now();
  const section = { settings, errors, set };

  return (
    <main className="ev-options">
      <header className="ev-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <div>
          <h1>{t('options.title')}</h1>
          <p className="ev-muted">{t('options.intro')}</p>
        </div>
        <SaveStatus state={props.saveState} />
      </header>

      {props.quarantine ? (
        <QuarantineAlert
          quarantine={props.quarantine}
          onDownload={props.onDownloadQuarantine}
          onDismiss={props.onDismissQuarantine}
        />
      ) : null}

      <LanguageSection settings={settings} set={set} />
      <SurfacesSection settings={settings} set={set} siteHealth={props.siteHealth} siteAccess={props.siteAccess} />

      <BudgetSection
        hours={settings.weeklyMeetingBudgetHours}
        suggestion={props.budgetSuggestion ?? null}
        error={errors.weeklyMeetingBudgetHours}
        onChange={(hours) => set('weeklyMeetingBudgetHours', hours)}
      />

      {props.feeds ? (
        <Section id="feeds" title={t('options.feeds')}>
          {props.feeds}
        </Section>
      ) : null}

      <CostSection {...section} />
      <ThresholdsSection {...section} />
      <WorkingWeekSection {...section} timeZones={props.timeZones} />
      <ChatSection
        settings={settings}
        errors={errors}
        set={set}
        now={now}
        onAddSelfHosted={props.onAddSelfHosted}
        onRemoveSelfHosted={props.onRemoveSelfHosted}
        onChange={onChange}
      />
      <TemplatesSection {...section} />
      <LayoutReportHelp action={props.layoutReport} />
    </main>
  );
}
