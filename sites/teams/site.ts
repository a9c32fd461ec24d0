/** Microsoft Teams (the new client): CKEditor 5; the chat composer in the top-level page. */
import { defineChatSite } from '../descriptor';

export const site = defineChatSite({
  id: 'teams',
  editor: 'ckeditor',
  hosts: ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'],
  fixtures: [
    // The older shape, still plausible: the chat pane in an iframe of the shell. Served at
    // teams.live.com (listed first: the first route that matches wins).
    { page: 'chat/teams-classic', urls: ['https://teams.live.com/v2/'], hosts: ['teams.live.com'] },
    // Today's shape (teams-for-linux 2026-05): the composer in the top-level page, with a
    // message-edit box beside it.
    {
      page: 'chat/teams',
      urls: ['https://teams.microsoft.com/v2/'],
      hosts: ['teams.microsoft.com', 'teams.cloud.microsoft'],
    },
    // The chat pane, loaded as a frame of chat/teams-classic.
    { page: 'chat/teams-frame', urls: [] },
  ],
});
