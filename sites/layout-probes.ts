/**
 * What the layout report keeps and the layout check looks for, per site: every landmark an
 * adapter depends on, as the site's own selector lists. With layout-check.ts (which adds the
 * adapters), this is the one place that knows the sites' current API for these two tools:
 * when the sites move to one descriptor each, only these two files change.
 *
 * Selectors only, no adapters: the content scripts import this for the report, and must not
 * carry every other site's adapter with it.
 */
import { type CalendarSiteId, type ChatSiteId, SITE_LABELS } from '../lib/sites';
import type { ChatSelectors } from './chat-common/adapter';
import { DISCORD_SELECTORS } from './discord/selectors';
import { EDITOR, POPOVER, QUICK_CREATE } from './google-calendar/selectors';
import { GOOGLE_CHAT_SELECTORS } from './google-chat/selectors';
import { MATTERMOST_SELECTORS } from './mattermost/selectors';
import { COMPOSE, PEEK } from './outlook/selectors';
import { ROCKETCHAT_SELECTORS } from './rocketchat/selectors';
import { SLACK_SELECTORS } from './slack/selectors';
import { TEAMS_SELECTORS } from './teams/selectors';
import { ZULIP_SELECTORS } from './zulip/selectors';

export const CHAT_LANDMARKS = ['composer', 'send button', 'thread', 'suggestion list'] as const;
export const CALENDAR_LANDMARKS = ['title', 'description', 'guests', 'time'] as const;
export type LandmarkName = (typeof CHAT_LANDMARKS)[number] | (typeof CALENDAR_LANDMARKS)[number];

export type LayoutSiteId = ChatSiteId | CalendarSiteId;

export interface SiteProbe {
  site: LayoutSiteId;
  surface: 'chat' | 'calendar';
  /** The site's name as people know it (the report dialog's heading). */
  label: string;
  /** An address of the site, for adapters that read the URL (a saved page's own address wins). */
  sampleUrl: string;
  landmarks: Partial<Record<LandmarkName, readonly string[]>>;
  /** Containers the report keeps on its paths when it must prune (the composer's box, a dialog). */
  containers: readonly string[];
}

function chatProbe(site: ChatSiteId, sampleUrl: string, selectors: ChatSelectors): SiteProbe {
  return {
    site,
    surface: 'chat',
    label: SITE_LABELS[site],
    sampleUrl,
    landmarks: {
      composer: selectors.editable,
      'send button': selectors.sendButton,
      thread: selectors.thread ?? [],
      'suggestion list': selectors.suggestion,
    },
    containers: [...selectors.box, ...(selectors.anchor ?? [])],
  };
}

export const SITE_PROBES: readonly SiteProbe[] = [
  chatProbe('slack', 'https://app.slack.com/client/T0000/C0000', SLACK_SELECTORS),
  chatProbe('teams', 'https://teams.microsoft.com/v2/', TEAMS_SELECTORS),
  chatProbe('google-chat', 'https://chat.google.com/room/AAAA', GOOGLE_CHAT_SELECTORS),
  chatProbe('discord', 'https://discord.com/channels/1/2', DISCORD_SELECTORS),
  chatProbe('mattermost', 'https://mattermost.example/team/channels/town-square', MATTERMOST_SELECTORS),
  chatProbe('zulip', 'https://zulip.example/#narrow/stream/1-general', ZULIP_SELECTORS),
  chatProbe('rocketchat', 'https://rocketchat.example/channel/general', ROCKETCHAT_SELECTORS),
  {
    site: 'google-calendar',
    surface: 'calendar',
    label: SITE_LABELS['google-calendar'],
    sampleUrl: 'https://calendar.google.com/calendar/u/0/r/week',
    landmarks: {
      title: [...EDITOR.title, ...POPOVER.root.map((root) => `${root} [role="heading"]`), `#${QUICK_CREATE.tabId}`],
      description: [...EDITOR.description, ...POPOVER.description],
      guests: [...EDITOR.guests, ...POPOVER.guests],
      time: [...EDITOR.startDate, ...EDITOR.startTime, ...POPOVER.when],
    },
    containers: [...POPOVER.root, QUICK_CREATE.dialog, '[role="main"]'],
  },
  {
    site: 'outlook',
    surface: 'calendar',
    label: SITE_LABELS.outlook,
    sampleUrl: 'https://outlook.office.com/calendar/view/week',
    landmarks: {
      title: [...COMPOSE.title.map((title) => `:is(${COMPOSE.container.join(', ')}) ${title}`), ...PEEK.heading],
      description: COMPOSE.body,
      guests: [`${COMPOSE.wells} ${COMPOSE.persona}`, ...PEEK.people],
      time: [`:is(${COMPOSE.container.join(', ')}) ${COMPOSE.times}`, ...PEEK.time],
    },
    containers: [...COMPOSE.container, PEEK.dialog],
  },
];

export function probeFor(site: LayoutSiteId): SiteProbe {
  const probe = SITE_PROBES.find((entry) => entry.site === site);
  if (!probe) throw new Error(`No layout probe for ${site}`);
  return probe;
}

/** Every selector the probe of `site` uses: what the layout report must keep answerable. */
export function probeSelectors(probe: SiteProbe): string[] {
  return [...Object.values(probe.landmarks).flat(), ...probe.containers];
}
