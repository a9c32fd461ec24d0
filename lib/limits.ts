/**
 * Size limits shared by modules that must stay light: lib/messages.ts is bundled into every
 * content script, so it takes its limits from here rather than from the modules that use them.
 */

/** The largest calendar Eventually reads, downloaded or imported (20 MB). */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;
