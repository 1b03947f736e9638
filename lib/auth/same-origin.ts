import { ForbiddenError, UnsupportedMediaTypeError } from '../api/errors';
import { env } from '../env';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const JSON_TYPE = /^application\/([a-z.+-]*\+)?json\s*(;|$)/i;

/** The hosts this app is reached at: the Host header, the URL Next built, NEXTAUTH_URL, and the proxy's host. */
function ownHosts(request: Request): Set<string> {
  const hosts = new Set<string>([new URL(request.url).host]);
  const host = request.headers.get('host');
  if (host) hosts.add(host.toLowerCase());
  const configured = env().NEXTAUTH_URL;
  if (configured && URL.canParse(configured)) hosts.add(new URL(configured).host);
  // Only a proxy the owner declared may name the host the browser saw.
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  if (forwarded && env().BUDDY_TRUSTED_PROXY > 0) hosts.add(forwarded.toLowerCase());
  return hosts;
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin !== null) {
    // "null" (sandboxed frames, some redirects) and anything unparsable is not us.
    if (!URL.canParse(origin)) return false;
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && ownHosts(request).has(url.host);
  }
  return request.headers.get('sec-fetch-site') === 'same-origin';
}

/**
 * CSRF defence for cookie-authenticated calls, beyond SameSite=Lax (which other ports of the same
 * host pass: they are the same site). A state-changing request must come from a page of this origin
 * and carry a JSON content type even when its body is empty: an HTML form can send neither, and a
 * cross-origin script cannot set that content type without a CORS preflight, which Buddy never grants.
 */
export function assertSameOriginJson(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  if (!sameOrigin(request)) {
    throw new ForbiddenError('Cross-site request refused: state-changing calls must come from the dashboard itself.');
  }
  if (!JSON_TYPE.test(request.headers.get('content-type') ?? '')) {
    throw new UnsupportedMediaTypeError('Send state-changing requests with content-type application/json.');
  }
}
