/**
 * The options page: every setting of lib/settings.ts, edited in place. Knows no browser API:
 * the container (entrypoints/options/App.tsx) loads, validates and saves.
 */
import { type ReactNode, useState } from 'react';
import { withSnooze } from '../../lib/chat/gate';
import { DEFAULT_TEMPLATES, type Settings, type SettingsProblem, type Templates } from '../../lib/settings';
import { BUILTIN_SITE_IDS, SELF_HOSTED_KINDS, type SelfHostedKind, SITE_LABELS } from '../../lib/sites';
import { Field, LinesField, NumberField, Section, Toggle } from '../ui/fields';
import { BudgetSection } from './BudgetSection';
import { LayoutReportHelp } from './LayoutReportHelp';

const TEMPLATE_LABELS: Record<keyof Templates, { label: string; hint: string }> = {
  agenda: { label: 'Agenda template', hint: 'Inserted into an event description by “Add an agenda”.' },
  asyncDoc: {
    label: 'Async document: general',
    hint: 'Used by “Write it async instead” when no other kind fits. Placeholders: {title} {purpose} {context} {asks} {deadline} {organizer}.',
  },
  asyncStatus: { label: 'Async document: status update', hint: 'For stand-ups, syncs and other status meetings.' },
  asyncDecision: {
    label: 'Async document: decision',
    hint: 'For meetings to decide, approve or choose: options, criteria, recommendation, deadline, who decides.',
  },
  asyncProposal: {
    label: 'Async document: proposal / RFC',
    hint: 'For reviews, RFCs, proposals and designs: problem, proposal, alternatives, open questions, review by.',
  },
  asyncHandover: { label: 'Async document: handover', hint: 'For handovers, onboarding and transitions.' },
  askOrganizer: {
    label: 'Note asking the organizer for an agenda',
    hint: 'Placeholders: {organizer} {title}.',
  },
  chatQuestion: {
    label: 'Chat: text added after a bare greeting',
    hint: 'Left empty, “Add my question” just starts a new line after your greeting.',
  },
  callToAsync: { label: 'Chat: written alternative to “can we hop on a call?”', hint: '' },
  callDecision: { label: 'Chat: written alternative to a call to decide', hint: '“Can we call to decide the vendor?”' },
  callReview: { label: 'Chat: written alternative to a call to review', hint: '“Quick call to review my proposal?”' },
  callHandover: { label: 'Chat: written alternative to a handover call', hint: '“Can we do a call for the handover?”' },
};

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface QuarantineNotice {
  problems: SettingsProblem[];
  at: number;
}

export interface OptionsPageProps {
  settings: Settings;
  onChange: (next: Settings) => void;
  /** Validation messages by dotted path, for the fields the person is editing. */
  errors: Record<string, string>;
  saveState: 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';
  quarantine: QuarantineNotice | null;
  onDismissQuarantine: () => void;
  onDownloadQuarantine: () => void;
  /** Ask for the origin's permission and add it; resolves to an error message or null. */
  onAddSelfHosted: (origin: string, kind: SelfHostedKind) => Promise<string | null>;
  onRemoveSelfHosted: (origin: string) => void;
  timeZones: string[];
  now?: number;
  /** The "Calendar feeds" section's content (entrypoints/options/feeds.tsx); the popup links to #feeds. */
  feeds?: ReactNode;
  /** A weekly meeting budget from the person's own weeks, or null. */
  budgetSuggestion?: number | null;
}

