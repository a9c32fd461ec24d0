/** Microsoft Teams (the new client): CKEditor 5, the chat pane in a frame of the shell. */
import { defineChatSite } from '../descriptor';

export const site = defineChatSite({
  id: 'teams',
  editor: 'ckeditor',
  hosts: ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'],
  fixtures: [
    { page: 'chat/teams', urls: ['https://teams.microsoft.com/v2/'] },
    // The chat pane, loaded as a frame of chat/teams.
    { page: 'chat/teams-frame', urls: [] },
  ],
});
