/**
 * The ids and labels of every site Eventually wraps: the part of each site's descriptor
 * (sites/<id>/site.ts) that the settings schema, the message protocol and the extension
 * pages need. lib/ stays pure and never imports sites/, so this list mirrors
 * sites/registry.ts; test/dom/site-registry.test.ts fails when the two differ.
 * The id is also the site's folder name under sites/.
 */

export const CALENDAR_SITE_IDS = ['google-calendar', 'outlook'] as const;
/** Chat sites at fixed addresses, declared in the manifest. */
export const CHAT_SITE_IDS = ['slack', 'teams', 'google-chat', 'discord'] as const;
/** Chat apps a team runs on its own server; registered at run time for the origins a person adds. */
export const SELF_HOSTED_KINDS = ['mattermost', 'zulip', 'rocketchat'] as const;
/** Sites with a switch of their own in the settings. */
export const BUILTIN_SITE_IDS = [...CALENDAR_SITE_IDS, ...CHAT_SITE_IDS] as const;

export type CalendarSiteId = (typeof CALENDAR_SITE_IDS)[number];
export type ChatBuiltinSiteId = (typeof CHAT_SITE_IDS)[number];
export type SelfHostedKind = (typeof SELF_HOSTED_KINDS)[number];
export type BuiltinSiteId = (typeof BUILTIN_SITE_IDS)[number];
export type ChatSiteId = ChatBuiltinSiteId | SelfHostedKind;
export type SiteId = BuiltinSiteId | SelfHostedKind;

export const SITE_IDS: readonly SiteId[] = [...BUILTIN_SITE_IDS, ...SELF_HOSTED_KINDS];

/** What the options page and the popup call each site. */
export const SITE_LABELS: Record<SiteId, string> = {
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
