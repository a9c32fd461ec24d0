/**
 * The layout check (`npm run check:layout`): runs every adapter over a page and says, per
 * landmark, which of its selectors matched. A landmark is "found" when one of its selectors
 * matches; the check names the selector, so a maintainer sees which of the ordered fallbacks
 * the page still has. What to probe per site: layout-probes.ts.
 */
import type { CalendarSiteId, ChatSiteId } from '../lib/sites';
import { CALENDAR_ADAPTERS } from './calendar-common/registry';
import type { CalendarAdapter } from './calendar-common/types';
import type { ChatAdapter } from './chat-common/adapter';
import { CHAT_ADAPTERS } from './chat-common/registry';
import {
  CALENDAR_LANDMARKS,
  CHAT_LANDMARKS,
  type LandmarkName,
  type LayoutSiteId,
  SITE_PROBES,
  type SiteProbe,
} from './layout-probes';

interface LandmarkResult {
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

function chatView(adapter: ChatAdapter, doc: Document): string {
  const composer = adapter.findAnyComposer(doc);
  if (!composer) return 'no composer';
  const send = adapter.sendButton(composer) ? 'with its send button' : 'without a send button';
  return `a ${composer.thread ? 'thread' : 'main'} composer ${send}`;
}

function calendarView(adapter: CalendarAdapter, doc: Document, url: URL): string {
  const kinds = adapter.findSurfaces(doc, url).map((surface) => surface.kind);
  const page = adapter.recognisesPage(doc) ? 'page recognised' : 'page not recognised';
  return `${page}; surfaces: ${kinds.length ? kinds.join(', ') : 'none'}`;
}

function adapterView(probe: SiteProbe, doc: Document, url: URL): string {
  try {
    if (probe.surface === 'chat') return chatView(CHAT_ADAPTERS[probe.site as ChatSiteId], doc);
    return calendarView(CALENDAR_ADAPTERS[probe.site as CalendarSiteId], doc, url);
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

/** Plain text, one block per adapter, one line per landmark. */
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
