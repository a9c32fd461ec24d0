/** The chat helper: snooze, muted conversations and people, self-hosted servers. */
import { withSnooze } from '../../lib/chat/gate';
import type { Settings } from '../../lib/settings';
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
      <fieldset className="ev-bare" aria-label="Reply to a bare hi">
        <Toggle
          label="Offer a kind reply when someone else sends only “hi”"
          hint="In a direct message or thread (in a channel only when you are mentioned), a small chip by your message box puts the reply from Templates into it; you send it yourself."
          checked={settings.kindReply.enabled}
          onChange={(enabled) => set('kindReply', { ...settings.kindReply, enabled })}
        />
        <NumberField
          label="Offer it once their greeting has stood alone for (minutes)"
          hint="Counted from the time of their message; a greeting followed by the question needs no reply."
          value={settings.kindReply.afterMinutes}
          min={0}
          max={240}
          error={errors['kindReply.afterMinutes']}
          onChange={(afterMinutes) => set('kindReply', { ...settings.kindReply, afterMinutes })}
        />
        {settings.kindReply.dismissed.length > 0 ? (
          <button type="button" onClick={() => set('kindReply', { ...settings.kindReply, dismissed: [] })}>
            Offer it again where I dismissed it ({settings.kindReply.dismissed.length})
          </button>
        ) : null}
      </fieldset>
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
