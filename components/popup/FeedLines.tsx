/** Each calendar feed with its health and last sync (or what went wrong). */
import { feedHealth, maskFeedUrl } from '../../lib/feed-words';
import type { Feed, FeedStatus } from '../../lib/feeds';
import { feedStatusLine } from '../feeds/feed-status';
import { t } from '../i18n';

export interface PopupFeed {
  feed: Feed;
  status: FeedStatus | undefined;
}

export function FeedLines(props: { feeds: PopupFeed[]; now: number; updating?: boolean }) {
  return (
    <section aria-labelledby="ev-feeds-heading" className="ev-feed-lines">
      <h2 id="ev-feeds-heading">
        {t('popup.calendars')}
        {props.updating ? <span className="ev-muted">{t('popup.updating')}</span> : null}
      </h2>
      <ul>
        {props.feeds.map(({ feed, status }) => {
          const health = feedHealth(status);
          return (
            <li key={feed.id} className={`ev-feed-line ev-feed-${health}`}>
              <span className="ev-feed-dot" aria-hidden="true" />
              <span>
                <strong>{feed.name}</strong>{' '}
                <span className="ev-muted">{feed.kind === 'url' ? maskFeedUrl(feed.url) : t('popup.file')}</span>
                <br />
                <span className={health === 'error' ? 'ev-error' : 'ev-muted'}>
                  {health === 'error' ? <span className="ev-sr">{t('popup.problem')}</span> : null}
                  {feedStatusLine(feed, status, props.now)}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
