/**
 * The switched-on sites the browser does not let Eventually run on, each named with its
 * hosts and why, and one button that asks the browser for all of them. Nothing at all when
 * every site is reachable. Shown in the popup and on the options page. Presentational: the
 * container asks the browser (platform/site-access.ts).
 */
import type { UnreachableSite } from '../../lib/site-access';
import { list, t, tn } from '../i18n';
import './site-health.css';

export function SiteAccessNotice(props: {
  unreachable: readonly UnreachableSite[];
  /** Must call the browser's permission request synchronously (a user gesture). */
  onAllow: () => void;
  /** What came of the last request when it did not work ("not granted", an error). */
  problem?: string | null;
}) {
  if (props.unreachable.length === 0) return null;
  const label =
    props.unreachable.length === 1
      ? t('popup.allow_site', { site: props.unreachable[0]!.label })
      : t('popup.allow_sites');
  return (
    <section className="ev-site-access" aria-label={t('popup.site_access')}>
      <ul className="ev-site-health">
        {props.unreachable.map((site) => (
          <li key={`${site.site}:${site.hosts.join(',')}`} className="ev-warning">
            {t('popup.until_on', {
              sentence: tn('popup.no_access', site.hosts.length, { site: site.label, hosts: list(site.hosts) }),
            })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={props.onAllow}>
        {label}
      </button>
      {props.problem ? (
        <p className="ev-warning" role="alert">
          {props.problem}
        </p>
      ) : null}
    </section>
  );
}
