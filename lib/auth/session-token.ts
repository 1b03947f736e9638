import { getToken } from 'next-auth/jwt';
import { sessionSecret } from './session-secret';

// next-auth names the cookie with the __Secure- prefix when served over https.
const COOKIE_NAMES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) out[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return out;
}

/**
 * The email in the request's session cookie, when the cookie is a valid, unexpired token signed
 * with this installation's secret. Reads the Request itself, so it works in any route handler and
 * in tests without Next's request context.
 */
export async function sessionEmail(request: Request): Promise<string | null> {
  const cookies = parseCookies(request.headers.get('cookie'));
  for (const cookieName of COOKIE_NAMES) {
    if (!Object.keys(cookies).some((name) => name.startsWith(cookieName))) continue;
    // Authorization is left out on purpose: next-auth would otherwise read a bearer token as a session.
    const token = await getToken({ req: { cookies, headers: {} } as never, secret: sessionSecret(), cookieName, secureCookie: cookieName.startsWith('__Secure-') });
    if (typeof token?.email === 'string') return token.email;
  }
  return null;
}
