import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCalendarContentScript } from '../sites/calendar-common/content';
import { contentScriptMatches } from '../sites/registry';

/** The calendar overlay on every calendar site of sites/registry.ts. */
export default defineContentScript({
  matches: contentScriptMatches('calendar'),
  runAt: 'document_idle',
  main(ctx) {
    runCalendarContentScript(ctx);
  },
});
