/** What the options page (and the popup) call each site. */
import type { BuiltinSiteId, SelfHostedKind } from '../../lib/settings';

export const SITE_LABELS: Record<BuiltinSiteId | SelfHostedKind, string> = {
  'google-calendar': 'Google Calendar',
  outlook: 'Outlook on the web',
  slack: 'Slack',
  teams: 'Microsoft Teams',
  'google-chat': 'Google Chat',
  discord: 'Discord',
  mattermost: 'Mattermost',
  zulip: 'Zulip',
  rocketchat: 'Rocket.Chat',
};