export function OptionsPage(props: OptionsPageProps) {
  const { settings, onChange, errors } = props;
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange({ ...settings, [key]: value });
  const now = props.now ?? Date.now();
  const snoozed = settings.chatSnoozedUntil > now;

  return (
    <main className="ev-options">
      <header className="ev-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <div>
          <h1>Eventually settings</h1>
          <p className="ev-muted">Everything here stays in this browser. Changes save as you type.</p>
        </div>
        <SaveStatus state={props.saveState} />
      </header>

      {props.quarantine ? (
        <div className="ev-notice" role="alert">
          <strong>Some saved settings could not be read, so their defaults are in use.</strong>
          <ul>
            {props.quarantine.problems.map((problem) => (
              <li key={problem.path + problem.message}>
                <code>{problem.path || 'settings'}</code>: {problem.message}
              </li>
            ))}
          </ul>
          <p>The old value is kept aside, untouched.</p>
          <div className="ev-actions">
            <button type="button" onClick={props.onDownloadQuarantine}>
              Download the old value
            </button>
            <button type="button" onClick={props.onDismissQuarantine}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}

      <Section title="Where Eventually helps">
        <Toggle
          label="Calendar: “is this meeting necessary?”"
          checked={settings.surfaces.calendar}
          onChange={(calendar) => set('surfaces', { ...settings.surfaces, calendar })}
        />
        <Toggle
          label="Chat: catch a bare “hi” before it is sent"
          checked={settings.surfaces.chat}
          onChange={(chat) => set('surfaces', { ...settings.surfaces, chat })}
        />
        <Toggle
          label="Weekly meeting stats in the toolbar popup"
          checked={settings.surfaces.stats}
          onChange={(stats) => set('surfaces', { ...settings.surfaces, stats })}
        />
        <fieldset className="ev-grid">
          <legend>Sites</legend>
          {BUILTIN_SITE_IDS.map((site) => (
            <Toggle
              key={site}
              label={SITE_LABELS[site]}
              checked={settings.sites[site]}
              onChange={(on) => set('sites', { ...settings.sites, [site]: on })}
            />
          ))}
        </fieldset>
      </Section>

      <BudgetSection
        hours={settings.weeklyMeetingBudgetHours}
        suggestion={props.budgetSuggestion ?? null}
        error={errors.weeklyMeetingBudgetHours}
        onChange={(hours) => set('weeklyMeetingBudgetHours', hours)}
      />

      {props.feeds ? (
        <Section id="feeds" title="Calendar feeds">
          {props.feeds}
        </Section>
      ) : null}

      <Section
        title="Meeting cost"
        description="Cost = length × people × hourly rate. Use a loaded rate for your team, or 0 to see person-hours only."
      >
        <div className="ev-inline">
          <NumberField
            label="Hourly rate per person"
            value={settings.hourlyRate}
            min={0}
            step={5}
            error={errors.hourlyRate}
            onChange={(hourlyRate) => set('hourlyRate', hourlyRate)}
          />
          <Field label="Currency" error={errors.currency}>
            {(id, describedBy) => (
              <input
                id={id}
                value={settings.currency}
                maxLength={3}
                size={4}
                aria-describedby={describedBy}
                onChange={(e) => set('currency', e.target.value.toUpperCase())}
              />
            )}
          </Field>
        </div>
      </Section>

      <Section title="When a meeting gets a second look">
        <div className="ev-inline">
          <NumberField
            label="More people than"
            value={settings.thresholds.maxAttendees}
            min={2}
            error={errors['thresholds.maxAttendees']}
            hint="8 people already means 28 conversations to keep in sync."
            onChange={(maxAttendees) => set('thresholds', { ...settings.thresholds, maxAttendees })}
          />
          <NumberField
            label="Longer than (minutes)"
            value={settings.thresholds.maxMinutes}
            min={5}
            step={5}
            error={errors['thresholds.maxMinutes']}
            onChange={(maxMinutes) => set('thresholds', { ...settings.thresholds, maxMinutes })}
          />
        </div>
      </Section>

      <Section title="Your working week" description="Used for focus time and for meetings outside your hours.">
        <div className="ev-inline">
          <Field label="Work starts" error={errors['workingHours.start']}>
            {(id) => (
              <input
                id={id}
                type="time"
                value={settings.workingHours.start}
                onChange={(e) => set('workingHours', { ...settings.workingHours, start: e.target.value })}
              />
            )}
          </Field>
          <Field label="Work ends" error={errors['workingHours.end'] ?? errors.workingHours}>
            {(id) => (
              <input
                id={id}
                type="time"
                value={settings.workingHours.end}
                onChange={(e) => set('workingHours', { ...settings.workingHours, end: e.target.value })}
              />
            )}
          </Field>
          <Field label="Week starts on">
            {(id) => (
              <select
                id={id}
                value={settings.weekStartsOn}
                onChange={(e) => set('weekStartsOn', Number(e.target.value))}
              >
                {DAY_NAMES.map((name, day) => (
                  <option key={name} value={day}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset className="ev-days">
          <legend>Working days</legend>
          {DAY_NAMES.map((name, day) => (
            <label key={name}>
              <input
                type="checkbox"
                checked={settings.workingHours.days.includes(day)}
                onChange={(e) => {
                  const days = e.target.checked
                    ? [...settings.workingHours.days, day].sort()
                    : settings.workingHours.days.filter((d) => d !== day);
                  set('workingHours', { ...settings.workingHours, days });
                }}
              />
              {name.slice(0, 3)}
            </label>
          ))}
        </fieldset>
        <Field label="Time zone" error={errors.timeZone} hint="Leave empty to use this computer’s time zone.">
          {(id, describedBy) => (
            <>
              <input
                id={id}
                list={`${id}-zones`}
                value={settings.timeZone}
                placeholder={Intl.DateTimeFormat().resolvedOptions().timeZone}
                aria-describedby={describedBy}
                onChange={(e) => set('timeZone', e.target.value.trim())}
              />
              <datalist id={`${id}-zones`}>
                {props.timeZones.map((zone) => (
                  <option key={zone} value={zone} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <LinesField
          label="Your email addresses"
          hint="One per line. Tells which invites are yours and which you declined."
          placeholder="you@example.com"
          value={settings.myEmails}
          error={Object.entries(errors).find(([path]) => path.startsWith('myEmails'))?.[1]}
          onChange={(myEmails) => set('myEmails', myEmails)}
        />
        <Toggle
          label="Count events without other guests as meetings"
          checked={settings.countSoloEventsAsMeetings}
          onChange={(on) => set('countSoloEventsAsMeetings', on)}
        />
      </Section>

      <Section title="Chat helper">
        <fieldset className="ev-bare ev-row" aria-label="Snooze">
          <span>{snoozed ? `Paused until ${new Date(settings.chatSnoozedUntil).toLocaleString()}.` : 'Active.'}</span>
          {snoozed ? (
            <button type="button" onClick={() => set('chatSnoozedUntil', 0)}>
              Resume now
            </button>
          ) : (
            <>
              <button type="button" onClick={() => onChange(withSnooze(settings, now, 'hour'))}>
                Snooze 1 hour
              </button>
              <button type="button" onClick={() => onChange(withSnooze(settings, now, 'tomorrow'))}>
                Snooze until tomorrow
              </button>
            </>
          )}
        </fieldset>
        <NumberField
          label="Stop asking in a conversation for a day after this many “Send anyway” in a day"
          hint="0 keeps asking every time."
          value={settings.quietAfterSendAnyway}
          min={0}
          max={20}
          error={errors.quietAfterSendAnyway}
          onChange={(times) => set('quietAfterSendAnyway', times)}
        />
        <LinesField
          label="Muted conversations"
          hint="One per line, as site:id (the prompt’s “mute this conversation” adds them for you)."
          placeholder="slack:C024BE91L"
          value={settings.muted.conversations}
          onChange={(conversations) => set('muted', { ...settings.muted, conversations })}
        />
        <LinesField
          label="Muted people"
          hint="One name or handle per line; messages to them are never held."
          value={settings.muted.people}
          onChange={(people) => set('muted', { ...settings.muted, people })}
        />
        <SelfHostedList
          chats={settings.selfHostedChats}
          onAdd={props.onAddSelfHosted}
          onRemove={props.onRemoveSelfHosted}
          onToggle={(origin, enabled) =>
            set(
              'selfHostedChats',
              settings.selfHostedChats.map((chat) => (chat.origin === origin ? { ...chat, enabled } : chat)),
            )
          }
        />
      </Section>

      <Section title="Templates" description="Edit the words Eventually offers; your version is used everywhere.">
        {(Object.keys(TEMPLATE_LABELS) as (keyof Templates)[]).map((key) => (
          <Field
            key={key}
            label={TEMPLATE_LABELS[key].label}
            hint={TEMPLATE_LABELS[key].hint}
            error={errors[`templates.${key}`]}
          >
            {(id, describedBy) => (
              <div className="ev-template">
                <textarea
                  id={id}
                  rows={key.startsWith('async') ? 10 : 5}
                  value={settings.templates[key]}
                  aria-describedby={describedBy}
                  onChange={(e) => set('templates', { ...settings.templates, [key]: e.target.value })}
                />
                {settings.templates[key] !== DEFAULT_TEMPLATES[key] ? (
                  <button
                    type="button"
                    className="ev-link"
                    onClick={() => set('templates', { ...settings.templates, [key]: DEFAULT_TEMPLATES[key] })}
                  >
                    Restore the default
                  </button>
                ) : null}
              </div>
            )}
          </Field>
        ))}
      </Section>

      <LayoutReportHelp />
    </main>
  );
}

function SaveStatus(props: { state: OptionsPageProps['saveState'] }) {
  const text = {
    idle: '',
    saving: 'Saving…',
    saved: 'Saved',
    invalid: 'Not saved: fix the field marked in red.',
    failed: 'Could not save. Your change is still here; try again.',
  }[props.state];
  return (
    <p className={`ev-save ev-save-${props.state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}

function SelfHostedList(props: {
  chats: Settings['selfHostedChats'];
  onAdd: OptionsPageProps['onAddSelfHosted'];
  onRemove: (origin: string) => void;
  onToggle: (origin: string, enabled: boolean) => void;
}) {
  const [origin, setOrigin] = useState('');
  const [kind, setKind] = useState<SelfHostedKind>('mattermost');
  const [error, setError] = useState<string | null>(null);
  return (
    <fieldset className="ev-self-hosted">
      <legend>Self-hosted chat servers</legend>
      <p className="ev-muted">
        Mattermost, Zulip or Rocket.Chat on your company’s own address. Your browser asks you to allow Eventually on
        that address only.
      </p>
      {props.chats.length > 0 ? (
        <ul className="ev-list">
          {props.chats.map((chat) => (
            <li key={chat.origin}>
              <Toggle
                label={`${chat.origin} (${SITE_LABELS[chat.kind]})`}
                checked={chat.enabled}
                onChange={(on) => props.onToggle(chat.origin, on)}
              />
              <button type="button" aria-label={`Remove ${chat.origin}`} onClick={() => props.onRemove(chat.origin)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="ev-inline"
        onSubmit={(e) => {
          e.preventDefault();
          // The permission prompt needs this click's user gesture: no await before onAdd.
          void props.onAdd(origin, kind).then((message) => {
            setError(message);
            if (!message) setOrigin('');
          });
        }}
      >
        <Field label="Server address" error={error ?? undefined}>
          {(id, describedBy) => (
            <input
              id={id}
              value={origin}
              placeholder="https://chat.example.com"
              aria-describedby={describedBy}
              onChange={(e) => setOrigin(e.target.value)}
            />
          )}
        </Field>
        <Field label="App">
          {(id) => (
            <select id={id} value={kind} onChange={(e) => setKind(e.target.value as SelfHostedKind)}>
              {SELF_HOSTED_KINDS.map((k) => (
                <option key={k} value={k}>
                  {SITE_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={origin.trim() === ''}>
          Add server
        </button>
      </form>
    </fieldset>
  );
}
