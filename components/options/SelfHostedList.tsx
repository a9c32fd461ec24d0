/** The self-hosted chat servers (Mattermost, Zulip, Rocket.Chat): list, switch, add, remove. */

import { useState } from 'react';
import { hasExplicitPort } from '../../lib/hosts';
import type { Settings } from '../../lib/settings';
import { SELF_HOSTED_KINDS, type SelfHostedKind, SITE_LABELS } from '../../lib/sites';
import { t } from '../i18n';
import { Field, Toggle } from '../ui/fields';

export interface SelfHostedHandlers {
  /** Ask for the origin's permission and add it; resolves to an error message or null. */
  onAddSelfHosted: (origin: string, kind: SelfHostedKind) => Promise<string | null>;
  onRemoveSelfHosted: (origin: string) => void;
}

export function SelfHostedList(props: {
  chats: Settings['selfHostedChats'];
  onAdd: SelfHostedHandlers['onAddSelfHosted'];
  onRemove: (origin: string) => void;
  onToggle: (origin: string, enabled: boolean) => void;
}) {
  const [origin, setOrigin] = useState('');
  const [kind, setKind] = useState<SelfHostedKind>('mattermost');
  const [error, setError] = useState<string | null>(null);
  return (
    <fieldset className="ev-self-hosted">
      <legend>{t('options.self_hosted')}</legend>
      <p className="ev-muted">{t('options.self_hosted_intro')}</p>
      {props.chats.length > 0 ? (
        <ul className="ev-list">
          {props.chats.map((chat) => (
            <li key={chat.origin}>
              <Toggle
                label={t('options.server_label', { origin: chat.origin, app: SITE_LABELS[chat.kind] })}
                checked={chat.enabled}
                onChange={(on) => props.onToggle(chat.origin, on)}
              />
              <button
                type="button"
                aria-label={t('options.remove_named', { name: chat.origin })}
                onClick={() => props.onRemove(chat.origin)}
              >
                {t('options.remove')}
              </button>
              {hasExplicitPort(chat.origin) ? <p className="ev-muted">{t('options.port_notice')}</p> : null}
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
        <Field
          label={t('options.server_address')}
          error={error ?? undefined}
          hint={/:\d+(\/|$)/.test(origin.trim()) ? t('options.port_notice') : undefined}
        >
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
        <Field label={t('options.app')}>
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
          {t('options.add_server')}
        </button>
      </form>
    </fieldset>
  );
}
