/** Slack in the browser: a Quill fork. */
import { defineChatSite } from '../descriptor';

export const site = defineChatSite({
  id: 'slack',
  editor: 'quill',
  hosts: ['app.slack.com'],
  fixtures: [{ page: 'chat/slack', urls: ['https://app.slack.com/client/T0001/C0001'] }],
});
