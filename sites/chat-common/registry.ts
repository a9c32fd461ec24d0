/**
 * Every chat adapter, and which one handles a frame. Built-in sites by address; self-hosted
 * servers by the kind the person chose for that origin in the options page, else by probing
 * the landmarks each app is known for (a frame on the server's origin that is not in the list,
 * such as an embedded view).
 *
 * Keyed by the ids of lib/sites.ts, so a chat site added there does not compile until its
 * adapter is here; test/dom/site-registry.test.ts checks each adapter against its descriptor.
 */
import type { SelfHostedChat } from '../../lib/settings';
import { CHAT_SITE_IDS, type ChatSiteId, SELF_HOSTED_KINDS, type SelfHostedKind } from '../../lib/sites';
import { discord } from '../discord/adapter';
import { googleChat } from '../google-chat/adapter';
import { mattermost } from '../mattermost/adapter';
import { rocketchat } from '../rocketchat/adapter';
import { slack } from '../slack/adapter';
import { teams } from '../teams/adapter';
import { zulip } from '../zulip/adapter';
import type { ChatAdapter } from './adapter';

export const CHAT_ADAPTERS: Record<ChatSiteId, ChatAdapter> = {
  slack,
  teams,
  'google-chat': googleChat,
  discord,
  mattermost,
  zulip,
  rocketchat,
};

export function builtinAdapterFor(url: URL): ChatAdapter | null {
  for (const id of CHAT_SITE_IDS) if (CHAT_ADAPTERS[id].matches(url)) return CHAT_ADAPTERS[id];
  return null;
}

/** The self-hosted app whose message box is in `root`, if any. */
export function probeSelfHosted(root: ParentNode): SelfHostedKind | null {
  return SELF_HOSTED_KINDS.find((kind) => CHAT_ADAPTERS[kind].findAnyComposer(root) !== null) ?? null;
}

export function selfHostedAdapterFor(
  origin: string,
  chats: readonly SelfHostedChat[],
  root?: ParentNode,
): ChatAdapter | null {
  const entry = chats.find((chat) => chat.origin === origin);
  if (entry) return CHAT_ADAPTERS[entry.kind];
  const probed = root ? probeSelfHosted(root) : null;
  return probed ? CHAT_ADAPTERS[probed] : null;
}
