/**
 * A site descriptor: what Eventually knows about one site, in the site's own folder
 * (sites/<id>/site.ts). Plain data, cheap to import: the manifest's match patterns, the
 * fixture server's routes, the README's table and the meta-test all read it without loading
 * any adapter. The adapter itself is sites/<id>/adapter.ts, built from this descriptor.
 */
import {
  type CalendarSiteId,
  type ChatBuiltinSiteId,
  type SelfHostedKind,
  SITE_LABELS,
  type SiteId,
} from '../lib/sites';
import type { EditorKind } from './chat-common/adapter';

/** A replica page of the site under test/fixtures/, and the real addresses it answers. */
export interface FixturePage {
  /** Folder under test/fixtures/, e.g. 'chat/slack'. */
  page: string;
  /**
   * Real addresses the tests and the demo open this page at. Empty for a page that is only
   * loaded as a frame of another fixture page (through /__fixture__/).
   */
  urls: readonly string[];
  /** Hosts whose documents this page answers; the site's own hosts when left out. */
  hosts?: readonly string[];
  /** Only paths that match (first page that matches wins, in registry order). */
  path?: RegExp;
}

interface SiteCommon {
  label: string;
  fixtures: readonly FixturePage[];
  /** Said after the hosts in the README's table, e.g. "and inside Gmail". */
  note?: string;
}

export interface CalendarSite extends SiteCommon {
  id: CalendarSiteId;
  family: 'calendar';
  hosts: readonly string[];
  /** Content-script match patterns (hosts × paths). */
  matches: readonly string[];
}

export interface BuiltinChatSite extends SiteCommon {
  id: ChatBuiltinSiteId;
  family: 'chat';
  editor: EditorKind;
  hosts: readonly string[];
  matches: readonly string[];
}

/** A chat app a team runs on its own server: no hosts of its own, registered at run time. */
export interface SelfHostedChatSite extends SiteCommon {
  id: SelfHostedKind;
  family: 'chat';
  editor: EditorKind;
  hosts: 'self-hosted';
  matches: readonly [];
}

export type ChatSite = BuiltinChatSite | SelfHostedChatSite;
export type SiteDescriptor = CalendarSite | ChatSite;

interface SiteInput<Id extends SiteId> {
  id: Id;
  fixtures: readonly FixturePage[];
  note?: string;
}

function patterns(hosts: readonly string[], paths: readonly string[]): string[] {
  return hosts.flatMap((host) => paths.map((path) => `https://${host}${path}`));
}

export function defineCalendarSite(
  input: SiteInput<CalendarSiteId> & { hosts: readonly string[]; paths: readonly string[] },
): CalendarSite {
  const { paths, ...rest } = input;
  return { ...rest, family: 'calendar', label: SITE_LABELS[input.id], matches: patterns(input.hosts, paths) };
}

export function defineChatSite(
  input: SiteInput<ChatBuiltinSiteId> & { hosts: readonly string[]; editor: EditorKind },
): BuiltinChatSite {
  return { ...input, family: 'chat', label: SITE_LABELS[input.id], matches: patterns(input.hosts, ['/*']) };
}

export function defineSelfHostedChatSite(
  input: SiteInput<SelfHostedKind> & { editor: EditorKind },
): SelfHostedChatSite {
  return { ...input, family: 'chat', label: SITE_LABELS[input.id], hosts: 'self-hosted', matches: [] };
}
