/** Zulip, on the servers a person adds: one textarea. */
import { defineSelfHostedChatSite } from '../descriptor';

export const site = defineSelfHostedChatSite({
  id: 'zulip',
  editor: 'textarea',
  fixtures: [
    { page: 'chat/zulip', urls: ['https://zulip.example.com/#narrow/stream/1-general'], hosts: ['zulip.example.com'] },
  ],
});
