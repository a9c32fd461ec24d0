/**
 * Every chat adapter, and which one handles a frame. Built-in sites by address; self-hosted
 * servers by the kind the person chose for that origin in the options page, else by probing
 * the landmarks each app is known for (a frame on the server's origin that is not in the list,
 * such as an embedded view).
 */
import type { SelfHostedChat, SelfHostedKind } from '../../lib/settings';
import { discord } from '../discord/adapter';
import { googleChat } from '../google-chat/adapter';
import { mattermost } from '../mattermost/adapter';
import { MATTERMOST_SELECTORS } from '../mattermost/selectors';
import { rocketchat } from '../rocketchat/adapter';
import { ROCKETCHAT_SELECTORS } from '../rocketchat/selectors';
import { slack } from '../slack/adapter';
import { teams } from '../teams/adapter';
import { zulip } from '../zulip/adapter';
import { ZULIP_SELECTORS } from '../zulip/selectors';
import type { ChatAdapter } from './adapter';

export const BUILTIN_CHAT_ADAPTERS: readonly ChatAdapter[] = [slack, teams, googleChat, discord];
export const SELF_HOSTED_ADAPTERS: Record<SelfHostedKind, ChatAdapter> = { mattermost, zulip, rocketchat };
export const ALL_CHAT_ADAPTERS: readonly ChatAdapter[] = [...BUILTIN_CHAT_ADAPTERS, mattermost, zulip, rocketchat];

export function builtinAdapterFor(url: URL): ChatAdapter | null {
  return BUILTIN_CHAT_ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}

const PROBES: [SelfHostedKind, readonly string[]][] = [
  ['mattermost', MATTERMOST_SELECTORS.editable],
  ['zulip', ZULIP_SELECTORS.editable],
  ['rocketchat', ROCKETCHAT_SELECTORS.editable],
];

/** The self-hosted app whose message box is in `root`, if any. */
export function probeSelfHosted(root: ParentNode): SelfHostedKind | null {
  for (const [kind, selectors] of PROBES) {
    if (selectors.some((selector) => root.querySelector(selector))) return kind;
  }
  return null;
}

export function selfHostedAdapterFor(
  origin: string,
  chats: readonly SelfHostedChat[],
  root?: ParentNode,
): ChatAdapter | null {
  const entry = chats.find((chat) => chat.origin === origin);
  if (entry) return SELF_HOSTED_ADAPTERS[entry.kind];
  const probed = root ? probeSelfHosted(root) : null;
  return probed ? SELF_HOSTED_ADAPTERS[probed] : null;
}
