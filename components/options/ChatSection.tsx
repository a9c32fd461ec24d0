/** The chat helper: snooze, muted conversations and people, self-hosted servers. */

import { withSnooze } from '../../lib/chat/gate';
import type { Settings } from '../../lib/settings';
import { locale, t } from '../i18n';
import { LinesField, NumberField, Section, Toggle } from '../ui/fields';
import type { SelfHostedHandlers } from './SelfHostedList';
import { SelfHostedList } from './SelfHostedList';
import type { SectionProps } from './section-props';

export function ChatSection({
  settings,
  errors,
  set,
  now,
  onAddSelfHosted,
  onRemoveSelfHosted,
  onChange,
}: SectionProps & SelfHostedHandlers & { now: number; onChange: (next: Settings) => void }) {
  const snoozed = settings.chatSnoozedUntil > now;
  return (
    <Section title={t('options.chat_title')}>
      <fieldset className="ev-bare ev-row" aria-label={t('options.snooze')}>
        <span>
          {snoozed
            ? t('options.paused_until', { time: new Date(settings.chatSnoozedUntil).toLocaleString(locale()) })
            : t('options.active')}
        </span>
        {snoozed ? (
          <button type="button" onClick={() => set('chatSnoozedUntil', 0)}>
            {t('options.resume')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => onChange(withSnooze(settings, now, 'hour'))}>
              {t('options.snooze_hour')}
            </button>
            <button type="button" onClick={() => onChange(withSnooze(settings, now, 'tomorrow'))}>
              {t('options.snooze_tomorrow')}
            </button>
          </>
        )}
      </fieldset>
      <NumberField
        label={t('options.quiet_after')}
        hint={t('options.quiet_hint')}
        value={settings.quietAfterSendAnyway}
        min={0}
        max={20}
        error={errors.quietAfterSendAnyway}
        onChange={(times) => set('quietAfterSendAnyway', times)}
      />
      <fieldset className="ev-bare" aria-label={t('options.kind_reply')}>
        <Toggle
          label={t('options.kind_reply_toggle')}
          hint={t('options.kind_reply_hint')}
          checked={settings.kindReply.enabled}
          onChange={(enabled) => set('kindReply', { ...settings.kindReply, enabled })}
        />
        <NumberField
          label={t('options.kind_reply_after')}
          hint={t('options.kind_reply_after_hint')}
          value={settings.kindReply.afterMinutes}
          min={0}
          max={240}
          error={errors['kindReply.afterMinutes']}
          onChange={(afterMinutes) => set('kindReply', { ...settings.kindReply, afterMinutes })}
        />
        {settings.kindReply.dismissed.length > 0 ? (
          <button type="button" onClick={() => set('kindReply', { ...settings.kindReply, dismissed: [] })}>
            {t('options.kind_reply_again', { count: settings.kindReply.dismissed.length })}
          </button>
        ) : null}
      </fieldset>
      <LinesField
        label={t('options.muted_conversations')}
        hint={t('options.muted_conversations_hint')}
        placeholder="slack:C024BE91L"
        value={settings.muted.conversations}
        onChange={(conversations) => set('muted', { ...settings.muted, conversations })}
      />
      <LinesField
        label={t('options.muted_people')}
        hint={t('options.muted_people_hint')}
        value={settings.muted.people}
        onChange={(people) => set('muted', { ...settings.muted, people })}
      />
      <SelfHostedList
        chats={settings.selfHostedChats}
        onAdd={onAddSelfHosted}
        onRemove={onRemoveSelfHosted}
        onToggle={(origin, enabled) =>
          set(
            'selfHostedChats',
            settings.selfHostedChats.map((chat) => (chat.origin === origin ? { ...chat, enabled } : chat)),
          )
        }
      />
    </Section>
  );
}
