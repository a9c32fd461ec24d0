/**
 * The "Calendar feeds" part of the options page: the list of feeds with their status, the
 * form that adds one by address, and the file import (picker or drag and drop).
 * Presentational: the container (entrypoints/options/feeds.tsx) asks for permissions, talks
 * to the background and reads storage.
 */

import { type DragEvent, useId, useState } from 'react';
import { type Feed, type FeedStatus, feedHealth, formatBytes, maskFeedUrl } from '../../lib/feeds';
import { t } from '../i18n';
import { Field } from '../ui/fields';
import { feedStatusLine } from './feed-status';
import './feeds.css';

export interface FeedRow {
  feed: Feed;
  status: FeedStatus | undefined;
  /** A refresh is running for this feed right now. */
  busy?: boolean;
}

export interface FeedsSectionProps {
  rows: FeedRow[];
  now: number;
  /**
   * Add a feed by address. The container must ask for the host permission synchronously,
   * inside this click (no await before it). Resolves to an error message, or null.
   */
  onAddUrl: (url: string, name: string) => Promise<string | null>;
  /** Import an .ics file; resolves to an error message, or null. */
  onImportFile: (file: File) => Promise<string | null>;
  onRefresh: (feedId: string) => void;
  onRemove: (feedId: string) => void;
  /** Ask again for a permission that was refused or revoked (needs this click's gesture). */
  onAllow: (feedId: string) => void;
  /** Stored feeds that could not be read were left out. */
  droppedNotice?: string | null;
  /** What the kept calendars take in this browser (IndexedDB), in bytes, when known. */
  keptBytes?: number | null;
}

export function FeedsSection(props: FeedsSectionProps) {
  return (
    <div className="ev-feeds">
      <p className="ev-muted">{t('options.feeds_intro')}</p>
      {props.droppedNotice ? (
        <p className="ev-warning" role="alert">
          {props.droppedNotice}
        </p>
      ) : null}
      {props.rows.length > 0 ? (
        <ul className="ev-feed-list" aria-label={t('options.your_calendars')}>
          {props.rows.map((row) => (
            <FeedItem key={row.feed.id} {...props} row={row} />
          ))}
        </ul>
      ) : (
        <p className="ev-muted">{t('options.no_calendar')}</p>
      )}
      {props.rows.length > 0 && typeof props.keptBytes === 'number' ? (
        <p className="ev-muted">{t('options.kept_bytes', { size: formatBytes(props.keptBytes) })}</p>
      ) : null}
      <AddFeedForm onAdd={props.onAddUrl} />
      <FileImport onImport={props.onImportFile} />
    </div>
  );
}

function FeedItem(props: FeedsSectionProps & { row: FeedRow }) {
  const { feed, status, busy } = props.row;
  const health = busy ? 'pending' : feedHealth(status);
  const text = busy ? t('options.fetching') : feedStatusLine(feed, status, props.now);
  return (
    <li className={`ev-feed ev-feed-${health}`}>
      <span className="ev-feed-dot" aria-hidden="true" />
      <div className="ev-feed-main">
        <strong>{feed.name}</strong>{' '}
        <span className="ev-muted">
          {feed.kind === 'url' ? maskFeedUrl(feed.url) : t('options.imported_file_kind')}
        </span>
        <p className={health === 'error' ? 'ev-error' : 'ev-muted'} role="status" aria-live="polite">
          {text}
        </p>
      </div>
      <div className="ev-actions">
        {status?.error?.kind === 'permission-denied' ? (
          <button
            type="button"
            onClick={() => props.onAllow(feed.id)}
            aria-label={t('options.allow_access_named', { name: feed.name })}
          >
            {t('options.allow_access')}
          </button>
        ) : null}
        {feed.kind === 'url' ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => props.onRefresh(feed.id)}
            aria-label={t('options.refresh_named', { name: feed.name })}
          >
            {t('options.refresh')}
          </button>
        ) : null}
        <button
          type="button"
          onClick={() => props.onRemove(feed.id)}
          aria-label={t('options.remove_named', { name: feed.name })}
        >
          {t('options.remove')}
        </button>
      </div>
    </li>
  );
}

function AddFeedForm(props: { onAdd: FeedsSectionProps['onAddUrl'] }) {
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="ev-inline ev-feed-form"
      noValidate
      aria-label={t('options.add_by_address')}
      onSubmit={(e) => {
        e.preventDefault();
        // The permission prompt needs this click's user gesture: no await before onAdd.
        setBusy(true);
        void props.onAdd(url, name).then((message) => {
          setBusy(false);
          setError(message);
          if (!message) {
            // Clear only what was added: the person may already be typing the next address.
            setUrl((current) => (current === url ? '' : current));
            setName((current) => (current === name ? '' : current));
          }
        });
      }}
    >
      <Field label={t('options.feed_address')} error={error ?? undefined}>
        {(id, describedBy) => (
          <input
            id={id}
            className="ev-feed-url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={url}
            placeholder="https://calendar.google.com/calendar/ical/…/basic.ics"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => setUrl(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('options.feed_name')}>
        {(id) => (
          <input
            id={id}
            value={name}
            size={14}
            placeholder={t('options.feed_name_placeholder')}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="ev-primary" disabled={busy || url.trim() === ''}>
        {busy ? t('options.adding') : t('options.add_calendar')}
      </button>
    </form>
  );
}

function FileImport(props: { onImport: FeedsSectionProps['onImportFile'] }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const importFile = (file: File | undefined) => {
    if (!file) return;
    setMessage({ error: false, text: t('options.reading_file', { name: file.name }) });
    void props
      .onImport(file)
      .then((error) =>
        setMessage(
          error
            ? { error: true, text: error }
            : { error: false, text: t('options.imported_file', { name: file.name }) },
        ),
      );
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    importFile(e.dataTransfer.files[0]);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only a drop target for the mouse; the keyboard and click path is the file input inside it
    <div
      className={`ev-drop${over ? ' ev-drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="ics-drop-zone"
    >
      <label htmlFor={id}>{t('options.import_file')}</label>
      <span className="ev-muted">{t('options.drop_hint')}</span>
      <input
        id={id}
        type="file"
        accept=".ics,text/calendar"
        onChange={(e) => {
          importFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {message ? (
        <p className={message.error ? 'ev-error' : 'ev-muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
