/**
 * Conversation ids from chat URLs: the stable part of the address that names a channel, a
 * direct message or a space, so "Don't ask in this conversation" survives a reload. Pure
 * functions of a URL string; `null` when the address names no conversation (then the prompt
 * offers no mute). The DOM sometimes knows better (Slack's `data-channel-id`): the adapters
 * prefer that and fall back to these.
 */

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function segments(path: string): string[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
}

/** app.slack.com/client/<team>/<channel>[/thread/…]: channel ids start with C, G or D. */
export function slackConversationId(url: string): string | null {
  const u = parse(url);
  if (u?.host !== 'app.slack.com') return null;
  const [client, , channel] = segments(u.pathname);
  if (client !== 'client' || !channel || !/^[CGD][A-Z0-9]{2,}$/.test(channel)) return null;
  return channel;
}

/** discord.com/channels/<guild or @me>/<channel>[/<message>]: the channel's snowflake. */
export function discordConversationId(url: string): string | null {
  const u = parse(url);
  if (!u || !/(^|\.)discord\.com$/.test(u.host)) return null;
  const [channels, guild, channel] = segments(u.pathname);
  if (channels !== 'channels' || !guild || !channel || !/^\d{1,25}$/.test(channel)) return null;
  return channel;
}

/** Teams thread ids (`19:…@thread.v2`, `19:…@unq.gbl.spaces`), wherever the URL carries one. */
export function teamsConversationId(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  let text = `${u.pathname}${u.search}${u.hash}`;
  try {
    text = decodeURIComponent(text);
  } catch {
    // keep the raw text
  }
  const match = /\b(19:[A-Za-z0-9_.\-=]+@(?:thread\.(?:v2|skype|tacv2)|unq\.gbl\.spaces))/.exec(text);
  return match ? match[1]! : null;
}

const GOOGLE_CHAT_KINDS = new Set(['room', 'dm', 'space', 'chat']);

/**
 * chat.google.com/u/0/app/chat/<id>, …/room/<id>, …/dm/<id>, …/space/<id>, and Gmail's
 * mail.google.com/chat/u/0/#chat/dm/<id> (the conversation lives in the hash there).
 */
export function googleChatConversationId(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  let parts: string[];
  if (u.host === 'chat.google.com') parts = segments(u.pathname);
  else if (u.host === 'mail.google.com') parts = segments(u.hash.replace(/^#/, ''));
  else return null;
  for (let i = 0; i < parts.length - 1; i++) {
    const kind = parts[i]!;
    const id = parts[i + 1]!;
    if (GOOGLE_CHAT_KINDS.has(kind) && !GOOGLE_CHAT_KINDS.has(id) && /^[A-Za-z0-9_-]{4,}$/.test(id) && id !== 'frame')
      return `${kind === 'chat' ? 'space' : kind}/${id}`;
  }
  return null;
}

/**
 * Mattermost: <origin>/<team>/channels/<name>, <team>/messages/@user or /<team>/messages/<id>.
 * The host is part of the id: two servers can both have a "town-square".
 */
export function mattermostConversationId(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  const parts = segments(u.pathname);
  for (let i = 1; i < parts.length - 1; i++) {
    if (parts[i] === 'channels' || parts[i] === 'messages') return `${u.host}/${parts[i - 1]}/${parts[i + 1]}`;
  }
  return null;
}

/**
 * Zulip narrows live in the hash: #narrow/stream/1-general[/topic/x] or #narrow/channel/1-…:
 * the stream's number is stable across renames. Direct messages: #narrow/dm/12,34-group.
 */
export function zulipConversationId(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  const parts = segments(u.hash.replace(/^#/, ''));
  if (parts[0] !== 'narrow') return null;
  for (let i = 1; i < parts.length - 1; i++) {
    const operator = parts[i];
    const operand = parts[i + 1]!;
    if (operator === 'stream' || operator === 'channel') {
      const id = /^(\d+)/.exec(operand);
      return id ? `${u.host}/stream/${id[1]}` : null;
    }
    if (operator === 'dm' || operator === 'pm-with') {
      const ids = /^([\d,]+)/.exec(operand);
      return ids ? `${u.host}/dm/${ids[1]}` : null;
    }
  }
  return null;
}

/** Rocket.Chat: /channel/<name>, /group/<name>, /direct/<rid>, optionally followed by /thread/…. */
export function rocketchatConversationId(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  const [kind, name] = segments(u.pathname);
  if (!kind || !name || !['channel', 'group', 'direct'].includes(kind)) return null;
  return `${u.host}/${kind}/${name}`;
}
