/**
 * What the layout report keeps and the layout check looks for, per site: every landmark an
 * adapter depends on, as the adapter's own selector lists. This is the one place that knows
 * the adapters' current API for these two tools (when the sites move to one descriptor each,
 * only this file changes).
 *
 * A landmark is "found" when one of its selectors matches; the check names the selector, so a
 * maintainer sees which of the ordered fallbacks the page still has.
 */
import type { ChatSiteId } from '../lib/chat/gate';
import type { CalendarAdapter, CalendarSiteId } from './calendar-common/types';
import type { ChatAdapter } from './chat-common/adapter';
import { ALL_CHAT_ADAPTERS } from './chat-common/registry';
import { DISCORD_SELECTORS } from './discord/selectors';
import { googleCalendarAdapter } from './google-calendar/adapter';
import { EDITOR, POPOVER, QUICK_CREATE } from './google-calendar/selectors';
import { GOOGLE_CHAT_SELECTORS } from './google-chat/selectors';
import { MATTERMOST_SELECTORS } from './mattermost/selectors';
import { outlookAdapter } from './outlook/adapter';
import { COMPOSE, PEEK } from './outlook/selectors';
import { ROCKETCHAT_SELECTORS } from './rocketchat/selectors';
import { SLACK_SELECTORS } from './slack/selectors';
import { TEAMS_SELECTORS } from './teams/selectors';
import { ZULIP_SELECTORS } from './zulip/selectors';

export const CHAT_LANDMARKS = ['composer', 'send button', 'thread', 'suggestion list'] as const;
export const CALENDAR_LANDMARKS = ['title', 'description', 'guests', 'time'] as const;
export type LandmarkName = (typeof CHAT_LANDMARKS)[number] | (typeof CALENDAR_LANDMARKS)[number];

export type LayoutSiteId = ChatSiteId | CalendarSiteId;

interface ProbeBase {
  site: LayoutSiteId;
  /** An address of the site, for adapters that read the URL (a saved page's own address wins). */
  sampleUrl: string;
  landmarks: Partial<Record<LandmarkName, readonly string[]>>;
  /** Containers the report keeps whole when it must prune (the composer's box, a dialog). */
  containers: readonly string[];
}
export interface ChatProbe extends ProbeBase {
  surface: 'chat';
  adapter: ChatAdapter;
}
export interface CalendarProbe extends ProbeBase {
  surface: 'calendar';
  adapter: CalendarAdapter;
}
export type SiteProbe = ChatProbe | CalendarProbe;

interface ChatSelectorLists {
  editable: readonly string[];
  box: readonly string[];
  sendButton: readonly string[];
  suggestion: readonly string[];
  thread?: readonly string[];
  anchor?: readonly string[];
}

const CHAT_SELECTORS: Record<ChatSiteId, { selectors: ChatSelectorLists; sampleUrl: string }> = {
  slack: { selectors: SLACK_SELECTORS, sampleUrl: 'https://app.slack.com/client/T0000/C0000' },
  teams: { selectors: TEAMS_SELECTORS, sampleUrl: 'https://teams.microsoft.com/v2/' },
  'google-chat': { selectors: GOOGLE_CHAT_SELECTORS, sampleUrl: 'https://chat.google.com/room/AAAA' },
  discord: { selectors: DISCORD_SELECTORS, sampleUrl: 'https://discord.com/channels/1/2' },
  mattermost: { selectors: MATTERMOST_SELECTORS, sampleUrl: 'https://mattermost.example/team/channels/town-square' },
  zulip: { selectors: ZULIP_SELECTORS, sampleUrl: 'https://zulip.example/#narrow/stream/1-general' },
  rocketchat: { selectors: ROCKETCHAT_SELECTORS, sampleUrl: 'https://rocketchat.example/channel/general' },
};

function chatProbe(adapter: ChatAdapter): ChatProbe {
  const entry = CHAT_SELECTORS[adapter.id];
  const { selectors } = entry;
  return {
    surface: 'chat',
    site: adapter.id,
    adapter,
    sampleUrl: entry.sampleUrl,
    landmarks: {
      composer: selectors.editable,
      'send button': selectors.sendButton,
      thread: selectors.thread ?? [],
      'suggestion list': selectors.suggestion,
    },
    containers: [...selectors.box, ...(selectors.anchor ?? [])],
  };
}

