/** Mattermost, on the servers a person adds: React-controlled textareas. */
import { defineSelfHostedChatSite } from '../descriptor';

export const site = defineSelfHostedChatSite({
  id: 'mattermost',
  editor: 'textarea',
  fixtures: [
    {
      page: 'chat/mattermost',
      urls: ['https://chat.example.com/acme/channels/town-square'],
      hosts: ['chat.example.com'],
    },
  ],
});
