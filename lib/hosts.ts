/**
 * Which hosts Eventually accepts for a calendar feed or a self-hosted chat server, and the
 * permission pattern that covers one. Strict on purpose: the host becomes a host permission
 * and a content-script match, so `*`, `*.example.com` or a malformed name must never reach
 * the browser (a `*` would put the chat script on every site). Pure.
 */

/** A DNS name of letters, digits and hyphens (IDN already in punycode, as URL gives it). */
const DNS_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function ipv4(hostname: string): number[] | null {
  const match = IPV4.exec(hostname);
  if (!match) return null;
  const parts = match.slice(1).map(Number);
  return parts.every((part) => part <= 255) ? parts : null;
}

/** Why `url`'s host cannot be used, or null when it is a plain name or address. */
export function hostProblem(url: URL): string | null {
  const host = url.hostname;
  if (host.includes('*')) return 'Wildcards (*) are not accepted: give the one server’s address.';
  if (host.startsWith('[') && host.endsWith(']')) return null; // URL has validated the IPv6 address.
  if (ipv4(host)) return null;
  if (!DNS_NAME.test(host)) return `“${host}” is not a valid server name.`;
  if (!host.includes('.') && host !== 'localhost') return `“${host}” is not a web address: give the full server name.`;
  return null;
}

/**
 * Loopback and private-network addresses (and mDNS `.local` names), where plain http does
 * not cross the internet: the only places a feed may be fetched without https.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
  const v4 = ipv4(host);
  if (v4) {
    const [a, b] = v4 as [number, number, number, number];
    return (
      a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)
    );
  }
  if (host.startsWith('[')) {
    const v6 = host.slice(1, -1);
    return v6 === '::1' || /^f[cd][0-9a-f]{2}:/.test(v6) || /^fe[89ab][0-9a-f]:/.test(v6);
  }
  return false;
}

/**
 * The host permission pattern that covers `origin`. Firefox match patterns cannot carry a
 * port, so the pattern names the host alone and covers every port on it (in every browser).
 */
export function originPermissionPattern(origin: string): string {
  try {
    const url = new URL(origin);
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return `${origin}/*`;
  }
}

/** True when `origin` names a port (the permission then covers the host's other ports too). */
export function hasExplicitPort(origin: string): boolean {
  try {
    return new URL(origin).port !== '';
  } catch {
    return false;
  }
}
