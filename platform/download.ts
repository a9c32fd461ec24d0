/**
 * Save text as a file through a short-lived link, from an extension page or a content script.
 * In a content script, `within` should be our own shadow root: the click then stops at our host,
 * so the page's own link handlers (SPA routers) never act on it. (A detached link opens a stray
 * blank tab in Chromium, so the link is always attached for its click.) Returns false instead of
 * throwing when the browser refuses.
 */
export function downloadText(fileName: string, text: string, type: string, within: Node = document.body): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    within.appendChild(link);
    link.click();
    link.remove();
    // The browser reads the blob after the click returns: give it time before letting go.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
    return true;
  } catch {
    return false;
  }
}
