/** Rocket.Chat, on the servers a person adds: a textarea in the "Message composer" group. */
import { defineSelfHostedChatSite } from '../descriptor';

export const site = defineSelfHostedChatSite({
  id: 'rocketchat',
  editor: 'textarea',
  fixtures: [
    { page: 'chat/rocketchat', urls: ['https://rocket.example.com/channel/general'], hosts: ['rocket.example.com'] },
  ],
});
