/** Discord in the browser: Slate. */
import { defineChatSite } from '../descriptor';

export const site = defineChatSite({
  id: 'discord',
  editor: 'slate',
  hosts: ['discord.com'],
  fixtures: [{ page: 'chat/discord', urls: ['https://discord.com/channels/111/222'], path: /^\/channels/ }],
});
