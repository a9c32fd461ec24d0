/** The self-hosted chat servers (Mattermost, Zulip, Rocket.Chat): list, switch, add, remove. */
import { useState } from 'react';
import { hasExplicitPort, PORT_NOTICE } from '../../lib/hosts';
import type { Settings } from '../../lib/settings';
import { SELF_HOSTED_KINDS, type SelfHostedKind, SITE_LABELS } from '../../lib/sites';
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
              {hasExplicitPort(chat.origin) ? <p className="ev-muted">{PORT_NOTICE}</p> : null}
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
          label="Server address"
          error={error ?? undefined}
          hint={/:\d+(\/|$)/.test(origin.trim()) ? PORT_NOTICE : undefined}
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