const GOOGLE_CALENDAR: CalendarProbe = {
  surface: 'calendar',
  site: 'google-calendar',
  adapter: googleCalendarAdapter,
  sampleUrl: 'https://calendar.google.com/calendar/u/0/r/week',
  landmarks: {
    title: [...EDITOR.title, ...POPOVER.root.map((root) => `${root} [role="heading"]`), `#${QUICK_CREATE.tabId}`],
    description: [...EDITOR.description, ...POPOVER.description],
    guests: [...EDITOR.guests, ...POPOVER.guests],
    time: [...EDITOR.startDate, ...EDITOR.startTime, ...POPOVER.when],
  },
  containers: [...POPOVER.root, QUICK_CREATE.dialog, '[role="main"]'],
};

const OUTLOOK: CalendarProbe = {
  surface: 'calendar',
  site: 'outlook',
  adapter: outlookAdapter,
  sampleUrl: 'https://outlook.office.com/calendar/view/week',
  landmarks: {
    title: [...COMPOSE.title.map((title) => `:is(${COMPOSE.container}) ${title}`), ...PEEK.heading],
    description: COMPOSE.body,
    guests: [`${COMPOSE.wells} ${COMPOSE.persona}`, ...PEEK.people],
    time: [`:is(${COMPOSE.container}) ${COMPOSE.times}`, ...PEEK.time],
  },
  containers: [COMPOSE.container, PEEK.dialog],
};

export const SITE_PROBES: readonly SiteProbe[] = [...ALL_CHAT_ADAPTERS.map(chatProbe), GOOGLE_CALENDAR, OUTLOOK];

export function probeFor(site: LayoutSiteId): SiteProbe {
  const probe = SITE_PROBES.find((entry) => entry.site === site);
  if (!probe) throw new Error(`No layout probe for ${site}`);
  return probe;
}

/** Every selector the probe of `site` uses: what the layout report must keep answerable. */
export function probeSelectors(probe: SiteProbe): string[] {
  return [...Object.values(probe.landmarks).flat(), ...probe.containers];
}

export interface LandmarkResult {
  name: LandmarkName;
  /** The first selector of the list that matched, or null. */
  matched: string | null;
}

export interface SiteCheck {
  site: LayoutSiteId;
  surface: 'chat' | 'calendar';
  landmarks: LandmarkResult[];
  /** What the adapter itself makes of the page (its composer, its event surfaces). */
  adapterSees: string;
}

function firstMatch(root: ParentNode, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    try {
      if (root.querySelector(selector)) return selector;
    } catch {
      // A selector this DOM implementation cannot parse counts as not found.
    }
  }
  return null;
}

function adapterView(probe: SiteProbe, doc: Document, url: URL): string {
  try {
    if (probe.surface === 'chat') {
      const composer = probe.adapter.findAnyComposer(doc);
      if (!composer) return 'no composer';
      const send = probe.adapter.sendButton(composer) ? 'with its send button' : 'without a send button';
      return `a ${composer.thread ? 'thread' : 'main'} composer ${send}`;
    }
    const kinds = probe.adapter.findSurfaces(doc, url).map((surface) => surface.kind);
    const page = probe.adapter.recognisesPage(doc) ? 'page recognised' : 'page not recognised';
    return `${page}; surfaces: ${kinds.length ? kinds.join(', ') : 'none'}`;
  } catch (error) {
    return `adapter failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Runs every adapter over `doc`; `url` is the page's address when known. */
export function checkLayout(doc: Document, url?: string): SiteCheck[] {
  return SITE_PROBES.map((probe) => {
    const names: readonly LandmarkName[] = probe.surface === 'chat' ? CHAT_LANDMARKS : CALENDAR_LANDMARKS;
    return {
      site: probe.site,
      surface: probe.surface,
      landmarks: names.map((name) => ({ name, matched: firstMatch(doc, probe.landmarks[name] ?? []) })),
      adapterSees: adapterView(probe, doc, new URL(url ?? probe.sampleUrl)),
    };
  });
}

/** Plain text, one block per adapter, landmarks found first line by line. */
export function formatLayoutCheck(checks: readonly SiteCheck[]): string {
  const width = Math.max(...[...CHAT_LANDMARKS, ...CALENDAR_LANDMARKS].map((name) => name.length));
  return checks
    .map((check) => {
      const found = check.landmarks.filter((landmark) => landmark.matched).length;
      const lines = [`${check.site} (${check.surface}): ${found}/${check.landmarks.length} landmarks found`];
      for (const landmark of check.landmarks) {
        const label = landmark.name.padEnd(width);
        lines.push(`  ${label}  ${landmark.matched ? `found      ${landmark.matched}` : 'NOT FOUND'}`);
      }
      lines.push(`  ${'adapter'.padEnd(width)}  ${check.adapterSees}`);
      return lines.join('\n');
    })
    .join('\n\n');
}
