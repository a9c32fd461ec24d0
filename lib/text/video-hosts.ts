/**
 * Hosts of video-call services: a link to one of them in a description, location or URL means
 * the meeting has a call (the .ics reader) and that the line is join details (the agenda rules).
 */
export const VIDEO_CALL_HOSTS = [
  'zoom.us',
  'zoom.com',
  'zoomgov.com',
  'zoomcrc.com',
  'teams.microsoft.com',
  'teams.live.com',
  'meet.google.com',
  'hangouts.google.com',
  'webex.com',
  'gotomeeting.com',
  'gotomeet.me',
  'meet.goto.com',
  'bluejeans.com',
  'chime.aws',
  'meet.jit.si',
  'whereby.com',
  'join.skype.com',
  'meet.lync.com',
  'ringcentral.com',
  'around.co',
  'pexip.me',
] as const;

/** A link to a video-call host: the host followed by a path. */
const VIDEO_CALL_LINK = new RegExp(VIDEO_CALL_HOSTS.map((host) => `${host.replace(/\./g, '\\.')}/`).join('|'), 'i');

/** Whether `text` holds a video-call link (only its first 20,000 characters are read). */
export function hasVideoCallLink(text: string): boolean {
  return VIDEO_CALL_LINK.test(text.length > 20_000 ? text.slice(0, 20_000) : text);
}
